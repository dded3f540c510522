import { withoutInvisible } from './sanitise';

/*
 * File names identify the recipient or the paper, never the family's matter: no
 * conference reference, no concern, no child's surname. They must also be names
 * Windows accepts, because the convener saves them on an office PC.
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
