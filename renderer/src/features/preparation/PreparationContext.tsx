import { createContext, useCallback, useContext, useMemo, useRef, type ReactNode } from 'react';
import type { MethodInput } from '../../../../electron/shared/api/contract';
import type { ApiResult } from '../../../../electron/shared/api/result';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { api } from '../../api/client';

/** The API methods that change a conference's preparation and answer with all of it. */
export type PreparationMethod =
  | 'commission.update'
  | 'network.addMember'
  | 'network.updateMember'
  | 'network.removeMember'
  | 'network.updateChild'
  | 'contact.add'
  | 'contact.update'
  | 'contact.remove'
  | 'work.add'
  | 'work.update'
  | 'work.remove'
  | 'cost.add'
  | 'cost.update'
  | 'cost.remove'
  | 'summary.update'
  | 'meeting.update'
  | 'meeting.setReply'
  | 'meeting.enterAsHeld'
  | 'checklist.setDone'
  | 'checklist.addItem'
  | 'checklist.updateItem'
  | 'checklist.removeItem'
  | 'meetingDay.update'
  | 'meetingDay.timer'
  | 'meetingDay.setAttendance'
  | 'meetingDay.addPerson'
  | 'meetingDay.setChild'
  | 'meetingDay.turn'
  | 'meetingDay.flipChart'
  | 'feedback.save'
  | 'plan.create'
  | 'plan.update'
  | 'plan.revise'
  | 'followUp.create'
  | 'followUp.updateSummary'
  | 'followUp.reviewItem'
  | 'followUp.setOutcome';

export interface PreparationValue {
  prep: Preparation;
  /** A closed conference is shown, not edited. */
  readOnly: boolean;
  /** Today in Helsinki, as YYYY-MM-DD. */
  today: string;
  /** The newest preparation, for versions: a save may land between renders. */
  latest(): Preparation;
  /** Runs a preparation change; on success every screen shows what it returned. */
  change<M extends PreparationMethod>(method: M, input: MethodInput<M>): Promise<ApiResult<Preparation>>;
  /**
   * Resolves once every change already started has answered, so a step that depends on them
   * (recording an outcome after the reviews saved as they were made) reads their versions.
   */
  settled(): Promise<void>;
  /** Shows a conference that `conference.*` returned. */
  applyConference(conference: Conference): void;
  /** Reads the preparation again after a call that changes it without returning it (a letter made: the letters log). */
  refresh(): Promise<void>;
}

const PreparationContext = createContext<PreparationValue | null>(null);

export function PreparationProvider({
  prep,
  today,
  onChange,
  children,
}: {
  prep: Preparation;
  today: string;
  onChange(next: Preparation): void;
  children: ReactNode;
}) {
  const latestRef = useRef(prep);
  latestRef.current = prep;

  const apply = useCallback(
    (next: Preparation) => {
      latestRef.current = next;
      onChange(next);
    },
    [onChange],
  );

  const inFlight = useRef(new Set<Promise<unknown>>());
  const change = useCallback(
    async <M extends PreparationMethod>(method: M, input: MethodInput<M>) => {
      const call = api.call(method, input) as Promise<ApiResult<Preparation>>;
      inFlight.current.add(call);
      try {
        const result = await call;
        if (result.ok) apply(result.value);
        return result;
      } finally {
        inFlight.current.delete(call);
      }
    },
    [apply],
  );
  const refresh = useCallback(async () => {
    const result = await api.call('preparation.get', { conferenceId: latestRef.current.conference.id });
    if (result.ok) apply(result.value);
  }, [apply]);
  const settled = useCallback(async () => {
    while (inFlight.current.size > 0) await Promise.allSettled([...inFlight.current]);
  }, []);

  const value = useMemo<PreparationValue>(
    () => ({
      prep,
      readOnly: prep.conference.closure !== null,
      today,
      latest: () => latestRef.current,
      change,
      settled,
      applyConference: (conference) => apply({ ...latestRef.current, conference }),
      refresh,
    }),
    [prep, today, change, settled, apply, refresh],
  );
  return <PreparationContext.Provider value={value}>{children}</PreparationContext.Provider>;
}

/** The conference's preparation, for any screen inside a conference page. */
export function usePreparation(): PreparationValue {
  const value = useContext(PreparationContext);
  if (!value) throw new Error('usePreparation must be used inside a PreparationProvider');
  return value;
}
