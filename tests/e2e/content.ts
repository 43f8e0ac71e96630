/** The content the browser tests compare the pages with, parsed by the site's own schemas. */
import { collectionSpecs, plainReference, type CollectionName } from '../../src/schemas/index.ts';
import { loadContent } from '../../src/lib/load-content.ts';
import type { EventData } from '../../src/schemas/event.ts';
import type { MeasureData } from '../../src/schemas/measure.ts';

const raw = loadContent('content');

function parsed<T>(name: CollectionName): T[] {
  const schema = collectionSpecs[name].schema(plainReference);
  return raw.collections[name].map((file) => schema.parse(file.data) as T);
}

export const contentEvents = () => parsed<EventData>('events');
export const contentMeasures = () => parsed<MeasureData>('measures');
