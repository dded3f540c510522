/** The practical arrangements and the checklist of the conference's meeting. */
export function ArrangementsPage() {
  return null;
}
