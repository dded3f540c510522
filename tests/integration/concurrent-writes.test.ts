import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../electron/shared/api/result';
import type { Conference } from '../../electron/shared/conference/conference.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput } from '../fixtures/preparation';
import { callHost } from '../helpers/e2e-api';
import { useTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';

/*
 * Two processes on one data directory (two web hosts, or the app and a web host) must wait
 * for each other's writes instead of failing with "database is locked": every write is a
 * transaction that begins immediately.
 */

const hosts: RunningWebHost[] = [];

afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()));
});

async function post(host: RunningWebHost, method: string, input: unknown): Promise<ApiResult<unknown>> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-neuvonpito-token': host.token },
    body: JSON.stringify(input),
  });
  return (await response.json()) as ApiResult<unknown>;
}

const WRITES_PER_HOST = 100;

describe('two web hosts on one data directory', () => {
  it('acknowledge every one of their concurrent writes, and every acknowledged write is stored', async () => {
    const dataDir = useTempDir();
    // One after the other: the second must not migrate what the first is migrating.
    hosts.push(await startWebHost(dataDir));
    hosts.push(await startWebHost(dataDir));
    const [first, second] = hosts as [RunningWebHost, RunningWebHost];
    const conference = await callHost(first, 'conference.create', makeConferenceInput());

    // Each write reads (the conference is open) before it writes, as most handlers do.
    const writes = [first, second].flatMap((host, h) =>
      Array.from({ length: WRITES_PER_HOST }, (_, i) => {
        const name = `Väinö Äyräpää ${h}-${i}`;
        return i % 4 === 3
          ? post(host, 'conference.create', makeConferenceInput({ reference: `Öhman ${h}-${i}` })).then((r) => ({ r, name: `conference ${h}-${i}` }))
          : post(host, 'network.addMember', makeMemberInput(conference.id, { name })).then((r) => ({ r, name }));
      }),
    );
    const results = await Promise.all(writes);
    const failed = results.filter(({ r }) => !r.ok);
    const rate = Math.round((failed.length / results.length) * 100);
    console.info(`concurrent writes from two processes: ${failed.length}/${results.length} failed (${rate} %)`);
    expect(failed.map(({ r }) => (r.ok ? null : r.error.code))).toEqual([]);

    const prep = (await callHost(second, 'preparation.get', { conferenceId: conference.id })) as Preparation;
    const acknowledgedMembers = results.filter(({ r, name }) => r.ok && !name.startsWith('conference')).map(({ name }) => name);
    // The network: the guardian, made with the conference, and every acknowledged member.
    expect(prep.members.map((member) => member.name).sort()).toEqual(['Maija Äijälä', ...acknowledgedMembers].sort());
    const list = (await callHost(first, 'conference.list', { phase: 'all', limit: 500 }).then((page) => page.items)) as Conference[];
    const acknowledgedConferences = results.filter(({ r, name }) => r.ok && name.startsWith('conference')).length;
    expect(list).toHaveLength(1 + acknowledgedConferences);
  }, 180_000);
});
