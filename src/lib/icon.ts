/** The site's icon, drawn from its SVG as a PNG of a given size. */
import sharp from 'sharp';
import icon from '../../assets/icon.svg?raw';

export async function iconPng(size: number): Promise<Uint8Array<ArrayBuffer>> {
  const png = await sharp(Buffer.from(icon), { density: 1200 })
    .resize(size, size)
    .png({ compressionLevel: 9 })
    .toBuffer();
  return new Uint8Array(png);
}
