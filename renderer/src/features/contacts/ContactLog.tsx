/** Placeholder: being built. The contact log of one member, or of the family when `memberId` is null. */
export function ContactLog(_props: { memberId: string | null }) {
  return null;
}
