/*
 * How the conference list's search reads text: case and diacritics aside, so "aijo" finds
 * "Äijö", and every word typed must be found. The backend applies it in SQL (as a function
 * of the connection); the words are folded the same way.
 */

// eslint-disable-next-line no-control-regex -- plain ASCII, which needs no decomposing
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without diacritics. */
export function foldText(text: string): string {
  // Most references and names are plain ASCII: searched over a whole history, the short way counts.
  if (ASCII.test(text)) return text.toLowerCase();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');
}

/** The folded words of a search; none for an empty one. */
export function searchWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}
