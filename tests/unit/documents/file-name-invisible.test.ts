import { describe, expect, it } from 'vitest';
import { distinctFileNames, recipientBase, safeFileName } from '../../../electron/backend/documents/file-name';

/** Every character a file name must not carry: invisible formatting, bidi controls, controls. */
const INVISIBLE = [
  ...['\u200B', '\u200C', '\u200D', '\u200E', '\u200F'],
  ...['\u202A', '\u202B', '\u202C', '\u202D', '\u202E'],
  ...['\u2060', '\u2061', '\u2062', '\u2063', '\u2064', '\u2066', '\u2067', '\u2068', '\u2069'],
  ...['\uFEFF', '\uFFFE', '\uFFFF', '\uD800', '\uDC00'],
  ...['\u0000', '\u0007', '\u001F', '\u007F', '\u0080', '\u0085', '\u009B', '\u009F', '\u00AD', '\u061C'],
];

describe('file names carry no invisible characters', () => {
  it.each(INVISIBLE.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    '%s inside a name is removed',
    (_label, char) => {
      const name = safeFileName(recipientBase('Kutsu', `Au${char}ne Äij${char}älä`), 'docx');
      expect(name).toBe('Kutsu - Aune Äijälä.docx');
    },
  );

  it('an RTL override cannot turn the extension around in a file manager', () => {
    // U+202E then "xcod.exe" would show as "exe.docx" in Explorer.
    const name = safeFileName('Kutsu - \u202Excod.exe', 'docx');
    expect(name).toBe('Kutsu - xcod.exe.docx');
    expect(name).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2060-\u206F\uFEFF]/);
  });

  it('a name made only of invisible characters gets a visible placeholder', () => {
    expect(safeFileName('\u202E\u200B\uFEFF', 'ics')).toBe('_.ics');
  });

  it('names that differ only by invisible characters are numbered, not overwritten', () => {
    const names = distinctFileNames(
      [
        { id: 'a', base: 'Kutsu - Aune' },
        { id: 'b', base: 'Kutsu - Au\u200Bne' },
      ],
      'docx',
    );
    expect([...names.values()]).toEqual(['Kutsu - Aune.docx', 'Kutsu - Aune (2).docx']);
  });

  it('Arabic, Hebrew and emoji letters stay, joiners inside emoji included', () => {
    expect(safeFileName('Kutsu - فاطمة שרה 👨‍👩‍👧', 'docx')).toBe('Kutsu - فاطمة שרה 👨‍👩‍👧.docx');
  });
});

describe('whitespace in file names', () => {
  it('tabs and line breaks become one space', () => {
    expect(safeFileName('Kutsu -\tAune\r\nÄijälä\u2028x', 'docx')).toBe('Kutsu - Aune Äijälä x.docx');
  });
});
