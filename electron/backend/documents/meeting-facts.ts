import { formatEuros } from '../../shared/amounts';
import { STAFF_IN_ROOM, type ArrangementFlag, type Attendance } from '../../shared/arrangements/attendance';
import { interpreterLanguageKey } from '../../shared/arrangements/interpreter-language';
import { meetingFlags } from '../../shared/arrangements/meetings';
import type { Meeting } from '../../shared/arrangements/meeting.schema';
import { isolate } from '../../shared/i18n/isolate';
import { joinNames, type Words } from './format';

/*
 * The arrangements of a meeting in words, for the convener's own papers (checklist,
 * participant list): who is coming, the venue and its booking, food, interpreters.
 */

/** An interpreter language key (fi/sv/en or the language's own name) as a word. */
export function interpreterLanguage(words: Words, key: string): string {
  return key === 'fi' || key === 'sv' || key === 'en' ? words.t(`language.${key}`) : isolate(key);
}

export function venueText(words: Words, meeting: Meeting): string {
  const { t } = words;
  const v = meeting.venue;
  const lines = [
    [v.name, v.address].filter((part) => part !== '').map(isolate).join(', '),
    v.mainRoom[words.lang] ? `${t('documents.label.mainRoom')}: ${isolate(v.mainRoom[words.lang])}` : '',
    v.privateRoom ? `${t('documents.label.privateRoom')}: ${isolate(v.privateRoom)}` : '',
    [t(`documents.booking.${v.bookingStatus}`), v.capacity !== null ? t('documents.checklist.capacity', { count: v.capacity }) : '', isolate(v.bookingContact)]
      .filter((part) => part !== '')
      .join(', '),
  ];
  return lines.filter((line) => line !== '').join('\n');
}

export function headcountText(words: Words, attendance: Attendance): string {
  const { t } = words;
  const members = attendance.comingInPerson.length;
  const children = attendance.childrenPresent.length;
  const helpers = [
    attendance.interpretersOnSite.length > 0 ? t('documents.checklist.headcount.interpreters', { count: attendance.interpretersOnSite.length }) : '',
    attendance.childcareWorker ? t('documents.checklist.headcount.childcare') : '',
  ].filter((part) => part !== '');
  return [
    [t('documents.checklist.headcount', { count: attendance.headcount, members, children, staff: STAFF_IN_ROOM }), ...helpers].join(', '),
    t('documents.checklist.remoteMaybe', { remote: attendance.remote.length, maybe: attendance.maybe.length }),
  ].join('\n');
}

export function dietsText(words: Words, attendance: Attendance): string {
  if (attendance.diets.length === 0) return words.t('documents.checklist.noDiets');
  return attendance.diets.map((group) => `${isolate(group.key)}: ${joinNames(words, group.names)}`).join('\n');
}

export function refreshmentsText(words: Words, meeting: Meeting): string {
  const { t } = words;
  const r = meeting.refreshments;
  const ordered = r.orderedDate
    ? r.orderedHeadcount !== null
      ? t('documents.checklist.refreshments.orderedFor', { date: words.date(r.orderedDate), count: r.orderedHeadcount })
      : t('documents.checklist.refreshments.ordered', { date: words.date(r.orderedDate) })
    : t('documents.checklist.refreshments.notOrdered');
  const supplier = [r.supplier, r.supplierContact].filter((part) => part !== '').map(isolate).join(', ');
  return [r.what, supplier, [ordered, r.cost === null ? '' : formatEuros(r.cost, words.lang)].filter((part) => part !== '').join(', ')].filter((line) => line !== '').join('\n');
}

/** One line per language needed or booked: who needs it, and how its booking stands. */
export function interpretersText(words: Words, meeting: Meeting, attendance: Attendance): string {
  const { t } = words;
  const keys = new Map<string, string>();
  for (const need of attendance.interpreterNeeds) keys.set(interpreterLanguageKey(need.key), need.key);
  for (const line of meeting.interpreters) {
    if (!keys.has(interpreterLanguageKey(line.language))) keys.set(interpreterLanguageKey(line.language), line.language);
  }
  if (keys.size === 0) return t('documents.checklist.noInterpreters');
  return [...keys.entries()]
    .map(([id, key]) => {
      const need = attendance.interpreterNeeds.find((n) => interpreterLanguageKey(n.key) === id);
      const line = meeting.interpreters.find((i) => interpreterLanguageKey(i.language) === id);
      const booking = line
        ? [
            isolate(line.provider),
            line.bookedDate ? t('documents.checklist.interpreter.booked', { date: words.date(line.bookedDate) }) : t('documents.checklist.interpreter.notBooked'),
            line.confirmed ? t('documents.checklist.interpreter.confirmed') : '',
            t(`documents.checklist.interpreter.${line.mode}`),
          ]
        : [t('documents.checklist.interpreter.notBooked')];
      const who = need ? t('documents.checklist.interpreter.needed', { names: joinNames(words, need.names) }) : '';
      return `${interpreterLanguage(words, key)}: ${[who, ...booking].filter((part) => part !== '').join(', ')}`;
    })
    .join('\n');
}

export function materialsText(words: Words, meeting: Meeting): string {
  const items = [...meeting.materials.map((m) => words.t(`documents.material.${m}`)), isolate(meeting.otherMaterials)].filter((m) => m !== '');
  return items.length > 0 ? items.join(', ') : words.t('documents.none');
}

function flagText(words: Words, flag: ArrangementFlag): string {
  const { t } = words;
  switch (flag.code) {
    case 'duration':
      return t('documents.flag.duration', { duration: words.duration(flag.minutes) });
    case 'interpreterMissing':
      return t('documents.flag.interpreterMissing', { language: interpreterLanguage(words, flag.language), names: joinNames(words, flag.names) });
    case 'interpreterNotNeeded':
      return t('documents.flag.interpreterNotNeeded', { language: interpreterLanguage(words, flag.language) });
    case 'refreshmentsHeadcount':
      return t('documents.flag.refreshmentsHeadcount', { ordered: flag.ordered, headcount: flag.headcount });
    case 'venueCapacity':
      return t('documents.flag.venueCapacity', { capacity: flag.capacity, headcount: flag.headcount });
    case 'remoteLinkMissing':
      return t('documents.flag.remoteLinkMissing', { names: joinNames(words, flag.names) });
  }
}

/** What no longer fits in the arrangements, in words. */
export function flagsText(words: Words, meeting: Meeting, attendance: Attendance): string[] {
  return meetingFlags(meeting, attendance).map((flag) => flagText(words, flag));
}
