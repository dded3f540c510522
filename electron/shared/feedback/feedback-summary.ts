import type { Figure } from '../statistics/statistics.schema';
import { RESPONDENT_GROUPS, type FeedbackResponse, type RespondentGroup } from './feedback.schema';

type Answers = Pick<FeedbackResponse, 'satisfaction' | 'heard' | 'planHelps'>;

const yesOf = (answers: readonly (string | null)[]): Figure => {
  const given = answers.filter((answer) => answer !== null);
  return { unit: 'share', value: given.filter((answer) => answer === 'yes').length, of: given.length };
};

/**
 * What forms say in figures, as the Palaute tab and the statistics show them: how many forms,
 * the mean score, and the shares of "yes" to "did you feel heard" and "will the plan help"
 * among those who answered (an unanswered question counts in no mean and no share).
 */
export function feedbackFigures(responses: readonly Answers[]): Figure[] {
  const scores = responses.flatMap((r) => (r.satisfaction === null ? [] : [r.satisfaction]));
  return [
    { unit: 'count', value: responses.length },
    { unit: 'mean', value: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length, n: scores.length },
    yesOf(responses.map((r) => r.heard)),
    yesOf(responses.map((r) => r.planHelps)),
  ];
}

/** The figures of each group that returned a form, in the groups' order. */
export function feedbackByGroup<R extends Answers & { group: RespondentGroup }>(responses: readonly R[]): { group: RespondentGroup; figures: Figure[] }[] {
  return RESPONDENT_GROUPS.flatMap((group) => {
    const own = responses.filter((r) => r.group === group);
    return own.length === 0 ? [] : [{ group, figures: feedbackFigures(own) }];
  });
}
