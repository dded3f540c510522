import type { ReactNode } from 'react';

/**
 * What to show where a list has nothing in it yet: what it is for and what to do next.
 * `level` 1 when the empty state is the whole page (its title is the page's h1).
 */
export function EmptyState({ title, body, action, level = 2 }: { title: string; body: string; action?: ReactNode; level?: 1 | 2 }) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <div className="empty-state">
      <Heading className="empty-state-title">{title}</Heading>
      <p className="empty-state-body">{body}</p>
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
