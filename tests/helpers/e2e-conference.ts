import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface NewConference {
  reference: string;
  commissionDate: string;
  /** First name and birth year of each child. */
  children: [string, string][];
  guardians?: string[];
  worker: string;
}

/** Adds a conference through the new-conference form, as a convener would; ends on its page. */
export async function createConference(page: Page, fields: NewConference): Promise<void> {
  const region = (name: string) => page.getByRole('region', { name });
  await page.getByRole('link', { name: 'Uusi neuvonpito' }).first().click();
  await page.getByLabel('Tunnus').fill(fields.reference);
  await page.getByLabel('Toimeksiannon päivämäärä').fill(fields.commissionDate);
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
  await page.getByRole('button', { name: 'Lisää neuvonpito' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(fields.reference);
}
