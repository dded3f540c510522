import { strToU8, strFromU8, unzipSync, zipSync } from 'fflate';

/*
 * The docx library stamps a file with the moment it was packed: in docProps/core.xml and
 * as every zip entry's time. A record (a decided plan) must come out the same byte for
 * byte whenever it is exported, so its file is stamped with a time of its own instead.
 */

const CORE = 'docProps/core.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const STAMPS = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;

/** `packed` (a .docx) with `time` (an ISO instant) as its creation, change and zip entry time. */
export function stampDocx(packed: Uint8Array, time: string): Uint8Array {
  const files = unzipSync(packed);
  const core = files[CORE];
  if (core) {
    const iso = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    files[CORE] = strToU8(strFromU8(core).replace(STAMPS, (_all, open: string, _name, close: string) => `${open}${iso}${close}`));
  }
  const mtime = new Date(time);
  // [Content_Types].xml first, where readers of the package look for it.
  const entries = Object.entries(files).sort(([a], [b]) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES));
  return zipSync(Object.fromEntries(entries.map(([path, data]) => [path, [data, { mtime }]])));
}
