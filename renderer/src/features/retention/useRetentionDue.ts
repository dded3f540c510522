import { useEffect, useState } from 'react';
import { api } from '../../api/client';

/**
 * The ids of the closed conferences past their retention time, for the list to mark; empty
 * until known, or when the question cannot be answered (the list works without it).
 */
export function useRetentionDue(attempt: number): ReadonlySet<string> {
  const [due, setDue] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let cancelled = false;
    void api.call('retention.due', {}).then((result) => {
      if (!cancelled && result.ok) setDue(new Set(result.value.conferences.map((conference) => conference.id)));
    });
    return () => {
      cancelled = true;
    };
  }, [attempt]);
  return due;
}
