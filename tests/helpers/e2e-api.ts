import type { MethodInput, MethodOutput } from '../../electron/shared/api/contract';
import type { MethodName } from '../../electron/shared/api/methods';
import type { Meeting, MeetingFieldsInput } from '../../electron/shared/arrangements/meeting.schema';
import { memberFieldsSchema, type MemberFieldsInput } from '../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { SETTINGS_SECTIONS, type Settings } from '../../electron/shared/settings/settings.schema';
import { memberUpdate } from '../fixtures/record-updates';
import { toMeetingFormValues } from '../../renderer/src/features/arrangements/meeting-form-values';
import type { RunningWebHost } from './web-host-process';

/**
 * Calls the web host's API directly, as the renderer does: e2e suites set up a case fast
 * this way and click through only what they test. Throws on a refusal.
 */
export async function callHost<M extends MethodName>(host: RunningWebHost, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-neuvonpito-token': host.token },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: MethodOutput<M> } | { ok: false; error: unknown };
  if (!result.ok) throw new Error(`${method} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/** Saves the given settings sections, each on the version the host has now. */
export async function saveSettings(host: RunningWebHost, values: Partial<Settings>): Promise<void> {
  for (const section of SETTINGS_SECTIONS) {
    const value = values[section];
    if (value === undefined) continue;
    const { versions } = await callHost(host, 'settings.get', {});
    await callHost(host, 'settings.update', { section, version: versions[section], value } as MethodInput<'settings.update'>);
  }
}

type MeetingChanges = Omit<Partial<MeetingFieldsInput>, 'venue' | 'invitation'> & {
  venue?: Partial<MeetingFieldsInput['venue']>;
  invitation?: Partial<MeetingFieldsInput['invitation']>;
};

/** meeting.update with `changes` over the meeting as it is (the API takes the complete record). */
export function updateMeeting(host: RunningWebHost, meeting: Meeting, changes: MeetingChanges): Promise<MethodOutput<'meeting.update'>> {
  const now = toMeetingFormValues(meeting);
  return callHost(host, 'meeting.update', {
    ...now,
    ...changes,
    venue: { ...now.venue, ...changes.venue },
    invitation: { ...now.invitation, ...changes.invitation },
    id: meeting.id,
    version: meeting.version,
  } as MethodInput<'meeting.update'>);
}

/**
 * Puts `people` into the conference's network, in order: someone already there by that name
 * (a guardian, made with the conference) gets these details, anyone else is added.
 */
export async function putPeople(host: RunningWebHost, conferenceId: string, people: readonly MemberFieldsInput[]): Promise<Preparation> {
  let prep = await callHost(host, 'preparation.get', { conferenceId });
  for (const person of people) {
    const known = prep.members.find((m) => m.name === person.name);
    prep = known
      ? await callHost(host, 'network.updateMember', memberUpdate(known, memberFieldsSchema.parse(person)))
      : await callHost(host, 'network.addMember', { conferenceId, ...person });
  }
  return prep;
}
