/*
 * The settings' fixed lists, apart from their zod schemas: the screens that only need the
 * list (the sidebar's language choice, the tabs of a meeting type) do not load zod with it.
 */

/** The built-in checklist items; their labels come from the catalogs (`checklist.item.<key>`). */
export const BUILT_IN_CHECKLIST_KEYS = [
  'venue',
  'invitations',
  'interpreter',
  'childcare',
  'refreshments',
  'summary',
  'reminders',
  'materials',
] as const;
export type BuiltInChecklistKey = (typeof BUILT_IN_CHECKLIST_KEYS)[number];

/** True when `key` names a built-in checklist item rather than one of the convener's own. */
export function isBuiltInChecklistKey(key: string): key is BuiltInChecklistKey {
  return (BUILT_IN_CHECKLIST_KEYS as readonly string[]).includes(key);
}
