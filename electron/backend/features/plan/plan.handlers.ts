import {
  changesBesidesRecipients,
  isAcceptance,
  isPlanLocked,
  phaseAfterAcceptance,
  planReferenceIssues,
} from '../../../shared/plan/plan-rules';
import { phaseWhenMeetingStarts } from '../../../shared/meeting-day/meeting-day-rules';
import { planFieldsSchema, type Plan, type PlanFields } from '../../../shared/plan/plan.schema';
import type { Handlers } from '../../api/handler-types';
import type { HandlerContext } from '../../api/handler-context';
import { conflict, notFound } from '../../errors';
import { findMeetingConferenceId } from '../arrangements/meeting.repo';
import { movePhase, type StoredConference } from '../conference/conference.repo';
import { listMembers } from '../network/network.repo';
import {
  editableConference,
  invalidFields,
  readPreparation,
  requireVersion,
  stale,
} from '../preparation/preparation.service';
import type { Summary } from '../../../shared/preparation/summary.schema';
import { findSummary } from '../summary/summary.repo';
import { keepDecidedPlan } from './plan-kept.repo';
import { findPlan, insertPlan, listPlans, updatePlan, updatePlanRecipients } from './plan.repo';

/** The plan version about to be changed, with its conference (which must be open). */
function editablePlan(ctx: HandlerContext, id: string): { plan: Plan; conference: StoredConference } {
  const plan = findPlan(ctx.db, id);
  if (!plan) throw notFound('Plan');
  return { plan, conference: editableConference(ctx.db, plan.conferenceId) };
}

/**
 * Refuses a plan that names people, questions or bottom lines the conference does not have;
 * a decided version's questions and bottom lines are those it kept.
 */
function checkReferences(ctx: HandlerContext, plan: Plan, conference: StoredConference, fields: PlanFields): void {
  const summary = plan.kept?.summary ?? findSummary(ctx.db, plan.conferenceId);
  const ids = (items: { id: string }[] = []) => items.map((item) => item.id);
  const issues = planReferenceIssues(fields, {
    memberIds: ids(listMembers(ctx.db, plan.conferenceId)),
    childIds: ids(conference.children),
    questionIds: [...ids(summary?.openQuestions), ...ids(summary?.generalQuestions)],
    mustIncludeIds: ids(summary?.mustInclude),
    notAcceptableIds: ids(summary?.notAcceptable),
  });
  if (issues.length > 0) throw invalidFields(issues);
}

/**
 * A revision starts from the content of the plan; what belongs to one version starts empty.
 * It answers the summary as it is now: an answer to a question removed since goes to the
 * other agreements, and a bottom line removed since is no longer linked.
 */
function revisionOf(plan: Plan, summary: Summary | undefined): PlanFields {
  const strip = <T extends { id: string }>({ id: _id, ...rest }: T) => rest;
  const questions = new Set([...(summary?.openQuestions ?? []), ...(summary?.generalQuestions ?? [])].map((q) => q.id));
  const mustInclude = new Set((summary?.mustInclude ?? []).map((line) => line.id));
  return planFieldsSchema.parse({
    items: plan.items.map((item) => ({
      ...strip(item),
      questionId: item.questionId !== null && questions.has(item.questionId) ? item.questionId : null,
      bottomLineIds: item.bottomLineIds.filter((id) => mustInclude.has(id)),
    })),
    services: plan.services.map(strip),
    problems: plan.problems,
    monitoring: plan.monitoring,
  });
}

export const planHandlers: Pick<Handlers, 'plan.create' | 'plan.update' | 'plan.revise'> = {
  'plan.create'(ctx, { meetingId }) {
    const conferenceId = findMeetingConferenceId(ctx.db, meetingId);
    if (!conferenceId) throw notFound('Meeting');
    const conference = editableConference(ctx.db, conferenceId);
    if (listPlans(ctx.db, conferenceId).length > 0) {
      throw conflict('The conference already has a plan; revise the latest version instead.');
    }
    const now = ctx.now().toISOString();
    const fields = planFieldsSchema.parse({});
    insertPlan(ctx.db, { id: ctx.newId(), conferenceId, meetingId, number: 1, now, fields }, ctx.newId);
    // The plan is made at the meeting: one recorded without the meeting view's clocks
    // still means the conference is being held.
    const phase = phaseWhenMeetingStarts(conference.phase);
    if (phase) movePhase(ctx.db, { id: conferenceId, phase, now });
    return readPreparation(ctx.db, conferenceId);
  },

  'plan.update'(ctx, { id, version, ...fields }) {
    const { plan, conference } = editablePlan(ctx, id);
    requireVersion('plan', plan.version, version);
    checkReferences(ctx, plan, conference, fields);
    const now = ctx.now().toISOString();
    if (isPlanLocked(plan)) {
      // Once accepted, the plan is what was agreed; only its distribution log is still filled in.
      if (changesBesidesRecipients(plan, fields)) {
        throw conflict('The plan has been accepted; make a new version to change it.');
      }
      const { recipients } = fields;
      if (!updatePlanRecipients(ctx.db, { id, version, now, recipients }, ctx.newId)) throw stale('plan');
    } else if (!updatePlan(ctx.db, { id, version, now, fields }, ctx.newId)) {
      throw stale('plan');
    }
    if (isAcceptance(fields.decision) && !isAcceptance(plan.decision)) {
      // Decided: from now on the version reads what it answered and named as it is now.
      keepDecidedPlan(ctx.db, id, now);
      const phase = phaseAfterAcceptance(conference.phase);
      if (phase) movePhase(ctx.db, { id: conference.id, phase, now });
    }
    return readPreparation(ctx.db, conference.id);
  },

  'plan.revise'(ctx, { id, version, meetingId }) {
    const { plan, conference } = editablePlan(ctx, id);
    requireVersion('plan', plan.version, version);
    const latest = listPlans(ctx.db, conference.id).at(-1);
    if (latest?.id !== plan.id) throw conflict('Only the latest version of the plan can be revised.');
    // A meeting of another conference is no meeting of this one.
    if (findMeetingConferenceId(ctx.db, meetingId) !== conference.id) throw notFound('Meeting');
    // An undecided or refused version is still the family's to change; a new version is for an accepted one.
    if (!isPlanLocked(plan)) throw conflict('Only an accepted plan is revised; change this version instead.');
    insertPlan(
      ctx.db,
      {
        id: ctx.newId(),
        conferenceId: conference.id,
        meetingId,
        number: plan.number + 1,
        now: ctx.now().toISOString(),
        fields: revisionOf(plan, findSummary(ctx.db, conference.id)),
      },
      ctx.newId,
    );
    return readPreparation(ctx.db, conference.id);
  },
};
