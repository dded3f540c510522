import { describe, expect, it } from 'vitest';
import { distinctFileNames, safeFileName } from '../../../electron/backend/documents/file-name';
import { imageSize } from '../../../electron/backend/documents/image-size';
import { cleanText, xmlSafe } from '../../../electron/backend/documents/sanitise';
import { makePng } from '../../fixtures/document-settings';

describe('xmlSafe', () => {
  it('removes what XML 1.0 forbids and keeps tab, line ends, scripts and emoji', () => {
    expect(xmlSafe('a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(xmlSafe('x\ty\nz\r')).toBe('x\ty\nz\r');
    expect(xmlSafe('Äijö فاطمة 😀 👨‍👩‍👧 \u202Eabc')).toBe('Äijö فاطمة 😀 👨‍👩‍👧 \u202Eabc');
  });

  it('drops lone surrogates but keeps pairs', () => {
    expect(xmlSafe('a\uD800b\uDC00c\uD83D')).toBe('abc');
    expect(xmlSafe('\uDC00\uD83D\uDE00\uD800')).toBe('😀');
  });

  it('turns Windows and old Mac line ends into \\n', () => {
    expect(cleanText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });
});

describe('file names', () => {
  it('drops what Windows refuses, trims, and keeps letters of every script', () => {
    expect(safeFileName('Kutsu - A<u>n:e "Ä"/ij\\ä|l?ä*', 'docx')).toBe('Kutsu - A u n e Ä ij ä l ä.docx');
    expect(safeFileName('Kutsu - فاطمة الحسيني', 'docx')).toBe('Kutsu - فاطمة الحسيني.docx');
    expect(safeFileName('  Nimi.  ', 'docx')).toBe('Nimi.docx');
    expect(safeFileName('CON', 'docx')).toBe('_CON.docx');
    expect(safeFileName('\u0001\uFFFE', 'ics')).toBe('_.ics');
  });

  it('limits the length without splitting a character', () => {
    const name = safeFileName(`Kutsu - ${'😀'.repeat(80)}`, 'docx');
    expect(name.length).toBeLessThanOrEqual(105);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('numbers later files that would get the same name, ignoring case', () => {
    const names = distinctFileNames(
      [
        { id: 'a', base: 'Kutsu - Aune Äijälä' },
        { id: 'b', base: 'Kutsu - Pekka Lind' },
        { id: 'c', base: 'Kutsu - AUNE ÄIJÄLÄ' },
        { id: 'd', base: 'Kutsu - Aune Äijälä' },
      ],
      'docx',
    );
    expect([...names.values()]).toEqual([
      'Kutsu - Aune Äijälä.docx',
      'Kutsu - Pekka Lind.docx',
      'Kutsu - AUNE ÄIJÄLÄ (2).docx',
      'Kutsu - Aune Äijälä (3).docx',
    ]);
  });
});

describe('imageSize', () => {
  it('reads a PNG size from its IHDR', () => {
    expect(imageSize(makePng(240, 80))).toEqual({ width: 240, height: 80 });
  });

  it('reads a JPEG size from its start-of-frame, past other segments', () => {
    const jpeg = new Uint8Array([
      0xff, 0xd8, // SOI
      0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46, // APP0, length 6
      0xff, 0xc4, 0x00, 0x04, 0x00, 0x00, // DHT, not a frame
      0xff, 0xc2, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x03, // SOF2: height 300, width 600
    ]);
    expect(imageSize(jpeg)).toEqual({ width: 600, height: 300 });
  });

  it('gives null for anything else', () => {
    expect(imageSize(new Uint8Array([1, 2, 3]))).toBeNull();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toBeNull();
    expect(imageSize(new Uint8Array(30))).toBeNull();
  });
});
