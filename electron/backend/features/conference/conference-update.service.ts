import type { FieldIssue } from '../../../shared/api/result';
import type { UpdateConferenceInput } from '../../../shared/conference/conference.schema';
import type { Phase } from '../../../shared/conference/conference-lists';
import {
  childRecords,
  guardianRecords,
  type ChildRecord,
  type PersonRecordFacts,
} from '../../../shared/conference/person-records';
import { recordedWork, workContradictedByMove, type RecordedWork } from '../../../shared/conference/recorded-phase';
import type { MessageKey } from '../../../shared/i18n';
import { childOwnsPlanTask } from '../../../shared/plan/plan-rules';
import type { Preparation } from '../../../shared/preparation/preparation.schema';
import { conflict } from '../../errors';
import { invalidFields } from '../preparation/preparation.service';

/*
 * The checks `conference.update` makes before it writes anything (the rule is documented
 * on `updateConferenceInput`): children and guardians are matched by id, never deleted
 * and recreated, and one left out must be named as removed; a phase before the recorded
 * work must be confirmed.
 */

interface PersonList {
  /** The input's field, e.g. `children`, and the field naming the removed ones. */
  path: 'children' | 'guardians';
  removedPath: 'removedChildIds' | 'removedGuardianIds';
  unknown: MessageKey;
  stored: readonly { id: string; name: string }[];
  given: readonly { id?: string }[];
  removedIds: readonly string[];
  /** The records of a stored person in words for the refusal, empty when there are none. */
  describe(id: string): string[];
}

/** The field issues of one list, and the stored people it leaves out without naming them. */
function checkList(list: PersonList): { issues: FieldIssue[]; unnamed: { name: string; records: string[] }[] } {
  const issues: FieldIssue[] = [];
  const storedIds = new Set(list.stored.map((person) => person.id));
  const givenIds = new Set<string>();
  list.given.forEach((person, index) => {
    if (person.id === undefined) return;
    if (!storedIds.has(person.id)) issues.push({ path: [list.path, index, 'id'], message: list.unknown });
    else if (givenIds.has(person.id)) issues.push({ path: [list.path, index, 'id'], message: 'validation.listedTwice' });
    givenIds.add(person.id);
  });
  list.removedIds.forEach((id, index) => {
    if (!storedIds.has(id)) issues.push({ path: [list.removedPath, index], message: list.unknown });
    else if (givenIds.has(id)) issues.push({ path: [list.removedPath, index], message: 'validation.invalid' });
  });
  const named = new Set(list.removedIds);
  const unnamed = list.stored
    .filter((person) => !givenIds.has(person.id) && !named.has(person.id))
    .map((person) => ({ name: person.name, records: list.describe(person.id) }));
  return { issues, unnamed };
}

function childRecordText(record: ChildRecord): string {
  const meeting = (m: { kind: string; date: string | null }) =>
    `${m.kind === 'conference' ? 'the conference' : 'the follow-up meeting'}${m.date ? ` of ${m.date}` : ''}`;
  switch (record.kind) {
    case 'commission':
      return 'taking part in the commission agreement';
    case 'participation':
      return `how the child takes part (${record.participation})`;
    case 'supportPerson':
      return `the link to the support person ${record.memberName}`;
    case 'heard':
      return `how the child was heard at ${meeting(record.meeting)}`;
    case 'threeHouses':
      return `the Three Houses record in the child's own words at ${meeting(record.meeting)}`;
  }
}

/**
 * Refuses an update whose children or guardians name ids this conference does not have,
 * or that leaves one out without naming it as removed (the refusal lists their records),
 * or that removes a child who does a task in the plan: like a network member with a task,
 * they stay until the plan is changed, so no task loses its owner unseen.
 */
export function checkPeople(prep: PersonRecordFacts & Pick<Preparation, 'conference' | 'plans'>, input: UpdateConferenceInput): void {
  const children = checkList({
    path: 'children',
    removedPath: 'removedChildIds',
    unknown: 'validation.childUnknown',
    stored: prep.conference.children.map((child) => ({ id: child.id, name: child.firstName })),
    given: input.children,
    removedIds: input.removedChildIds,
    describe: (id) => childRecords(prep, id).map(childRecordText),
  });
  const guardians = checkList({
    path: 'guardians',
    removedPath: 'removedGuardianIds',
    unknown: 'validation.guardianUnknown',
    stored: prep.conference.guardians,
    given: input.guardians,
    removedIds: input.removedGuardianIds,
    describe: (id) => guardianRecords(prep, id).map(() => 'taking part in the commission agreement'),
  });
  const issues = [...children.issues, ...guardians.issues];
  if (issues.length > 0) throw invalidFields(issues);
  const unnamed = [
    ...children.unnamed.map((person) => ({ ...person, field: 'removedChildIds' })),
    ...guardians.unnamed.map((person) => ({ ...person, field: 'removedGuardianIds' })),
  ];
  if (unnamed.length > 0) {
    const who = unnamed
      .map(({ name, records, field }) =>
        `${name} (${records.length > 0 ? `would delete ${records.join(', ')}` : 'no other records'}; name in ${field} to remove)`,
      )
      .join('; ');
    throw conflict(`The update leaves out ${who}. An edit keeps each person's id; a removal must be named.`);
  }
  const owners = prep.conference.children.filter(
    (child) => input.removedChildIds.includes(child.id) && childOwnsPlanTask(prep.plans, child.id),
  );
  if (owners.length > 0) {
    const names = owners.map((child) => child.firstName).join(', ');
    throw conflict(`${names} does a task in the family's plan; change the plan before removing the child.`);
  }
}

function workText(work: RecordedWork): string {
  switch (work.kind) {
    case 'planAccepted':
      return `version ${work.number} of the plan was accepted on ${work.date}`;
    case 'planRecorded':
      return `version ${work.number} of the plan is recorded`;
    case 'meetingStarted':
      return `the conference meeting was started on ${work.date}`;
    case 'meetingHeldBefore':
      return `the conference meeting was held on ${work.date}, before the app`;
    case 'commissionAgreed':
      return `the commission was agreed on ${work.date}`;
  }
}

/** Refuses a move by hand to a phase before the recorded work unless it is confirmed. */
export function checkPhaseMove(prep: Preparation, from: Phase, to: Phase, confirmed: boolean): void {
  const contradicted = workContradictedByMove(from, to, recordedWork(prep));
  if (contradicted.length > 0 && !confirmed) {
    throw conflict(
      `The phase ${to} is before what is recorded: ${contradicted.map(workText).join('; ')}. ` +
        'Send confirmEarlierPhase: true to move it anyway (nothing is deleted).',
    );
  }
}
