import { z } from 'zod';
import { completeRecord } from '../complete-record';
import { entityId, isoDate, optionalTime, version } from '../validation';

/* The input of a meeting held before the app (`held-before.ts` has the rules). */

/** When the meeting was held: its date, and its times if the convener knows them. */
export const heldBeforeSchema = z
  .object({
    date: isoDate,
    startTime: optionalTime,
    endTime: optionalTime,
  })
  .superRefine((held, ctx) => {
    if (held.startTime && held.endTime && held.endTime <= held.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: 'validation.endBeforeStart' });
    }
  });

/**
 * Records an existing conference's own meeting as held before the app: allowed while its day
 * has not been started in the app and no plan is recorded (then it was held in the app).
 */
export const enterAsHeldInput = z.intersection(z.object({ id: entityId, version }), completeRecord(heldBeforeSchema));

export type HeldBefore = z.output<typeof heldBeforeSchema>;
export type HeldBeforeInput = z.input<typeof heldBeforeSchema>;
