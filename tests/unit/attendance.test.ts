import { describe, expect, it } from 'vitest';
import {
  arrangementFlags,
  attendanceOf,
  meetingMinutes,
  STAFF_IN_ROOM,
  type Attendance,
} from '../../electron/shared/arrangements/attendance';
import { interpreterLanguageKey } from '../../electron/shared/arrangements/interpreter-language';
import type { Meeting } from '../../electron/shared/arrangements/meeting.schema';
import type { NetworkMember } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';

/** A preparation with `members`; the children take part as `participation` says (by position). */
function prepWith(members: NetworkMember[], participation: Preparation['children'][number]['participation'][] = []) {
  const base = makePreparation();
  return makePreparation({
    members,
    children: base.children.map((child, i) => ({ ...child, participation: participation[i] ?? 'undecided' })),
  });
}

const invited = (overrides: Partial<NetworkMember>) => makeMember({ invite: 'invite', ...overrides });

/** An invited member who speaks `language` and needs an interpreter. */
const needsInterpreter = (name: string, reply: NetworkMember['reply'], language: string) =>
  invited({ name, reply, language: 'other', otherLanguage: language, interpreterNeeded: true });

describe('who is coming', () => {
  it('counts members coming in person, children present, the social worker and the convener', () => {
    const prep = prepWith(
      [
        invited({ name: 'Aune Äijälä', reply: 'coming' }),
        invited({ name: 'Pekka Lind', reply: 'coming' }),
        invited({ name: 'Åsa Öhrnberg', reply: 'remote' }),
        invited({ name: 'Cawo Maxamed Xuseen', reply: 'maybe' }),
        invited({ name: 'Людмила Соколова', reply: 'not_coming' }),
        invited({ name: 'Ilkka Ilola', reply: 'not_asked' }),
      ],
      ['present', 'drawing'],
    );
    const attendance = attendanceOf(prep);
    expect(STAFF_IN_ROOM).toBe(2);
    // Aune and Pekka, Äijö, the social worker and the convener.
    expect(attendance.headcount).toBe(5);
    expect(attendance.comingInPerson.map((m) => m.name)).toEqual(['Aune Äijälä', 'Pekka Lind']);
    expect(attendance.remote.map((m) => m.name)).toEqual(['Åsa Öhrnberg']);
    expect(attendance.maybe.map((m) => m.name)).toEqual(['Cawo Maxamed Xuseen']);
    expect(attendance.childrenPresent).toEqual(['Äijö']);
  });

  it('counts an interpreter on site for each on-site line and a childcare worker when childcare is arranged, but no remote interpreter', () => {
    const prep = prepWith([invited({ name: 'Aune Äijälä', reply: 'coming' })], ['present']);
    const line = (language: string, mode: 'on_site' | 'remote') => ({ language, provider: '', bookedDate: null, confirmed: false, mode, cost: null });
    const attendance = attendanceOf(prep, { interpreters: [line('somali', 'on_site'), line('venäjä', 'remote')], childcareNeeded: true });
    expect(attendance.interpretersOnSite).toEqual(['somali']);
    expect(attendance.childcareWorker).toBe(true);
    // Aune, Äijö, the social worker and the convener, the Somali interpreter and the childcare worker.
    expect(attendance.headcount).toBe(1 + 1 + STAFF_IN_ROOM + 1 + 1);
    expect(attendanceOf(prep, { interpreters: [line('venäjä', 'remote')], childcareNeeded: false }).headcount).toBe(1 + 1 + STAFF_IN_ROOM);
  });

  it('leaves out people who are not invited, whatever their reply says', () => {
    const prep = prepWith([
      makeMember({ name: 'Aune Äijälä', invite: 'not_invited', notInvitedReason: 'Perhe ei halua.', reply: 'coming' }),
      makeMember({ name: 'Pekka Lind', invite: 'written_views', reply: 'coming' }),
      makeMember({ name: 'Åsa Öhrnberg', invite: 'undecided', reply: 'remote' }),
    ]);
    const attendance = attendanceOf(prep);
    expect(attendance.headcount).toBe(STAFF_IN_ROOM);
    expect([...attendance.comingInPerson, ...attendance.remote, ...attendance.maybe]).toEqual([]);
  });

  it('counts every child present, in the conference’s order', () => {
    const attendance = attendanceOf(prepWith([], ['present', 'present']));
    expect(attendance.childrenPresent).toEqual(['Äijö', 'Sanni']);
    expect(attendance.headcount).toBe(2 + STAFF_IN_ROOM);
    for (const other of ['support_person', 'letter', 'drawing', 'recording', 'undecided'] as const) {
      expect(attendanceOf(prepWith([], [other, other])).childrenPresent, other).toEqual([]);
    }
  });
});

