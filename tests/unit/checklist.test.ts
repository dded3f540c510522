import { describe, expect, it } from 'vitest';
import { attendanceOf, type Attendance } from '../../electron/shared/arrangements/attendance';
import { builtInWording, checklistOf, DUE_SOON_DAYS, type ChecklistEntry } from '../../electron/shared/arrangements/checklist';
import { type Meeting } from '../../electron/shared/arrangements/meeting.schema';
import { MEETING_KINDS } from '../../electron/shared/arrangements/meeting-kinds';
import { BUILT_IN_CHECKLIST_KEYS } from '../../electron/shared/settings/settings-lists';
import { catalogs, translate, type MessageKey } from '../../electron/shared/i18n';
import { DEFAULT_CHECKLIST, type ChecklistTemplateItem } from '../../electron/shared/settings/settings.schema';
import { makeMeeting, makeMember, makePreparation } from '../fixtures/preparation';

const NOBODY: Attendance = attendanceOf(makePreparation());

/** Attendance where Cawo, coming, needs a Somali interpreter. */
const SOMALI_NEEDED: Attendance = attendanceOf(
  makePreparation({
    members: [
      makeMember({
        name: 'Cawo Maxamed Xuseen',
        invite: 'invite',
        reply: 'coming',
        language: 'other',
        otherLanguage: 'somali',
        interpreterNeeded: true,
      }),
    ],
  }),
);

const OWN_KEY = '99999999-9999-4999-8999-999999999991';

/** The checklist of a meeting with `meeting`'s fields, by default on the fixtures' "today", with nobody coming. */
function list(
  meeting: Partial<Meeting>,
  options: { template?: ChecklistTemplateItem[]; attendance?: Attendance; today?: string } = {},
) {
  return checklistOf(
    makeMeeting(meeting),
    options.template ?? DEFAULT_CHECKLIST,
    options.attendance ?? NOBODY,
    options.today ?? '2027-01-11',
  );
}

const byKey = (entries: ChecklistEntry[]) => Object.fromEntries(entries.map((e) => [e.key, e]));

describe('due dates', () => {
  it('count back from the meeting date as the template says', () => {
    const entries = list({ date: '2027-03-10', childcareNeeded: true }, { attendance: SOMALI_NEEDED });
    expect(entries.map((e) => [e.key, e.dueDate])).toEqual([
      ['venue', '2027-02-10'],
      ['invitations', '2027-02-17'],
      ['interpreter', '2027-02-24'],
      ['childcare', '2027-02-24'],
      ['refreshments', '2027-03-03'],
      ['summary', '2027-03-03'],
      ['reminders', '2027-03-08'],
      ['materials', '2027-03-10'],
    ]);
  });

  it('follow the template’s own days, across a month and a year', () => {
    const template: ChecklistTemplateItem[] = [
      { key: 'venue', text: '', daysBefore: 45 },
      { key: 'reminders', text: '', daysBefore: 1 },
    ];
    expect(list({ date: '2027-01-05' }, { template, today: '2026-10-01' }).map((e) => [e.key, e.dueDate])).toEqual([
      ['venue', '2026-11-21'],
      ['reminders', '2027-01-04'],
    ]);
  });

  it('are empty while the meeting has no date, and nothing is due yet', () => {
    const entries = list({ date: null });
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) expect(entry).toMatchObject({ dueDate: null, status: 'open' });
  });
});

describe('items that follow from the data', () => {
  const keys = (entries: ChecklistEntry[]) => entries.map((e) => e.key);

  it('leave out the interpreter and childcare when nobody needs them', () => {
    expect(keys(list({ date: '2027-03-10' }))).toEqual([
      'venue',
      'invitations',
      'refreshments',
      'summary',
      'reminders',
      'materials',
    ]);
  });

  it('show the interpreter when someone coming needs one', () => {
    expect(keys(list({ date: '2027-03-10' }, { attendance: SOMALI_NEEDED }))).toContain('interpreter');
  });

  it('keep the interpreter while a line is booked, so it can be cancelled', () => {
    const interpreters = [
      { language: 'somali', provider: 'Tulkkikeskus', bookedDate: null, confirmed: false, mode: 'on_site' as const, cost: null },
    ];
    expect(keys(list({ date: '2027-03-10', interpreters }))).toContain('interpreter');
  });

  it('show childcare only when childcare is needed', () => {
    expect(keys(list({ date: '2027-03-10', childcareNeeded: true }))).toContain('childcare');
    expect(keys(list({ date: '2027-03-10', childcareNeeded: false, childcare: 'Leikkihuone' }))).not.toContain(
      'childcare',
    );
  });

  it('leave out built-in items the convener removed from the template', () => {
    const template = DEFAULT_CHECKLIST.filter((item) => item.key !== 'materials');
    expect(keys(list({ date: '2027-03-10' }, { template }))).not.toContain('materials');
  });
});

describe('status', () => {
  const meetingDate = '2027-03-10';
  // Reminders are due 2027-03-08.
  const reminders = (today: string, done: Record<string, string> = {}) =>
    byKey(list({ date: meetingDate, checklist: { done, doneVersions: {}, custom: [] } }, { today })).reminders!;

  it('is overdue the day after the due date', () => {
    expect(reminders('2027-03-09').status).toBe('overdue');
  });

  it(`is due soon from ${DUE_SOON_DAYS} days before the due date to the day itself`, () => {
    expect(DUE_SOON_DAYS).toBe(3);
    expect(reminders('2027-03-08').status).toBe('dueSoon');
    expect(reminders('2027-03-05').status).toBe('dueSoon');
    expect(reminders('2027-03-04').status).toBe('open');
  });

  it('is done once ticked, with the date it was done, even when it was late', () => {
    expect(reminders('2027-03-09', { reminders: '2027-03-09' })).toMatchObject({
      status: 'done',
      doneDate: '2027-03-09',
      dueDate: '2027-03-08',
    });
  });

  it('ignores ticks of keys the template no longer has', () => {
    const entries = list({ date: meetingDate, checklist: { done: { parking: '2027-03-01' }, doneVersions: {}, custom: [] } });
    expect(entries.map((e) => e.key)).not.toContain('parking');
    expect(entries.every((e) => e.status !== 'done')).toBe(true);
  });
});

