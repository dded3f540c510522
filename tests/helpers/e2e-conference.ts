import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { fiDate, fiTime } from './finnish-dates';

export interface NewConference {
  reference: string;
  commissionDate: string;
  /** First name and birth year of each child. */
  children: [string, string][];
  guardians?: string[];
  worker: string;
  /** A case already under way: the meeting was held before the app on this date, at these times. */
  heldBefore?: { date: string; startTime?: string; endTime?: string };
}

/**
 * Adds a conference through the new-conference form, as a convener would; ends on its page.
 * `beforeSave` runs on the filled form (a screenshot of it).
 */
export async function createConference(page: Page, fields: NewConference, beforeSave?: () => Promise<void>): Promise<void> {
  const region = (name: string) => page.getByRole('region', { name });
  await page.getByRole('link', { name: 'Uusi neuvonpito' }).first().click();
  await page.getByLabel('Tunnus').fill(fields.reference);
  await page.getByLabel('Toimeksiannon päivämäärä').fill(fiDate(fields.commissionDate));
  for (const [index, [name, year]] of fields.children.entries()) {
    if (index > 0) await page.getByRole('button', { name: 'Lisää lapsi' }).click();
    await page.getByLabel('Etunimi').nth(index).fill(name);
    await page.getByLabel('Syntymävuosi').nth(index).fill(year);
  }
  for (const [index, name] of (fields.guardians ?? []).entries()) {
    await page.getByRole('button', { name: 'Lisää huoltaja' }).click();
    await region('Huoltajat').getByLabel('Nimi').nth(index).fill(name);
  }
  await region('Sosiaalityöntekijä').getByLabel('Nimi').fill(fields.worker);
  if (fields.heldBefore) {
    const held = region('Jo pidetty neuvonpito');
    await held.getByRole('checkbox', { name: 'Neuvonpito on jo pidetty ennen sovelluksen käyttöönottoa' }).check();
    await held.getByLabel('Neuvonpidon päivä').fill(fiDate(fields.heldBefore.date));
    if (fields.heldBefore.startTime) await held.getByLabel(/^Alkoi klo/).fill(fiTime(fields.heldBefore.startTime));
    if (fields.heldBefore.endTime) await held.getByLabel(/^Päättyi klo/).fill(fiTime(fields.heldBefore.endTime));
  }
  await beforeSave?.();
  await page.getByRole('button', { name: 'Lisää neuvonpito' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(fields.reference);
}
