import { createContext, useContext } from 'react';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { usePreparation } from '../preparation/PreparationContext';

/** The preparation as the plan version on screen reads it; set by PlanVersionProvider. */
export const PlanPrepContext = createContext<Preparation | null>(null);

/**
 * The preparation as the plan version being shown reads it: a decided version's kept
 * questions, bottom lines and names (shared/plan/plan-kept.ts); the current preparation
 * outside a PlanVersionProvider.
 */
export function usePlanPrep(): Preparation {
  const { prep } = usePreparation();
  return useContext(PlanPrepContext) ?? prep;
}
