/** Placeholder: being built. */
export function SummaryPage() {
  return null;
}
