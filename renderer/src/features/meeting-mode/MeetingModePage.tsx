/** The meeting day itself: the three parts with their timers, attendance, the children's information. */
export function MeetingModePage() {
  return null;
}
