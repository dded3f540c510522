/** Placeholder: being built. */
export function ContactsPage() {
  return null;
}
