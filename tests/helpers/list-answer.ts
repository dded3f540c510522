import type { ConferenceListItem, ConferenceListPage } from '../../electron/shared/conference/conference.schema';
import { searchWords, foldText } from '../../electron/shared/conference/list-search';
import { compareByNextDue } from '../../electron/shared/conference/next-due';
import { listRows } from '../../renderer/src/features/conference/conference-list';

/*
 * What `conference.list` answers in a renderer test, from a fixed set of conferences: filtered,
 * ordered and paged as the backend does (its own tests check that it does), so a screen test
 * can say "the user chose all phases" without faking the server's every answer by hand.
 */

/** The page of `conferences` that `input` asks for, on `today`. */
export function listAnswer(
  conferences: ConferenceListItem[],
  input: Record<string, unknown>,
  today = '2027-03-01',
): { ok: true; value: ConferenceListPage } {
  const phase = (input.phase as string | undefined) ?? 'active';
  const words = searchWords((input.query as string | undefined) ?? '');
  const offset = (input.offset as number | undefined) ?? 0;
  const limit = (input.limit as number | undefined) ?? 50;
  const matching = conferences.filter((c) => {
    if (phase === 'active' && c.closure) return false;
    if (phase !== 'active' && phase !== 'all' && c.phase !== phase) return false;
    if (input.meetingType && c.meetingType !== input.meetingType) return false;
    const haystack = foldText([c.reference, c.socialWorker.name, ...c.children.map((child) => child.firstName)].join(' '));
    return words.every((word) => haystack.includes(word));
  });
  const ordered = listRows(matching, today)
    .sort(
      (a, b) =>
        compareByNextDue({ timing: a.timing, nextDue: a.conference.nextDue }, { timing: b.timing, nextDue: b.conference.nextDue }) ||
        a.conference.reference.localeCompare(b.conference.reference, 'fi'),
    )
    .map((row) => row.conference);
  return {
    ok: true,
    value: { items: ordered.slice(offset, offset + limit), total: ordered.length, offset, limit, anyConference: conferences.length > 0 },
  };
}
