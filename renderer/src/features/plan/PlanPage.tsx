/** The family's plan: the answers to the questions as tasks with owners, and the decision on it. */
export function PlanPage() {
  return null;
}
