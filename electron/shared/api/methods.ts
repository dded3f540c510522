/** The methods that answer with a file (a Word document, a calendar event, a backup's copy). */
export const DOCUMENT_METHOD_NAMES = [
  'documents.invitation',
  'documents.commission',
  'documents.summary',
  'documents.checklist',
  'documents.participants',
  'documents.calendar',
  'documents.plan',
  'documents.followUp',
  'documents.feedbackForm',
  'documents.timeReport',
  'documents.monthTimeReport',
  'backup.copy',
  'transfer.exportConference',
  'transfer.exportAll',
  'statistics.csv',
  'statistics.report',
] as const;

export type DocumentMethodName = (typeof DOCUMENT_METHOD_NAMES)[number];

/** True for a method that answers with a file. */
export function isDocumentMethod(name: string): name is DocumentMethodName {
  return (DOCUMENT_METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * Every method name of the API, without schemas, so the preload can check names
 * without bundling the validation code. The contract must cover exactly these.
 */
export const METHOD_NAMES = [
  'conference.create',
  'conference.list',
  'conference.get',
  'conference.update',
  'conference.close',
  'conference.reopen',
  'preparation.get',
  'commission.update',
  'network.addMember',
  'network.updateMember',
  'network.removeMember',
  'network.updateChild',
  'contact.add',
  'contact.update',
  'contact.remove',
  'work.add',
  'work.update',
  'work.remove',
  'cost.add',
  'cost.update',
  'cost.remove',
  'summary.update',
  'meeting.update',
  'meeting.setReply',
  'meeting.enterAsHeld',
  'checklist.setDone',
  'checklist.addItem',
  'checklist.updateItem',
  'checklist.removeItem',
  'meetingDay.update',
  'meetingDay.timer',
  'meetingDay.setAttendance',
  'meetingDay.addPerson',
  'meetingDay.setChild',
  'meetingDay.turn',
  'meetingDay.flipChart',
  'feedback.save',
  'plan.create',
  'plan.update',
  'plan.revise',
  'followUp.create',
  'followUp.updateSummary',
  'followUp.reviewItem',
  'followUp.setOutcome',
  'settings.get',
  'settings.update',
  'backup.list',
  'backup.create',
  'backup.restore',
  'transfer.import',
  'conference.deletePreview',
  'conference.delete',
  'retention.due',
  'retention.question',
  'retention.purge',
  'week.get',
  'statistics.get',
  ...DOCUMENT_METHOD_NAMES,
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The methods that only read: every other method writes (and waits for other writers first). */
export const READ_METHOD_NAMES = [
  'conference.list',
  'conference.get',
  'preparation.get',
  'settings.get',
  'backup.list',
  'conference.deletePreview',
  'retention.due',
  'week.get',
  'statistics.get',
  // Not 'documents.invitation': making a letter writes the letters log (the checklist reads it).
  'documents.commission',
  'documents.summary',
  'documents.checklist',
  'documents.participants',
  'documents.calendar',
  'documents.plan',
  'documents.followUp',
  'documents.feedbackForm',
  'documents.timeReport',
  'documents.monthTimeReport',
  'backup.copy',
  'transfer.exportConference',
  'transfer.exportAll',
  'statistics.csv',
  'statistics.report',
] as const satisfies readonly MethodName[];

/** True for a method that only reads. */
export function isReadMethod(name: MethodName): boolean {
  return (READ_METHOD_NAMES as readonly string[]).includes(name);
}

/**
 * The methods that work on the database files (a backup, a restore) and so run outside the
 * dispatcher's transaction; each keeps its own writes whole.
 */
export const OUTSIDE_TRANSACTION_METHOD_NAMES = [
  'backup.create',
  'backup.restore',
  // A deletion runs its own transaction, then empties the WAL (which no transaction may hold).
  'conference.delete',
  'retention.purge',
] as const satisfies readonly MethodName[];

/** True for a method that runs outside the dispatcher's transaction. */
export function runsOutsideTransaction(name: MethodName): boolean {
  return (OUTSIDE_TRANSACTION_METHOD_NAMES as readonly string[]).includes(name);
}

/** True when `name` is a method of the API. */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}
