import { useMemo, type ReactNode } from 'react';
import { asDecided } from '../../../../electron/shared/plan/plan-kept';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { usePreparation } from '../preparation/PreparationContext';
import { PlanPrepContext } from './usePlanPrep';

/** Inside it, the plan's views read `plan` as it was decided: its kept questions, bottom lines and names. */
export function PlanVersionProvider({ plan, children }: { plan: Plan; children: ReactNode }) {
  const { prep } = usePreparation();
  const value = useMemo(() => asDecided(prep, plan), [prep, plan]);
  return <PlanPrepContext.Provider value={value}>{children}</PlanPrepContext.Provider>;
}
