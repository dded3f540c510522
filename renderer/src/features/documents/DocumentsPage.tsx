/** The conference's papers: invitations, the commission agreement, handouts, the checklist, the calendar. */
export function DocumentsPage() {
  return null;
}