describe('diets', () => {
  it('are grouped case-insensitively with the names of who needs them, most common first', () => {
    const prep = prepWith([
      invited({ name: 'Aune Äijälä', reply: 'coming', diet: 'Laktoositon' }),
      invited({ name: 'Pekka Lind', reply: 'coming', diet: 'laktoositon ' }),
      invited({ name: 'Cawo Maxamed Xuseen', reply: 'maybe', diet: 'Halal' }),
      invited({ name: 'Åsa Öhrnberg', reply: 'coming', diet: 'Gluteeniton' }),
      invited({ name: 'Ilkka Ilola', reply: 'coming', diet: '' }),
    ]);
    expect(attendanceOf(prep).diets).toEqual([
      { key: 'Laktoositon', names: ['Aune Äijälä', 'Pekka Lind'] },
      { key: 'Gluteeniton', names: ['Åsa Öhrnberg'] },
      { key: 'Halal', names: ['Cawo Maxamed Xuseen'] },
    ]);
  });

  it('are only those of people eating with us: not remote, not cancelled, not uninvited', () => {
    const prep = prepWith([
      invited({ name: 'Åsa Öhrnberg', reply: 'remote', diet: 'Vegaani' }),
      invited({ name: 'Pekka Lind', reply: 'not_coming', diet: 'Vegaani' }),
      invited({ name: 'Ilkka Ilola', reply: 'not_asked', diet: 'Vegaani' }),
      makeMember({ name: 'Aune Äijälä', invite: 'written_views', reply: 'coming', diet: 'Vegaani' }),
    ]);
    expect(attendanceOf(prep).diets).toEqual([]);
  });
});

describe('interpreter needs', () => {
  it('are one line per language with who needs it: other languages by name, any case', () => {
    const prep = prepWith([
      needsInterpreter('Cawo Maxamed Xuseen', 'coming', 'Somali'),
      needsInterpreter('Xasan Cali', 'remote', 'somali '),
      invited({ name: 'Åsa Öhrnberg', reply: 'maybe', language: 'sv', interpreterNeeded: true }),
      // Speaks Arabic but manages without an interpreter.
      invited({ name: 'Fatima Hussein', reply: 'coming', language: 'other', otherLanguage: 'arabia' }),
    ]);
    expect(attendanceOf(prep).interpreterNeeds).toEqual([
      { key: 'somali', names: ['Cawo Maxamed Xuseen', 'Xasan Cali'] },
      { key: 'sv', names: ['Åsa Öhrnberg'] },
    ]);
  });

  it('leave out people who are not coming or not invited', () => {
    const prep = prepWith([
      needsInterpreter('Cawo Maxamed Xuseen', 'not_coming', 'somali'),
      invited({ name: 'Ilkka Ilola', reply: 'not_asked', language: 'en', interpreterNeeded: true }),
      makeMember({
        name: 'Людмила Соколова',
        invite: 'not_invited',
        notInvitedReason: 'Perhe ei halua.',
        reply: 'coming',
        language: 'other',
        otherLanguage: 'venäjä',
        interpreterNeeded: true,
      }),
    ]);
    expect(attendanceOf(prep).interpreterNeeds).toEqual([]);
  });

  it('are keyed as interpreter lines are written: fi/sv/en, or the language name in lower case', () => {
    expect(interpreterLanguageKey({ language: 'sv', otherLanguage: '' })).toBe('sv');
    expect(interpreterLanguageKey({ language: 'other', otherLanguage: ' Venäjä ' })).toBe('venäjä');
    // A stale other language does not count once the member speaks English.
    expect(interpreterLanguageKey({ language: 'en', otherLanguage: 'arabia' })).toBe('en');
  });

  it('match a language as written on a line to the same key, whatever its case or spaces', () => {
    expect(interpreterLanguageKey(' VENÄJÄ ')).toBe(interpreterLanguageKey({ language: 'other', otherLanguage: 'venäjä' }));
    expect(interpreterLanguageKey('Sv')).toBe(interpreterLanguageKey({ language: 'sv', otherLanguage: '' }));
    expect(interpreterLanguageKey('arabia')).not.toBe(interpreterLanguageKey('farsi'));
  });
});

describe('meetingMinutes', () => {
  it('is the length of the meeting, or null while a time is missing', () => {
    expect(meetingMinutes({ startTime: '09:00', endTime: '13:30' })).toBe(270);
    expect(meetingMinutes({ startTime: '09:45', endTime: '10:15' })).toBe(30);
    expect(meetingMinutes({ startTime: '09:00', endTime: null })).toBeNull();
    expect(meetingMinutes({ startTime: null, endTime: '13:00' })).toBeNull();
  });
});

