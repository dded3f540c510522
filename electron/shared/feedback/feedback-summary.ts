import { RESPONDENT_GROUPS, type FeedbackResponse, type RespondentGroup } from './feedback.schema';

/** What the forms of one group (or all) say in figures. */
export interface FeedbackFigures {
  /** How many forms. */
  forms: number;
  /** The mean of the scores given (1–10); null when no form has one. */
  meanSatisfaction: number | null;
  /** The share (0–1) of "yes" among those who answered "did you feel heard"; null when none did. */
  heardYes: number | null;
  /** The share (0–1) of "yes" among those who answered "will the plan help"; null when none did. */
  planHelpsYes: number | null;
}

function shareOfYes(answers: readonly (string | null)[]): number | null {
  const given = answers.filter((answer) => answer !== null);
  return given.length === 0 ? null : given.filter((answer) => answer === 'yes').length / given.length;
}

/** The figures of `responses`; an unanswered question counts in no mean and no share. */
export function feedbackFigures(responses: readonly FeedbackResponse[]): FeedbackFigures {
  const scores = responses.map((r) => r.satisfaction).filter((score) => score !== null);
  return {
    forms: responses.length,
    meanSatisfaction: scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length,
    heardYes: shareOfYes(responses.map((r) => r.heard)),
    planHelpsYes: shareOfYes(responses.map((r) => r.planHelps)),
  };
}

/** The figures of each group that returned a form, in the groups' order. */
export function feedbackByGroup(responses: readonly FeedbackResponse[]): { group: RespondentGroup; figures: FeedbackFigures }[] {
  return RESPONDENT_GROUPS.map((group) => ({ group, figures: feedbackFigures(responses.filter((r) => r.group === group)) })).filter(
    (entry) => entry.figures.forms > 0,
  );
}
