import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDatabaseKey } from '../../electron/backend/db/database-key';
import { todayInHelsinki } from '../../electron/shared/dates';
import { openSeedingBackend, seedListConference } from './city-database';
async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'prof-'));
  const b = openSeedingBackend(dir, generateDatabaseKey());
  const today = todayInHelsinki(new Date());
  for (let i = 0; i < 30; i++) await seedListConference(b.must, i, today);
  for (const input of [{}]) {
    await b.must('conference.list', input);
    const t = performance.now();
    for (let i = 0; i < 400; i++) await b.must('conference.list', input);
    console.log(JSON.stringify(input), ((performance.now() - t) / 100).toFixed(2), 'ms');
  }
}
void main();
