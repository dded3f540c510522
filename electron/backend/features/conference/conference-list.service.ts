import type { ConferenceListItem, ConferenceListPage, ListConferencesInput } from '../../../shared/conference/conference.schema';
import { conferenceTiming } from '../../../shared/conference/conference-timing';
import { searchWords } from '../../../shared/conference/list-search';
import { meetingWhenOf } from '../../../shared/conference/meeting-when';
import { compareByNextDue, conferenceMeetingHeld, meetingInPreparation, nextDue } from '../../../shared/conference/next-due';
import { addDays, todayInHelsinki } from '../../../shared/dates';
import type { HandlerContext } from '../../api/handler-context';
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/settings/settings.schema';
import { checklistStatesOf, storedChecklistTemplate } from '../arrangements/checklist.repo';
import {
  anyConference,
  closedListPage,
  conferencesByIds,
  openListRows,
  type ListCriteria,
} from './conference.repo';
import { listNextDueFacts } from './next-due.repo';

/** The instant (ISO, UTC) a Helsinki calendar day begins: midnight there is 22:00 or 21:00 UTC. */
function helsinkiDayStart(date: string): string {
  for (const offset of ['+02:00', '+03:00']) {
    const start = new Date(`${date}T00:00:00${offset}`);
    if (todayInHelsinki(start) === date && todayInHelsinki(new Date(start.getTime() - 1)) !== date) return start.toISOString();
  }
  return new Date(`${date}T00:00:00Z`).toISOString();
}

/** The last checklist template read, by its stored text: parsed again only when it changed. */
let lastTemplate: { stored: string | undefined; template: Settings['checklist'] } | undefined;

/**
 * The checklist template in force, as `currentSettings(db).checklist` reads it (the stored one
 * if it still validates, else the default), without reading and validating the other settings.
 */
function checklistTemplate(db: HandlerContext['db']): Settings['checklist'] {
  const stored = storedChecklistTemplate(db);
  if (!lastTemplate || lastTemplate.stored !== stored) {
    const parsed = stored === undefined ? undefined : settingsSchema.shape.checklist.safeParse(JSON.parse(stored));
    lastTemplate = { stored, template: parsed?.success ? parsed.data : DEFAULT_SETTINGS.checklist };
  }
  return lastTemplate.template;
}

/** Names in Finnish alphabetical order (one collator, not one a comparison). */
const byName = new Intl.Collator('fi').compare;

/**
 * One page of the conference list. The open conferences that match are ordered by what needs
 * the convener first (`compareByNextDue`, as the list always was), which needs their next-due
 * facts: those are read for the matching open ones only, so the cost follows the caseload, not
 * the history. The closed ones that match follow, the most recently closed first, counted and
 * paged in SQL; nothing of theirs but the page's rows is read.
 */
export function listConferencePage(ctx: HandlerContext, input: ListConferencesInput): ConferenceListPage {
  const { offset, limit } = input;
  const criteria: ListCriteria = {
    phase: input.phase,
    meetingType: input.meetingType,
    words: searchWords(input.query),
    closedFrom: input.closedFrom === null ? null : helsinkiDayStart(input.closedFrom),
    closedBefore: input.closedTo === null ? null : helsinkiDayStart(addDays(input.closedTo, 1)),
  };
  const today = todayInHelsinki(ctx.now());
  const open = openListRows(ctx.db, criteria);
  // Only the open ones that match have their facts read: the caseload, never the history.
  const { facts, meetingTimes, guardians } = listNextDueFacts(ctx.db, open);
  // Only a meeting being prepared for has its checklist read, all of them at once.
  const preparing = [...facts.values()].flatMap((own) => meetingInPreparation(own, today)?.id ?? []);
  const checklists = checklistStatesOf(ctx.db, preparing);
  const template = facts.size > 0 ? checklistTemplate(ctx.db) : DEFAULT_SETTINGS.checklist;
  const ordered = open
    .map((row) => {
      const own = facts.get(row.id);
      const next = own ? nextDue({ ...own, checklists }, template, today) : null;
      return {
        id: row.id,
        reference: row.reference,
        row: row.row,
        nextDue: next,
        timing: conferenceTiming(row, today, conferenceMeetingHeld(next)),
      };
    })
    .sort((a, b) => compareByNextDue(a, b) || byName(a.reference, b.reference));
  const openPage = ordered.slice(offset, offset + limit);
  const closed = closedListPage(ctx.db, criteria, Math.max(0, offset - ordered.length), limit - openPage.length);
  const nextOf = new Map(openPage.map((row) => [row.id, row.nextDue]));
  // The open rows and their guardians were read above: only the closed page's are read here.
  const openRows = new Map(openPage.map((row) => [row.id, row.row]));
  const items = conferencesByIds(ctx.db, [...openPage.map((row) => row.id), ...closed.ids], { rows: openRows, guardians }).map((stored): ConferenceListItem => {
    const own = facts.get(stored.id);
    // A closed conference has no facts read: nothing is due for it, and no meeting is coming.
    const { phaseBeforeClose: _omit, ...conference } = stored;
    return {
      ...conference,
      nextDue: nextOf.get(stored.id) ?? null,
      meeting: own ? meetingWhenOf({ meetings: meetingTimes.get(stored.id) ?? [], followUps: own.followUps }) : null,
    };
  });
  const total = ordered.length + closed.total;
  // Something matched: there is a conference, no need to ask.
  return { items, total, offset, limit, anyConference: total > 0 || anyConference(ctx.db) };
}
