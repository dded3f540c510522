import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { entityId, optionalDate, optionalText, textList, version } from '../validation';

/** How many general questions every plan answers (DOMAIN.md); prefilled, then the convener's to edit. */
export const GENERAL_QUESTION_COUNT = 5;

/** The social worker's summary (yhteenveto), questions and bottom lines, with their dates. */
export const summaryFieldsSchema = z
  .object({
    text: optionalText(20000).default(''),
    openQuestions: textList(30),
    generalQuestions: textList(10),
    /** Bottom lines (reunaehdot): what the plan must include, and what is not acceptable. */
    mustInclude: textList(20),
    notAcceptable: textList(20),
    requestedDate: optionalDate,
    receivedDate: optionalDate,
    parentsDate: optionalDate,
    childrenDate: optionalDate,
    supportPersonDate: optionalDate,
    /** What the family agreed may be shared with the network. */
    sharedWithNetwork: optionalText(2000).default(''),
  })
  .superRefine((s, ctx) => {
    if (s.requestedDate && s.receivedDate && s.receivedDate < s.requestedDate) {
      ctx.addIssue({ code: 'custom', path: ['receivedDate'], message: 'validation.receivedBeforeRequested' });
    }
    for (const key of ['parentsDate', 'childrenDate', 'supportPersonDate'] as const) {
      const date = s[key];
      if (date && s.receivedDate && date < s.receivedDate) {
        ctx.addIssue({ code: 'custom', path: [key], message: 'validation.beforeReceived' });
      }
    }
  });

/** The complete summary: a list left out is refused, never emptied. */
export const updateSummaryInput = z.intersection(
  z.object({ conferenceId: entityId, version }),
  completeRecord(summaryFieldsSchema),
);

export type SummaryFields = z.output<typeof summaryFieldsSchema>;
export type SummaryFieldsInput = z.input<typeof summaryFieldsSchema>;

type Item = { id: string; text: string };

export interface Summary
  extends Omit<SummaryFields, 'openQuestions' | 'generalQuestions' | 'mustInclude' | 'notAcceptable'> {
  openQuestions: Item[];
  generalQuestions: Item[];
  mustInclude: Item[];
  notAcceptable: Item[];
  version: number;
  updatedAt: string;
}
