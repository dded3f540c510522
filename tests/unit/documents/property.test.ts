import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type ScheduledMeeting } from '../../../electron/backend/documents/calendar.ics';
import { buildChecklist } from '../../../electron/backend/documents/checklist.docx';
import { buildChildInvitation } from '../../../electron/backend/documents/child-invitation.docx';
import { buildCommission } from '../../../electron/backend/documents/commission.docx';
import { packDocx, type DocxPlan, type MeetingData } from '../../../electron/backend/documents/document-data';
import { buildInvitation } from '../../../electron/backend/documents/invitation.docx';
import { buildParticipants } from '../../../electron/backend/documents/participants.docx';
import { buildPlan } from '../../../electron/backend/documents/plan.docx';
import { buildSummary } from '../../../electron/backend/documents/summary.docx';
import { makeDocumentPreparation, makePlan } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { parseAllParts, parseStrictXml } from '../../helpers/docx';

/*
 * Arbitrary Unicode in every text field: the files must stay valid. The generator is
 * seeded, so a failure names the seed that reproduces it.
 */

function random(seed: number): () => number {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Characters XML 1.0 forbids, and lone surrogates. */
const FORBIDDEN = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u001B', '\u001F', '\uFFFE', '\uFFFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF'];
const PIECES = [
  ...FORBIDDEN,
  'a', 'Ä', 'ö', 'å', ' ', '\t', '\n', '\r\n', '<', '>', '&', '"', "'", ']]>', '{name}', '\\', ';', ',',
  'فاطمة', 'שלום', '\u202E', '\u200F', '😀', '👨‍👩‍👧', '\u0301', '\u00A0', '\u2028', '\uFEFF', '\uFDD0', '𝔘',
];

function arbitraryText(next: () => number): string {
  const length = 1 + Math.floor(next() * 12);
  let text = '';
  for (let i = 0; i < length; i++) {
    text += next() < 0.3 ? String.fromCharCode(Math.floor(next() * 0x10000)) : PIECES[Math.floor(next() * PIECES.length)]!;
  }
  // Every text carries at least one forbidden character, so every field is put to the test.
  return text + FORBIDDEN[Math.floor(next() * FORBIDDEN.length)]!;
}

/** Keys whose strings are ids, dates, times, choices or image data: not free text. */
const NOT_TEXT = /^(id|.*Id|.*Ids|date|.*Date|.*Time|replyBy|createdAt|updatedAt|closedAt|commissionDate|language|uiLanguage|sector|closeness|invite|reply|participation|kind|phase|meetingType|bookingStatus|mode|mimeType|data|materials|reason|key|done|outcome|channel)$/;

/** `value` with every free-text string replaced by arbitrary text. */
function scramble<T>(value: T, next: () => number, key = ''): T {
  if (typeof value === 'string') return (NOT_TEXT.test(key) ? value : arbitraryText(next)) as T;
  if (Array.isArray(value)) return value.map((item) => scramble(item, next, key)) as T;
  if (value && typeof value === 'object') {
    if (NOT_TEXT.test(key)) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scramble(v, next, k)])) as T;
  }
  return value;
}

function scrambledData(seed: number): MeetingData {
  const next = random(seed);
  const people = makeDocumentPreparation();
  const prep = { ...people.prep, plans: [makePlan(people)] };
  const settings = makeDocumentSettings();
  const scrambledPrep = scramble(prep, next);
  return { prep: scrambledPrep, settings: scramble(settings, next), meeting: scrambledPrep.meetings[0]!, today: '2027-02-22' };
}

function everyDocument(data: MeetingData): DocxPlan[] {
  return [
    ...data.prep.members.filter((m) => m.invite === 'invite').map((m) => buildInvitation(data, m)),
    ...data.prep.conference.children.map((c) => buildChildInvitation(data, c)),
    buildCommission(data),
    buildSummary(data),
    buildChecklist(data),
    buildParticipants(data),
    ...data.prep.plans.map((plan) => buildPlan(data, plan)),
  ];
}

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SEEDS = [1, 2, 3, 42, 2027];

// Packing sixty-five files takes seconds on a busy two-core machine.
describe('arbitrary Unicode in every text field', { timeout: 120_000 }, () => {
  it.each(SEEDS)('keeps every Word file well-formed XML (seed %i)', async (seed) => {
    const data = scrambledData(seed);
    const plans = everyDocument(data);
    expect(plans.length).toBe(13);
    for (const plan of plans) {
      const file = await packDocx(plan);
      expect(() => parseAllParts(file.bytes), `${file.name} (seed ${seed})`).not.toThrow();
      expect(file.name).not.toMatch(WINDOWS_FORBIDDEN);
      expect(file.name).toMatch(/\.docx$/);
    }
  });

  it.each(SEEDS)('keeps the calendar file valid UTF-8 with folded lines (seed %i)', (seed) => {
    const data = scrambledData(seed);
    const meeting = { ...data.meeting, date: '2027-03-04', startTime: '09:00', endTime: '13:00' } as ScheduledMeeting;
    const file = buildCalendar(meeting, 'fi', new Date('2027-02-22T08:00:00Z'));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    // eslint-disable-next-line no-control-regex -- control characters are what is looked for
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    for (const line of text.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toMatch(/[\r\n]/);
    }
  });

  it('would fail without the sanitiser: the same texts break the XML', async () => {
    const next = random(SEEDS[0]!);
    const texts = Array.from({ length: 20 }, () => arbitraryText(next));
    const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // Written straight into XML, as docx writes text it is given, they do not parse.
    const unparsable = texts.filter((text) => {
      try {
        parseStrictXml(new TextEncoder().encode(`<t>${escape(text)}</t>`));
        return false;
      } catch {
        return true;
      }
    });
    expect(unparsable.length).toBeGreaterThan(10);
    // And docx itself passes them into the file, which the check above then refuses.
    const raw = new Document({ sections: [{ children: texts.map((text) => new Paragraph({ children: [new TextRun(text)] })) }] });
    const bytes = new Uint8Array(await Packer.toBuffer(raw));
    expect(() => parseAllParts(bytes)).toThrow(/Not well-formed XML/);
  });
});