describe('arrangement flags', () => {
  /** Two in the room besides the staff: Aune (coming) and Äijö (present); headcount 4. */
  function setting(members: NetworkMember[] = [invited({ name: 'Aune Äijälä', reply: 'coming' })]): Attendance {
    return attendanceOf(prepWith(members, ['present']));
  }
  const meeting = (overrides: Partial<Meeting> = {}) => makeMeeting(overrides);
  const refreshments = (orderedDate: string | null, orderedHeadcount: number | null) => ({
    ...makeMeeting().refreshments,
    orderedDate,
    orderedHeadcount,
  });
  const venue = (capacity: number | null) => ({ ...makeMeeting().venue, capacity });
  const line = (language: string) => ({
    language,
    provider: '',
    bookedDate: null,
    confirmed: false,
    mode: 'on_site' as const,
    cost: null,
  });

  it('are none for a meeting with nothing arranged yet', () => {
    expect(arrangementFlags(meeting(), setting())).toEqual([]);
  });

  it.each([
    ['09:00', '11:30', 150],
    ['09:00', '15:15', 375],
  ])('warn about a meeting from %s to %s, outside the typical 3–6 hours', (startTime, endTime, minutes) => {
    expect(arrangementFlags(meeting({ startTime, endTime }), setting())).toEqual([{ code: 'duration', minutes }]);
  });

  it.each([
    ['09:00', '12:00'],
    ['09:00', '15:00'],
    ['09:00', null],
  ])('accept a meeting from %s to %s', (startTime, endTime) => {
    expect(arrangementFlags(meeting({ startTime, endTime }), setting())).toEqual([]);
  });

  it('warn when the room holds fewer than the headcount', () => {
    expect(arrangementFlags(meeting({ venue: venue(3) }), setting())).toEqual([
      { code: 'venueCapacity', capacity: 3, headcount: 4 },
    ]);
    expect(arrangementFlags(meeting({ venue: venue(4) }), setting())).toEqual([]);
    expect(arrangementFlags(meeting({ venue: venue(null) }), setting())).toEqual([]);
  });

  it('warn when refreshments were ordered for a different headcount, more or fewer', () => {
    expect(arrangementFlags(meeting({ refreshments: refreshments('2027-02-15', 6) }), setting())).toEqual([
      { code: 'refreshmentsHeadcount', ordered: 6, headcount: 4 },
    ]);
    expect(arrangementFlags(meeting({ refreshments: refreshments('2027-02-15', 3) }), setting())).toEqual([
      { code: 'refreshmentsHeadcount', ordered: 3, headcount: 4 },
    ]);
    expect(arrangementFlags(meeting({ refreshments: refreshments('2027-02-15', 4) }), setting())).toEqual([]);
    // Not ordered yet: a planned headcount is no order.
    expect(arrangementFlags(meeting({ refreshments: refreshments(null, 6) }), setting())).toEqual([]);
    expect(arrangementFlags(meeting({ refreshments: refreshments('2027-02-15', null) }), setting())).toEqual([]);
  });

  it('warn about a language with no interpreter and an interpreter no longer needed', () => {
    const attendance = setting([
      needsInterpreter('Cawo Maxamed Xuseen', 'coming', 'somali'),
      invited({ name: 'Åsa Öhrnberg', reply: 'maybe', language: 'sv', interpreterNeeded: true }),
    ]);
    expect(arrangementFlags(meeting({ interpreters: [line('Somali'), line('venäjä')] }), attendance)).toEqual([
      { code: 'interpreterMissing', language: 'sv', names: ['Åsa Öhrnberg'] },
      { code: 'interpreterNotNeeded', language: 'venäjä' },
    ]);
    expect(arrangementFlags(meeting({ interpreters: [line('Somali'), line('sv')] }), attendance)).toEqual([]);
  });

  it('warn when someone takes part remotely and there is no link', () => {
    const attendance = setting([
      invited({ name: 'Pekka Lind', reply: 'remote' }),
      invited({ name: 'Åsa Öhrnberg', reply: 'remote' }),
    ]);
    expect(arrangementFlags(meeting(), attendance)).toEqual([
      { code: 'remoteLinkMissing', names: ['Pekka Lind', 'Åsa Öhrnberg'] },
    ]);
    expect(arrangementFlags(meeting({ remoteLink: 'https://meet.example.fi/x' }), attendance)).toEqual([]);
  });

  it('come in the order of the arrangements form', () => {
    const attendance = setting([
      invited({ name: 'Pekka Lind', reply: 'remote', language: 'en', interpreterNeeded: true }),
      invited({ name: 'Aune Äijälä', reply: 'coming' }),
    ]);
    const flags = arrangementFlags(
      meeting({
        startTime: '09:00',
        endTime: '10:00',
        venue: venue(2),
        refreshments: refreshments('2027-02-15', 10),
        interpreters: [line('somali')],
      }),
      attendance,
    );
    expect(flags.map((flag) => flag.code)).toEqual([
      'duration',
      'venueCapacity',
      'refreshmentsHeadcount',
      'interpreterMissing',
      'interpreterNotNeeded',
      'remoteLinkMissing',
    ]);
  });
});
