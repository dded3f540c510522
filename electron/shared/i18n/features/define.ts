/**
 * One feature's messages in all three languages. The Finnish keys are the source: Swedish
 * and English must have exactly the same keys, or this does not compile.
 */
export function defineMessages<K extends string>(
  fi: Record<K, string>,
  translations: { sv: Record<K, string>; en: Record<K, string> },
): { fi: Record<K, string>; sv: Record<K, string>; en: Record<K, string> } {
  return { fi, ...translations };
}
