import type { ReactNode } from 'react';

/** What to show where a list has nothing in it yet: what it is for and what to do next. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <h2 className="empty-state-title">{title}</h2>
      <p className="empty-state-body">{body}</p>
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
