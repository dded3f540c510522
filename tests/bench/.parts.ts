import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { todayInHelsinki } from '../../electron/shared/dates';
import { currentSettings } from '../../electron/backend/features/settings/settings.handlers';
import { openListRows, conferencesByIds } from '../../electron/backend/features/conference/conference.repo';
import { listNextDueFacts } from '../../electron/backend/features/conference/next-due.repo';
import { checklistStatesOf } from '../../electron/backend/features/arrangements/checklist.repo';
import { meetingInPreparation, nextDue } from '../../electron/shared/conference/next-due';
import { listOpenMeetingTimes } from '../../electron/backend/features/conference/meeting-when.repo';
import { openSeedingBackend, seedListConference } from './city-database';
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'prof-'));
  const b = openSeedingBackend(dir, generateDatabaseKey());
  const today = todayInHelsinki(new Date());
  for (let i = 0; i < 30; i++) await seedListConference(b.must, i, today);
  const crit = { phase: 'active' as const, meetingType: null, words: [], closedFrom: null, closedBefore: null };
  const ids = openListRows(b.db, crit).map((r) => r.id);
  const t = (name: string, f: () => unknown) => { f(); const s = performance.now(); for (let i = 0; i < 200; i++) f(); console.log(name, ((performance.now() - s) / 200).toFixed(3)); };
  for (let round = 0; round < 2; round++) {
  t('settings', () => currentSettings(b.db));
  t('openListRows', () => openListRows(b.db, crit));
  t('facts', () => listNextDueFacts(b.db, ids));
  t('byIds', () => conferencesByIds(b.db, ids));
  const facts = listNextDueFacts(b.db, ids);
  const preparing = [...facts.values()].flatMap((own) => meetingInPreparation(own, today)?.id ?? []);
  t('checklists', () => checklistStatesOf(b.db, preparing));
  const checklists = checklistStatesOf(b.db, preparing);
  const template = currentSettings(b.db).checklist;
  t('nextDue', () => [...facts.values()].map((own) => nextDue({ ...own, checklists }, template, today)));
  t('times', () => listOpenMeetingTimes(b.db, ids));
  t('pragma', () => { b.db.pragma('query_only = ON'); b.db.pragma('query_only = OFF'); });
  t('list', () => b.dispatch('conference.list', {}));
  }
}
void main();
