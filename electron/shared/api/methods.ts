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
  'summary.update',
  'meeting.update',
  'checklist.setDone',
  'checklist.addItem',
  'checklist.updateItem',
  'checklist.removeItem',
  'documents.invitation',
  'documents.commission',
  'documents.summary',
  'documents.checklist',
  'documents.participants',
  'documents.calendar',
  'settings.get',
  'settings.update',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** True when `name` is a method of the API. */
export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
}
