import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver, UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import type { CheckedPlan } from '../../../../electron/shared/plan/plan-checks';
import {
  decisionSchema,
  planFieldsSchema,
  type Decision,
  type DistributionChannel,
  type Plan,
  type PlanFields,
  type PlanOwner,
  type PlanPerson,
} from '../../../../electron/shared/plan/plan.schema';

/*
 * The plan as the form holds it: dates as '' when empty, a person as null until one is
 * picked (the schema refuses it on save, in words), and the decision as an outcome of ''
 * while there is none yet.
 */

export interface ItemValues {
  id?: string;
  questionId: string | null;
  what: string;
  owner: PlanOwner | null;
  fromDate: string;
  byDate: string;
  followUp: string;
  checker: PlanPerson | null;
  bottomLineIds: string[];
}

export interface ServiceValues {
  id?: string;
  worker: PlanPerson | null;
  what: string;
}

export interface RecipientValues {
  id?: string;
  recipient: PlanPerson | null;
  sentDate: string;
  channel: DistributionChannel;
}

export interface DissentValues {
  id?: string;
  person: PlanPerson | null;
  text: string;
}

export interface DecisionValues {
  outcome: Decision | '';
  reasons: string;
  date: string;
}

export interface PlanFormValues {
  items: ItemValues[];
  services: ServiceValues[];
  problems: string;
  monitoring: string;
  recipients: RecipientValues[];
  followUpDate: string;
  followUpInvitees: PlanPerson[];
  dissents: DissentValues[];
  checkedNotAcceptableIds: string[];
  decision: DecisionValues;
}

export type PlanFormApi = UseFormReturn<PlanFormValues, unknown, PlanFields>;

const NO_DECISION: DecisionValues = { outcome: '', reasons: '', date: '' };

/** The plan's schema, reading "no outcome picked" as no decision. */
const planFormSchema = planFieldsSchema.extend({
  decision: z.preprocess(
    (value) => (typeof value === 'object' && value !== null && 'outcome' in value && value.outcome === '' ? null : value),
    decisionSchema.nullable(),
  ),
});

/**
 * The resolver for the plan form. The cast is the one place the form's looser shape (a
 * person may be null while typing) meets the schema's input type; the schema checks it.
 */
export const planResolver = zodResolver(planFormSchema) as unknown as Resolver<PlanFormValues, unknown, PlanFields>;

/**
 * The form's values for a stored plan. An item whose question has since been removed from
 * the summary is shown, and saved, among the other agreements.
 */
export function toPlanFormValues(plan: Plan, questionIds: ReadonlySet<string>): PlanFormValues {
  return {
    items: plan.items.map((item) => ({
      id: item.id,
      questionId: item.questionId !== null && questionIds.has(item.questionId) ? item.questionId : null,
      what: item.what,
      owner: item.owner,
      fromDate: item.fromDate ?? '',
      byDate: item.byDate ?? '',
      followUp: item.followUp,
      checker: item.checker,
      bottomLineIds: [...item.bottomLineIds],
    })),
    services: plan.services.map((service) => ({ ...service })),
    problems: plan.problems,
    monitoring: plan.monitoring,
    recipients: plan.recipients.map((line) => ({ ...line, sentDate: line.sentDate ?? '' })),
    followUpDate: plan.followUpDate ?? '',
    followUpInvitees: [...plan.followUpInvitees],
    dissents: plan.dissents.map((dissent) => ({ ...dissent })),
    checkedNotAcceptableIds: [...plan.checkedNotAcceptableIds],
    decision: plan.decision ? { ...plan.decision } : { ...NO_DECISION },
  };
}

/** A new, empty item under `questionId`. */
export function emptyItem(questionId: string | null): ItemValues {
  return { questionId, what: '', owner: null, fromDate: '', byDate: '', followUp: '', checker: null, bottomLineIds: [] };
}

/** The parts of the form's values the checks read, with empty dates as null. */
export function checkedPlanOf(values: Partial<PlanFormValues>): CheckedPlan {
  return {
    items: (values.items ?? []).map((item) => ({
      owner: item?.owner ?? null,
      fromDate: item?.fromDate || null,
      byDate: item?.byDate || null,
      bottomLineIds: item?.bottomLineIds ?? [],
    })),
    followUpDate: values.followUpDate || null,
    checkedNotAcceptableIds: values.checkedNotAcceptableIds ?? [],
  };
}

/**
 * Marking the client's copies posted on `today`: the indexes of the lines of `memberIds`
 * already listed (the caller sets them to post and today), and the lines to add, by post
 * today, for those not listed yet.
 */
export function postedCopies(
  recipients: readonly RecipientValues[],
  memberIds: readonly string[],
  today: string,
): { update: number[]; add: RecipientValues[] } {
  const listedAt = new Map<string, number>();
  recipients.forEach((line, index) => {
    if (line.recipient?.kind === 'member' && !listedAt.has(line.recipient.memberId)) listedAt.set(line.recipient.memberId, index);
  });
  const update: number[] = [];
  const add: RecipientValues[] = [];
  for (const memberId of new Set(memberIds)) {
    const index = listedAt.get(memberId);
    if (index === undefined) add.push({ recipient: { kind: 'member', memberId }, sentDate: today, channel: 'post' });
    else update.push(index);
  }
  return { update, add };
}
