/** Placeholder: being built. */
export function CommissionPage() {
  return null;
}