describe('the convener’s own items', () => {
  it('from the template carry their text; built-in ones take their label from the catalog', () => {
    const template: ChecklistTemplateItem[] = [
      { key: 'venue', text: '', daysBefore: 28 },
      { key: OWN_KEY, text: 'Varmista lasten kuljetus', daysBefore: 3 },
    ];
    const entries = list({ date: '2027-03-10', checklist: { done: { [OWN_KEY]: '2027-03-06' }, doneVersions: {}, custom: [] } }, { template });
    expect(entries).toEqual([
      {
        key: 'venue',
        custom: false,
        builtIn: true,
        text: '',
        dueDate: '2027-02-10',
        doneDate: null,
        status: 'open',
        answer: 'fact',
        source: null,
        note: null,
      },
      {
        key: OWN_KEY,
        custom: false,
        builtIn: false,
        text: 'Varmista lasten kuljetus',
        dueDate: '2027-03-07',
        doneDate: '2027-03-06',
        status: 'done',
        answer: 'hand',
        source: null,
        note: null,
      },
    ]);
  });

  it('of one meeting have their own due and done dates', () => {
    const entries = list(
      {
        date: '2027-03-10',
        checklist: {
          done: {},
          doneVersions: {},
          custom: [
            { id: 'c1', text: 'Varaa pysäköintilupa', dueDate: '2027-01-10', doneDate: null, version: 1 },
            { id: 'c2', text: 'Tulosta piirustukset', dueDate: null, doneDate: '2027-01-09', version: 1 },
            { id: 'c3', text: 'Soita tulkille', dueDate: '2027-01-13', doneDate: null, version: 1 },
          ],
        },
      },
      { template: [], today: '2027-01-11' },
    );
    expect(entries).toEqual([
      expect.objectContaining({ key: 'c1', custom: true, builtIn: false, dueDate: '2027-01-10', status: 'overdue' }),
      expect.objectContaining({ key: 'c3', text: 'Soita tulkille', doneDate: null, status: 'dueSoon' }),
      {
        key: 'c2',
        custom: true,
        builtIn: false,
        text: 'Tulosta piirustukset',
        dueDate: null,
        doneDate: '2027-01-09',
        status: 'done',
        answer: 'hand',
        source: null,
        note: null,
      },
    ]);
  });
});

describe('order', () => {
  it('is by due date, undated last; the template’s order, then the meeting’s own items, among equals', () => {
    const entries = list(
      {
        date: '2027-03-10',
        checklist: {
          done: {},
          doneVersions: {},
          custom: [
            { id: 'undated', text: 'Kysy perheeltä toiveet', dueDate: null, doneDate: null, version: 1 },
            { id: 'with-summary', text: 'Kopioi kysymykset', dueDate: '2027-03-03', doneDate: null, version: 1 },
            { id: 'first', text: 'Sovi tila perheen kanssa', dueDate: '2027-01-20', doneDate: null, version: 1 },
          ],
        },
      },
      { template: DEFAULT_CHECKLIST },
    );
    expect(entries.map((e) => e.key)).toEqual([
      'first',
      'venue',
      'invitations',
      'refreshments',
      'summary',
      'with-summary',
      'reminders',
      'materials',
      'undated',
    ]);
  });

  it('keeps the template’s order while the meeting has no date', () => {
    expect(list({ date: null }).map((e) => e.key)).toEqual([
      'venue',
      'invitations',
      'refreshments',
      'summary',
      'reminders',
      'materials',
    ]);
  });
});

describe('the wording of a built-in item', () => {
  it('is the follow-up summary at a follow-up meeting, and otherwise the same at both kinds of meeting', () => {
    expect(BUILT_IN_CHECKLIST_KEYS.map((key) => builtInWording(key, 'conference'))).toEqual([...BUILT_IN_CHECKLIST_KEYS]);
    expect(Object.fromEntries(BUILT_IN_CHECKLIST_KEYS.map((key) => [key, builtInWording(key, 'follow_up')]))).toEqual({
      venue: 'venue',
      invitations: 'invitations',
      interpreter: 'interpreter',
      childcare: 'childcare',
      refreshments: 'refreshments',
      summary: 'followUp.summary',
      reminders: 'reminders',
      materials: 'materials',
    });
    expect(translate('fi', `checklist.item.${builtInWording('summary', 'conference')}`)).toBe('Yhteenveto ja kysymykset käyty läpi perheen kanssa');
    expect(translate('fi', `checklist.item.${builtInWording('summary', 'follow_up')}`)).toBe(
      'Seurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa',
    );
  });

  it('has a label and a thing to do in every language, for every item at every kind of meeting', () => {
    for (const kind of MEETING_KINDS) {
      for (const key of BUILT_IN_CHECKLIST_KEYS) {
        const wording = builtInWording(key, kind);
        for (const language of ['fi', 'sv', 'en'] as const) {
          for (const messageKey of [`checklist.item.${wording}`, `nextDue.checklist.${wording}`] satisfies MessageKey[]) {
            expect(catalogs[language][messageKey], `${language} ${messageKey}`).toMatch(/\S/);
          }
        }
      }
    }
  });
});
