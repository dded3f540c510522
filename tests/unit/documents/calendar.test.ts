import { describe, expect, it } from 'vitest';
import { buildCalendar, foldLine, isScheduled, type ScheduledMeeting } from '../../../electron/backend/documents/calendar.ics';
import { ICS_MIME } from '../../../electron/shared/documents/documents.schema';
import { CONFIDENTIAL, makeArrangedMeeting, makeDocumentPreparation } from '../../fixtures/documents';

const NOW = new Date('2027-02-22T08:30:00.000Z');

function ics(meeting = makeArrangedMeeting(), language: 'fi' | 'sv' | 'en' = 'fi') {
  if (!isScheduled(meeting)) throw new Error('fixture meeting must be scheduled');
  const file = buildCalendar(meeting as ScheduledMeeting, language, NOW);
  return { file, text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes) };
}

/** The content lines after unfolding (RFC 5545 §3.1). */
function unfolded(text: string): string[] {
  return text.replace(/\r\n /g, '').split('\r\n');
}

describe('the calendar file', () => {
  it('holds one event in Europe/Helsinki time with a neutral title and the place', () => {
    const { file, text } = ics();
    expect(file.name).toBe('Neuvonpito 2027-03-04.ics');
    expect(file.mimeType).toBe(ICS_MIME);
    const lines = unfolded(text);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/Helsinki');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(lines).toContain('DTSTART;TZID=Europe/Helsinki:20270304T090000');
    expect(lines).toContain('DTEND;TZID=Europe/Helsinki:20270304T130000');
    expect(lines).toContain('DTSTAMP:20270222T083000Z');
    expect(lines).toContain('UID:77777777-7777-4777-8777-777777777771@neuvonpito');
    expect(lines).toContain('SUMMARY:Läheisneuvonpito');
    expect(lines).toContain('LOCATION:Perhekeskus Kajava\\, Sali 2\\, Kajavantie 5\\, 00950 Helsinki');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('ends every line with CRLF and folds them at 75 octets', () => {
    const venue = { ...makeArrangedMeeting().venue, name: 'Äänekosken yhteisen perhekeskuksen monitoimitila 😀 ja sen lähellä oleva neuvotteluhuone' };
    const { text, file } = ics(makeArrangedMeeting({ venue }));
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const physical = text.split('\r\n').slice(0, -1);
    for (const line of physical) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    // Folding never splits a UTF-8 character: the bytes decode strictly (above) and unfold to the name.
    expect(unfolded(text).find((l) => l.startsWith('LOCATION:'))).toContain(venue.name);
    expect(file.bytes.length).toBeGreaterThan(0);
  });

  it('folds multi-byte text on character boundaries', () => {
    const line = `LOCATION:${'ä'.repeat(100)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
  });

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    const venue = { ...makeArrangedMeeting().venue, name: 'Sali; "A\\B", 2.krs', mainRoom: { fi: '', sv: '', en: '' }, address: 'Rivi 1\nRivi 2' };
    const { text } = ics(makeArrangedMeeting({ venue }));
    expect(unfolded(text)).toContain('LOCATION:Sali\\; "A\\\\B"\\, 2.krs\\, Rivi 1\\nRivi 2');
  });

  it('carries no names, concerns, notes or reference', () => {
    const { prep } = makeDocumentPreparation();
    const { text } = ics(prep.meetings[0]);
    for (const secret of Object.values(CONFIDENTIAL)) expect(text).not.toContain(secret);
    for (const member of prep.members) expect(text).not.toContain(member.name);
    for (const child of prep.conference.children) expect(text).not.toContain(child.firstName);
    expect(text).not.toContain('Leena Korhonen');
    expect(text).not.toContain('meet.example.fi');
  });

  it('titles a follow-up meeting as such, in the conference language', () => {
    const { file, text } = ics(makeArrangedMeeting({ kind: 'follow_up', date: '2027-09-01' }), 'sv');
    expect(file.name).toBe('Uppföljningsmöte 2027-09-01.ics');
    expect(unfolded(text)).toContain('SUMMARY:Uppföljningsmöte');
  });
});
