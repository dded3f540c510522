/** A child's age as the app knows it: only the year of birth is kept, so the age they turn in `today`'s year. */
export function childAge(birthYear: number, today: string): number {
  return Number(today.slice(0, 4)) - birthYear;
}
