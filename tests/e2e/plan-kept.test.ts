/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import { planFieldsSchema } from '../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { memberNamed } from '../fixtures/preparation';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { callHost } from '../helpers/e2e-api';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * A plan accepted at the conference, then the summary edited (its question deleted and
 * typed again, its bottom line retyped) and the grandmother renamed in the network: the
 * Plan tab still reads the plan as it was decided. Set up through the web host's API.
 * Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-kept-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;
let conferenceId: string;

const QUESTION = 'Miten Aino pääsee kouluun ajoissa?';
const MUST = 'Aikuinen on kotona iltaisin.';

const api = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> => callHost(host, method, input);

/** The summary saved again, complete, with `changes`. */
function summaryUpdate(prep: Preparation, changes: Partial<MethodInput<'summary.update'>>): MethodInput<'summary.update'> {
  const { version, updatedAt: _u, ...summary } = prep.summary;
  return { conferenceId: prep.conference.id, version, ...summary, ...changes };
}

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  const conference = await api('conference.create', {
    reference: 'Äijälä 9/2027',
    children: [{ firstName: 'Aino', birthYear: 2014 }],
    guardians: [{ name: 'Maija Äijälä' }],
    socialWorker: { name: 'Leena Korhonen', unit: 'Lastensuojelu', phone: '040 123 4567', email: 'leena.korhonen@example.fi' },
    commissionDate: '2027-01-10',
    meetingType: 'laheisneuvonpito',
    notes: '',
  });
  conferenceId = conference.id;
  const withMember = await api('network.addMember', {
    conferenceId,
    name: 'Aune Äijälä',
    relation: 'mummo',
    sector: 'relatives',
    closeness: 'close',
  });
  const withSummary = await api('summary.update', summaryUpdate(withMember, { openQuestions: [{ text: QUESTION }], mustInclude: [{ text: MUST }] }));
  const plan = (await api('plan.create', { meetingId: withSummary.meetings[0]!.id })).plans[0]!;
  await api('plan.update', {
    id: plan.id,
    version: plan.version,
    ...planFieldsSchema.parse({
      items: [
        {
          questionId: withSummary.summary.openQuestions[0]!.id,
          what: 'Mummo herättää Ainon arkiaamuisin.',
          owner: { kind: 'member', memberId: memberNamed(withMember, 'Aune Äijälä').id },
          bottomLineIds: [withSummary.summary.mustInclude[0]!.id],
        },
      ],
      decision: { outcome: 'accepted', reasons: '', date: '2027-02-24' },
    }),
  });
  // Later: the question deleted and typed again, the bottom line retyped, the grandmother renamed.
  const decided = await api('preparation.get', { conferenceId });
  await api(
    'summary.update',
    summaryUpdate(decided, {
      openQuestions: [{ text: 'Miten Aino pääsee kouluun?' }],
      mustInclude: [{ id: decided.summary.mustInclude[0]!.id, text: 'Aikuinen on kotona.' }],
    }),
  );
  const { conferenceId: _c, createdAt: _a, updatedAt: _u, ...grandma } = memberNamed(decided, 'Aune Äijälä');
  await api('network.updateMember', { ...grandma, name: 'Aune Mäkinen' } as MethodInput<'network.updateMember'>);

  browser = await launchBrowser();
  page = await openPage(browser);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

describe('a decided plan after the summary and the network changed', () => {
  it('reads on the Plan tab as it was decided', async () => {
    await page.goto(`${host.url}#/conferences/${conferenceId}/plan`);
    const question = page.getByRole('region', { name: QUESTION });
    await expect.poll(() => question.isVisible(), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => question.getByText('Mummo herättää Ainon arkiaamuisin.').isVisible()).toBe(true);
    expect(await question.getByText('Aune Äijälä (mummo)').isVisible()).toBe(true);
    expect(await question.getByText(MUST).isVisible()).toBe(true);
    expect(await page.getByText('Miten Aino pääsee kouluun?').count()).toBe(0);
    expect(await page.getByText(/Aune Mäkinen/).count()).toBe(0);
    expect(await page.getByText(/Yhteenvetoa on muutettu tämän version päätöksen jälkeen/).isVisible()).toBe(true);
    await screenshot(page, 'plan-kept-decided');
  }, 60_000);
});
