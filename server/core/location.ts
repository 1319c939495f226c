import { getLocation, type Location } from 'jsonc-parser';
import type { JsonDocument } from './document';
import { pathOf } from './json';
import { topList } from './reparse';
import { lastStartingAtOrBefore } from './sorted';

/** What completion reads of jsonc-parser's `Location`. */
export type Place = Pick<Location, 'path' | 'previousNode' | 'isAtPropertyKey'>;

/**
 * jsonc-parser's `getLocation`, which scans the text from its start: in a dump of thousands of apps
 * that costs tens of milliseconds for a place near the end. Inside an element of the top-level list of
 * a text without syntax errors, that element reads the same alone, so only its text is scanned.
 */
export function locationAt(doc: JsonDocument, offset: number): Place {
  const root = doc.errors.length === 0 ? doc.root : undefined;
  const items = root && topList(root)?.children;
  const element = items?.length ? items[lastStartingAtOrBefore(items, offset)] : undefined;
  if (!element || offset <= element.offset || offset >= element.offset + element.length) return getLocation(doc.text, offset);
  const inside = getLocation(doc.text.slice(element.offset, element.offset + element.length), offset - element.offset);
  const path = [...pathOf(element), ...inside.path];
  const previous = inside.previousNode;
  return {
    path,
    previousNode: previous && { ...previous, offset: previous.offset + element.offset, ...(previous.colonOffset !== undefined ? { colonOffset: previous.colonOffset + element.offset } : {}) },
    isAtPropertyKey: inside.isAtPropertyKey,
  };
}
