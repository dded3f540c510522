import { formatClock, formatDateText } from '../../electron/shared/dates';

/** A stored date as a Finnish user types it and the field shows it: "2027-03-10" → "10.3.2027". */
export function fiDate(iso: string): string {
  return formatDateText(iso, 'fi');
}

/** A stored time as a Finnish user types it: "09:00" → "9.00". */
export function fiTime(time: string): string {
  return formatClock(time, 'fi');
}
