import type { FieldIssue } from '../api/result';
import type { Phase } from '../conference/conference-lists';
import type { MessageKey } from '../i18n';
import { personKey } from './plan-person';
import type { Decision, Plan, PlanFields, PlanOwner } from './plan.schema';

/*
 * The rules of the family's plan, pure so the backend and the plan screen agree: what a
 * plan may refer to, when it is fixed (decided on), and what the decision does to the
 * conference's phase.
 */

/** True for a decision that accepts the plan, with or without changes. */
export function isAcceptance(decision: { outcome: Decision } | null): boolean {
  return decision !== null && decision.outcome !== 'not_accepted';
}

/**
 * A plan the social worker has accepted is fixed: only its distribution log may still be
 * filled in; any other change makes a new version (`plan.revise`).
 */
export function isPlanLocked(plan: Pick<Plan, 'decision'>): boolean {
  return isAcceptance(plan.decision);
}

/** What a plan may refer to: the conference's members and children, and its summary's lists. */
export interface PlanReferences {
  memberIds: Iterable<string>;
  /** The children, who may own a task. */
  childIds: Iterable<string>;
  /** The open and general questions. */
  questionIds: Iterable<string>;
  mustIncludeIds: Iterable<string>;
  notAcceptableIds: Iterable<string>;
}

/** The fields of `fields` that refer to someone or something the conference does not have. */
export function planReferenceIssues(fields: PlanFields, references: PlanReferences): FieldIssue[] {
  const members = new Set(references.memberIds);
  const children = new Set(references.childIds);
  const questions = new Set(references.questionIds);
  const mustInclude = new Set(references.mustIncludeIds);
  const notAcceptable = new Set(references.notAcceptableIds);
  const issues: FieldIssue[] = [];
  const add = (path: FieldIssue['path'], message: MessageKey) => issues.push({ path, message });
  const known = (person: PlanOwner | null) =>
    person?.kind === 'member' ? members.has(person.memberId) : person?.kind !== 'child' || children.has(person.childId);

  fields.items.forEach((item, i) => {
    if (item.questionId !== null && !questions.has(item.questionId)) {
      add(['items', i, 'questionId'], 'validation.notInSummary');
    }
    if (!known(item.owner)) add(['items', i, 'owner'], 'validation.planOwner');
    if (!known(item.checker)) add(['items', i, 'checker'], 'validation.notInNetwork');
    if (item.bottomLineIds.some((id) => !mustInclude.has(id))) add(['items', i, 'bottomLineIds'], 'validation.notInSummary');
  });
  fields.services.forEach((service, i) => {
    if (!known(service.worker)) add(['services', i, 'worker'], 'validation.notInNetwork');
  });
  fields.recipients.forEach((recipient, i) => {
    if (!known(recipient.recipient)) add(['recipients', i, 'recipient'], 'validation.notInNetwork');
  });
  fields.followUpInvitees.forEach((invitee, i) => {
    if (!known(invitee)) add(['followUpInvitees', i], 'validation.notInNetwork');
  });
  fields.dissents.forEach((dissent, i) => {
    if (!known(dissent.person)) add(['dissents', i, 'person'], 'validation.notInNetwork');
  });
  if (fields.checkedNotAcceptableIds.some((id) => !notAcceptable.has(id))) {
    add(['checkedNotAcceptableIds'], 'validation.notInSummary');
  }
  return issues;
}

const keyOrNull = (person: PlanOwner | null): string | null => (person === null ? null : personKey(person));

const idSet = (ids: readonly string[]) => [...new Set(ids)].sort();

/** The plan's content but for its distribution log, comparable whatever the ids and key order. */
function contentKey(fields: PlanFields): string {
  return JSON.stringify([
    fields.items.map((item) => [
      item.questionId,
      item.what,
      keyOrNull(item.owner),
      item.fromDate,
      item.byDate,
      item.followUp,
      keyOrNull(item.checker),
      idSet(item.bottomLineIds),
    ]),
    fields.services.map((service) => [keyOrNull(service.worker), service.what]),
    fields.problems,
    fields.monitoring,
    fields.followUpDate,
    fields.followUpInvitees.map(keyOrNull),
    fields.dissents.map((dissent) => [keyOrNull(dissent.person), dissent.text]),
    idSet(fields.checkedNotAcceptableIds),
    fields.decision && [fields.decision.outcome, fields.decision.reasons, fields.decision.date],
  ]);
}

/** True when `fields` change anything of `plan` but who received it and when. */
export function changesBesidesRecipients(plan: PlanFields, fields: PlanFields): boolean {
  return contentKey(plan) !== contentKey(fields);
}

/** The parts of a plan a network member can have. */
export type PlanRole = 'owner' | 'checker' | 'service' | 'recipient' | 'invitee' | 'dissent';

/** Every role `memberId` has in any of `plans`, each once: a member with one cannot be removed. */
export function memberPlanRoles(plans: readonly Plan[], memberId: string): PlanRole[] {
  const is = (person: PlanOwner | null) => person?.kind === 'member' && person.memberId === memberId;
  const roles = new Set<PlanRole>();
  for (const plan of plans) {
    for (const item of plan.items) {
      if (is(item.owner)) roles.add('owner');
      if (is(item.checker)) roles.add('checker');
    }
    if (plan.services.some((service) => is(service.worker))) roles.add('service');
    if (plan.recipients.some((recipient) => is(recipient.recipient))) roles.add('recipient');
    if (plan.followUpInvitees.some(is)) roles.add('invitee');
    if (plan.dissents.some((dissent) => is(dissent.person))) roles.add('dissent');
  }
  return [...roles];
}

/** True when `childId` does a task in any of `plans`: such a child cannot be removed from the conference. */
export function childOwnsPlanTask(plans: readonly Plan[], childId: string): boolean {
  return plans.some((plan) => plan.items.some((item) => item.owner.kind === 'child' && item.owner.childId === childId));
}

/**
 * The phase a conference moves to when its plan is accepted, or null to stay: the plan is
 * in force and the follow-up is what comes next.
 */
export function phaseAfterAcceptance(phase: Phase): Phase | null {
  return phase === 'toimeksianto' || phase === 'valmistelu' || phase === 'neuvonpito' ? 'seuranta' : null;
}
