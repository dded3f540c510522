/** Placeholder: being built. */
export function NetworkPage() {
  return null;
}
