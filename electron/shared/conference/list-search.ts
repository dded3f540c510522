/*
 * How the conference list's search reads text: case and diacritics aside, so "aijo" finds
 * "Äijö", and every word typed must be found. The backend applies it in SQL (as a function
 * of the connection); the words are folded the same way.
 */

/** Lower case without diacritics. */
export function foldText(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('fi');
}

/** The folded words of a search; none for an empty one. */
export function searchWords(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}
