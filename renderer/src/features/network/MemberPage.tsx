/** Placeholder: being built. One network member; `memberId` 'new' adds one (`worker` presets a worker). */
export function MemberPage(_props: { memberId: string; worker: boolean }) {
  return null;
}
