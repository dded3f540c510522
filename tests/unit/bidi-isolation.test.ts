import { describe, expect, it } from 'vitest';
import { buildCalendar, type ScheduledMeeting } from '../../electron/backend/documents/calendar.ics';
import { translate } from '../../electron/shared/i18n';
import { balanceBidi, isolate } from '../../electron/shared/i18n/isolate';
import { makeArrangedMeeting } from '../fixtures/documents';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const PDF = '\u202C';

describe('messages isolate the values put in them', () => {
  it('an override in a name ends with the name, not at the end of the message', () => {
    const message = translate('fi', 'arrangements.venue.filled', { name: `Au${RLO}ne` });
    expect(message).toContain(`${FSI}Au${RLO}ne${PDF}${PDI}`);
    // Everything after the name is outside the isolate.
    expect(message.slice(message.indexOf(PDI) + 1)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });

  it('a right-to-left name is isolated, a Finnish one stays as typed', () => {
    expect(translate('fi', 'arrangements.venue.filled', { name: 'فاطمة' })).toContain(`${FSI}فاطمة${PDI}`);
    expect(translate('fi', 'arrangements.venue.filled', { name: 'Aune Äijälä' })).toContain('Aune Äijälä');
    expect(translate('fi', 'arrangements.venue.filled', { name: 'Aune Äijälä' })).not.toMatch(/[\u2068\u2069]/);
  });

  it('numbers are not wrapped', () => {
    expect(isolate('3')).toBe('3');
  });
});

describe('balanceBidi', () => {
  it('closes what a value opens and drops closers it did not open', () => {
    expect(balanceBidi(`a${RLO}b`)).toBe(`a${RLO}b${PDF}`);
    expect(balanceBidi(`a${PDI}${RLO}b`)).toBe(`a${RLO}b${PDF}`);
    expect(balanceBidi(`a${PDF}b`)).toBe('ab');
    expect(balanceBidi(`${FSI}a${RLO}b${PDI}c`)).toBe(`${FSI}a${RLO}b${PDI}c`);
    expect(balanceBidi(`${RLO}${FSI}a${PDF}b`)).toBe(`${RLO}${FSI}ab${PDI}${PDF}`);
  });

  it('a value whose right-to-left parts are isolated already is not wrapped again', () => {
    expect(isolate(`${FSI}فاطمة${PDI} ja Aune`)).toBe(`${FSI}فاطمة${PDI} ja Aune`);
    expect(isolate(`${FSI}${FSI}فاطمة${PDI}${PDI}`)).toBe(`${FSI}${FSI}فاطمة${PDI}${PDI}`);
    expect(isolate(`${FSI}فاطمة${PDI} ja שרה`)).toBe(`${FSI}${FSI}فاطمة${PDI} ja שרה${PDI}`);
  });

  it('a stray PDI inside a value cannot end the isolate around it', () => {
    const value = isolate(`x${PDI}${RLO}evil`);
    expect(value).toBe(`${FSI}x${RLO}evil${PDF}${PDI}`);
  });
});

describe('the calendar entry', () => {
  it('keeps an override in the venue name inside the name', () => {
    const meeting = makeArrangedMeeting();
    const withOverride = { ...meeting, venue: { ...meeting.venue, name: `Perhekeskus ${RLO}Kajava` } };
    const file = buildCalendar(withOverride as ScheduledMeeting, 'fi', new Date('2027-02-22T08:30:00.000Z'));
    const location = new TextDecoder().decode(file.bytes).replace(/\r\n /g, '').split('\r\n').find((line) => line.startsWith('LOCATION:'));
    expect(location).toBe(`LOCATION:${FSI}Perhekeskus ${RLO}Kajava${PDF}${PDI}\\, Sali 2\\, Kajavantie 5\\, 00950 Helsinki`);
  });
});
