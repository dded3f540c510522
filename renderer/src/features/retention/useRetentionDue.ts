import { useMemo } from 'react';
import { api } from '../../api/client';
import { useLoad } from '../../app/useLoad';

const NONE: ReadonlySet<string> = new Set();

/**
 * The ids of the closed conferences past their retention time, for the list to mark; empty
 * until known, or when the question cannot be answered (the list works without it).
 */
export function useRetentionDue(attempt: number): ReadonlySet<string> {
  const load = useLoad(() => api.call('retention.due', {}), [attempt]);
  const answer = load.state === 'ready' ? load.data : null;
  return useMemo(() => (answer ? new Set(answer.conferences.map((conference) => conference.id)) : NONE), [answer]);
}
