import { z } from 'zod';
import { entityId, version } from '../validation';

/** Deleting a conference for good, on the version the convener last saw. */
export const deleteConferenceInput = z.object({ id: entityId, version }).strict();

export const deletePreviewInput = z.object({ id: entityId }).strict();

/** What deleting one conference takes with it, as counts for the confirmation. */
export interface DeletePreview {
  children: number;
  guardians: number;
  networkMembers: number;
  contactEntries: number;
  meetings: number;
  followUps: number;
  plans: number;
  /** Working-time entries and travel or other costs (their figures stay in the statistics). */
  workEntries: number;
  costs: number;
  /** Returned feedback forms recorded (their figures stay in the statistics). */
  feedbackForms: number;
}

/** What a deletion answers: the conference is gone. */
export interface DeleteOutcome {
  deleted: string[];
}
