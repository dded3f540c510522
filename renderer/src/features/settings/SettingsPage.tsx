/** Placeholder: being built. */
export function SettingsPage() {
  return null;
}
