import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/*
 * The docx library stamps a file with the moment it was packed (in docProps/core.xml and
 * as every zip entry's time) and numbers drawings from a counter that runs on across every
 * document the process makes. A record (a decided plan) must come out the same byte for
 * byte whenever it is exported, so its file gets a time of its own and drawings numbered
 * from 1 in the order they appear.
 */

const CORE = 'docProps/core.xml';
const CONTENT_TYPES = '[Content_Types].xml';
const STAMPS = /(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g;
/** A drawing's id, unique within the document (`wp:docPr`). */
const DRAWING_IDS = /(<wp:docPr\b[^>]*?\bid=")\d+(")/g;

/** `packed` (a .docx) with `time` (an ISO instant) as its creation, change and zip entry time. */
export function stampDocx(packed: Uint8Array, time: string): Uint8Array {
  const files = unzipSync(packed);
  const core = files[CORE];
  if (core) {
    const iso = new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
    files[CORE] = strToU8(strFromU8(core).replace(STAMPS, (_all, open: string, _name, close: string) => `${open}${iso}${close}`));
  }
  // Parts in a fixed order, so the same drawing gets the same number every time.
  let drawing = 0;
  for (const path of Object.keys(files).sort()) {
    if (!path.startsWith('word/') || !path.endsWith('.xml')) continue;
    const xml = strFromU8(files[path]!);
    if (!xml.includes('<wp:docPr')) continue;
    files[path] = strToU8(xml.replace(DRAWING_IDS, (_all, before: string, after: string) => `${before}${++drawing}${after}`));
  }
  const mtime = new Date(time);
  // [Content_Types].xml first, where readers of the package look for it.
  const entries = Object.entries(files).sort(([a], [b]) => Number(b === CONTENT_TYPES) - Number(a === CONTENT_TYPES));
  return zipSync(Object.fromEntries(entries.map(([path, data]) => [path, [data, { mtime }]])));
}
