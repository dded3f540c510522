/*
 * Bidirectional isolation of user text. A name in Arabic or Hebrew, or one carrying a
 * right-to-left override (U+202E), must not reorder the words around it: "Kutsu: <name>,
 * 3 henkilöä" stays in that order. Unicode's isolates do this: FIRST STRONG ISOLATE
 * (U+2068) before the value, POP DIRECTIONAL ISOLATE (U+2069) after it; the value then
 * takes its own direction and acts as one neutral character outside.
 */

const FSI = '\u2068';
const PDI = '\u2069';

/** Letters written right to left, or any bidi control: the values that can reorder their surroundings. */
const NEEDS_ISOLATION =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}\p{Script=Hanifi_Rohingya}\p{Script=Yezidi}\p{Bidi_Control}]/u;

/** The bidi controls that open an embedding or override (closed by PDF) or an isolate (closed by PDI). */
const OPENS_EMBEDDING = /[\u202A\u202B\u202D\u202E]/;
const OPENS_ISOLATE = /[\u2066\u2067\u2068]/;

/**
 * `text` with its bidi controls balanced: a closer without its opener is dropped (a stray
 * PDI would end the isolate around the value early), and openers left open are closed at
 * the end, so nothing the value opens reaches past it.
 */
export function balanceBidi(text: string): string {
  const open: string[] = [];
  let out = '';
  for (const char of text) {
    if (OPENS_EMBEDDING.test(char)) {
      open.push('\u202C');
    } else if (OPENS_ISOLATE.test(char)) {
      open.push(PDI);
    } else if (char === '\u202C' || char === PDI) {
      // A PDI also closes the embeddings opened inside its isolate; a PDF never passes an isolate.
      const at = open.lastIndexOf(char);
      const blocked = char === '\u202C' && open.lastIndexOf(PDI) > at;
      if (at === -1 || blocked) continue;
      open.length = at;
    }
    out += char;
  }
  return out + open.reverse().join('');
}

/** An isolate with nothing isolated inside it: removed innermost first to see what is left outside. */
const INNERMOST_ISOLATE = /[\u2066-\u2068][^\u2066-\u2069]*\u2069/g;

/** `text` without its balanced isolates: the part that can still reorder its surroundings. */
function outsideIsolates(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(INNERMOST_ISOLATE, '');
  }
  return rest;
}

/**
 * `value` isolated for display inside other text: between FSI and PDI, with its controls
 * balanced, when it holds right-to-left letters or bidi controls outside isolates it
 * already has (a message whose values are isolated is not wrapped again). Other values
 * are returned as they are: in the app's left-to-right languages isolating them changes
 * nothing, and plain text stays plain for search and copying.
 */
export function isolate(value: string): string {
  if (!NEEDS_ISOLATION.test(value)) return value;
  const balanced = balanceBidi(value);
  return NEEDS_ISOLATION.test(outsideIsolates(balanced)) ? `${FSI}${balanced}${PDI}` : balanced;
}
