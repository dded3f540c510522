/*
 * Every piece of text that goes into a generated file passes through `xmlSafe`. docx
 * escapes markup, but characters that XML 1.0 forbids (C0 controls other than tab,
 * line feed and carriage return, U+FFFE, U+FFFF) reach the XML as they are, and Word
 * then refuses to open the file. Lone surrogates cannot be encoded as UTF-8 at all.
 */

// C0 controls except tab, LF, CR; the two non-characters XML excludes; a high surrogate
// not followed by a low one; a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters an XML 1.0 document cannot contain. */
export function xmlSafe(text: string): string {
  return text.replace(FORBIDDEN, '');
}

/** `text` made XML-safe, with Windows and old Mac line ends turned into `\n`. */
export function cleanText(text: string): string {
  return xmlSafe(text).replace(/\r\n?/g, '\n');
}

/*
 * Invisible format characters: bidi controls (U+200E/F, U+202A–U+202E, U+2066–U+2069,
 * U+061C), zero-width spaces and joiners, word joiners, the BOM, soft hyphens, and C0/C1
 * controls. In a file name they let one name pass for another (U+202E + "xcod.exe" shows as
 * "exe.docx"). A zero-width joiner between two pictographs is kept: it is what makes
 * 👨‍👩‍👧 one emoji. Tab and line ends stay: they are whitespace, for the caller to handle.
 */
const INVISIBLE = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})|(?![\u200D\t\n\r])[\p{Cc}\p{Cf}]/gu;

/** `text` without invisible format and control characters, and without what XML forbids. */
export function withoutInvisible(text: string): string {
  return xmlSafe(text).replace(INVISIBLE, '');
}
