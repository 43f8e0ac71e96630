/** A QR code as inline SVG, made at build time; no image request, no script. */
import QRCode from 'qrcode';

export async function qrCodeSvg(text: string): Promise<string> {
  const svg = await QRCode.toString(text, {
    type: 'svg',
    margin: 0,
    errorCorrectionLevel: 'M',
    color: { dark: '#000000', light: '#ffffff' },
  });
  // The figure around it names it; the drawing itself is decoration for assistive technology.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
