/** Placeholder: being built. */
export function PreparationGlance() {
  return null;
}
