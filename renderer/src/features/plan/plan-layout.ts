import type { MeetingType } from '../../../../electron/shared/conference/conference-lists';
import type { PlanKept } from '../../../../electron/shared/plan/plan.schema';
import { UI_LANGUAGES } from '../../../../electron/shared/i18n/locales';
import { meetingTypeOf } from '../../../../electron/shared/conference/meeting-types';
import type { Summary } from '../../../../electron/shared/preparation/summary.schema';
import { defaultGeneralQuestions } from '../summary/summary-form-values';

/*
 * The plan follows the order the family presents it in: the open questions, then the
 * general ones, then other agreements. Four of the default general questions have their own
 * fields in the plan (services, monitoring, problems, the follow-up meeting); those fields
 * sit under their question, so the convener types each answer where the family gives it.
 */

/** A part of the plan with its own fields, answering one of the default general questions. */
export type PlanPart = 'services' | 'monitoring' | 'problems' | 'recipients' | 'followUp';

/** The default general questions, in order, and the part of the plan each one is answered in. */
const PART_OF_DEFAULT: readonly PlanPart[] = ['services', 'monitoring', 'problems', 'recipients', 'followUp'];

export interface QuestionBlock {
  /** The question's id; null for the other agreements (or the agreed things of a plan without questions). */
  id: string | null;
  kind: 'open' | 'general' | 'other' | 'agreed';
  /** 1-based within its kind. */
  number: number;
  text: string;
  /** The part of the plan whose fields answer this question, if any. */
  part: PlanPart | null;
}

export interface PlanLayout {
  blocks: QuestionBlock[];
  /** The parts whose question is not among the general questions: shown on their own. */
  standalone: PlanPart[];
  /** Every question id of the summary. */
  questionIds: ReadonlySet<string>;
  /** Whether the plan is checked against the social worker's bottom lines (set in the summary). */
  bottomLines: boolean;
}

const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase();

// A general question matches its default in any language: the conference's language may have changed since.
const DEFAULT_PART = new Map<string, PlanPart>(
  UI_LANGUAGES.flatMap((language) =>
    defaultGeneralQuestions(language).map((text, index): [string, PlanPart] => [normalise(text), PART_OF_DEFAULT[index]!]),
  ),
);

/** The blocks of the plan for `summary`'s questions, and which parts have no question of their own. */
export function planLayout(summary: Pick<Summary, 'openQuestions' | 'generalQuestions'>): PlanLayout {
  const used = new Set<PlanPart>();
  const general = summary.generalQuestions.map((question, index): QuestionBlock => {
    const candidate = DEFAULT_PART.get(normalise(question.text)) ?? null;
    const part = candidate && !used.has(candidate) ? candidate : null;
    if (part) used.add(part);
    return { id: question.id, kind: 'general', number: index + 1, text: question.text, part };
  });
  const blocks: QuestionBlock[] = [
    ...summary.openQuestions.map(
      (question, index): QuestionBlock => ({ id: question.id, kind: 'open', number: index + 1, text: question.text, part: null }),
    ),
    ...general,
    { id: null, kind: 'other', number: 1, text: '', part: null },
  ];
  return {
    blocks,
    standalone: PART_OF_DEFAULT.filter((part) => part !== 'recipients' && !used.has(part)),
    questionIds: new Set([...summary.openQuestions, ...summary.generalQuestions].map((question) => question.id)),
    bottomLines: true,
  };
}

/**
 * The plan of a kind of meeting without a summary (the network-mapping meeting): no
 * questions and no bottom lines, only the agreed things, each with who is responsible, and
 * the follow-up date should one be agreed.
 */
export const AGREED_THINGS_LAYOUT: PlanLayout = {
  blocks: [{ id: null, kind: 'agreed', number: 1, text: '', part: null }],
  standalone: ['followUp'],
  questionIds: new Set(),
  bottomLines: false,
};

/**
 * The blocks a plan version is read in: a decided version's own kept questions (the summary
 * may have changed since it was decided), otherwise the summary's.
 */
export function planLayoutFor(
  summary: Pick<Summary, 'openQuestions' | 'generalQuestions'>,
  plan: { kept?: PlanKept | null } | undefined,
  meetingType: MeetingType,
): PlanLayout {
  // A kind whose page has no summary has no questions for its plan to answer.
  if (!meetingTypeOf({ meetingType }).tabs.includes('summary')) return AGREED_THINGS_LAYOUT;
  return planLayout(plan?.kept?.summary ?? summary);
}
