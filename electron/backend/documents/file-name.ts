import { withoutInvisible } from './sanitise';

/*
 * File names identify the recipient or the paper, never the family's matter: no
 * conference reference, no concern, no child's surname. They must also be names
 * Windows accepts, because the convener saves them on an office PC.
 *
 * A convener with twelve families saves their papers side by side, so a name must also
 * tell the families and the meetings apart. A paper of the whole family (commission,
 * summary, checklist) carries the children's first names: the family already reads them on
 * the child's letter, they reveal nothing of the matter, and the convener knows the family
 * by them; a reference or a code would either reveal the matter or mean nothing a year on.
 * A paper of one meeting that recurs (a follow-up's letters and record) carries the
 * meeting's date, so two follow-ups never overwrite each other in one folder.
 */

/** Characters Windows refuses in a file name (controls are already gone by then). */
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*]/g;
/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
/** Leaves room for a folder path under Windows' 260-character limit. */
export const MAX_BASE_LENGTH = 100;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text[max - 1] ?? '') ? max - 1 : max;
  return text.slice(0, end);
}

/**
 * A file name Windows, macOS and Linux all accept: forbidden characters removed,
 * invisible ones too (bidi controls, zero-width characters, controls: see `withoutInvisible`),
 * whitespace collapsed, no trailing dot or space, at most MAX_BASE_LENGTH characters
 * before `extension` (given without the dot).
 */
export function safeFileName(base: string, extension: string): string {
  let name = withoutInvisible(base.normalize('NFC'))
    .replace(WINDOWS_FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  name = cut(name, MAX_BASE_LENGTH).replace(/[. ]+$/, '');
  if (name === '' || RESERVED.test(name)) name = `_${name}`;
  return `${name}.${extension}`;
}

/** "Kutsu - Aune Äijälä": the paper's word, then who it is for, if anyone. */
export function recipientBase(paper: string, recipient: string): string {
  const who = recipient.trim();
  return who === '' ? paper : `${paper} - ${who}`;
}

/** "Toimeksiantosopimus - Äijö ja Sanni": the paper's word, then the children's first names joined in its language. */
export function familyBase(paper: string, childrenNames: string): string {
  return recipientBase(paper, childrenNames);
}

/** "Kutsu seurantakokoukseen 2027-06-10": a recurring meeting's paper, with the meeting's date when it has one. */
export function datedPaper(paper: string, date: string | null): string {
  return date ? `${paper} ${date}` : paper;
}

/**
 * The names of the files one export produces for `ids`, in order, with " (2)", " (3)"
 * added to later names that would otherwise be the same (compared as Windows does,
 * ignoring case), so two people with the same name never overwrite each other's letter.
 */
export function distinctFileNames(entries: readonly { id: string; base: string }[], extension: string): Map<string, string> {
  const names = new Map<string, string>();
  const seen = new Map<string, number>();
  for (const { id, base } of entries) {
    const plain = safeFileName(base, extension);
    const key = plain.toLocaleLowerCase('fi');
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    names.set(id, count === 1 ? plain : safeFileName(`${cut(base, MAX_BASE_LENGTH - 5)} (${count})`, extension));
  }
  return names;
}
