/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, todayInHelsinki } from '../../electron/shared/dates';
import { launchBrowser, openPage, screenshot } from '../helpers/browser';
import { createConference } from '../helpers/e2e-conference';
import { makeTempDir } from '../helpers/temp-dir';
import { startWebHost, type RunningWebHost } from '../helpers/web-host-process';
import { fiDate } from '../helpers/finnish-dates';

/*
 * A realistic preparation built click by click: the commission agreement, twelve people in
 * all four sectors, two children, contact logs and the social worker's summary. The
 * overview must then show exactly what is still missing. Every person is invented.
 */

const dataDir = makeTempDir('neuvonpito-e2e-prep-');
let host: RunningWebHost;
let browser: Browser;
let page: Page;

const today = todayInHelsinki(new Date());
const commissionDate = addDays(today, -10);
const earlier = addDays(today, -3);

beforeAll(async () => {
  host = await startWebHost(dataDir.path);
  browser = await launchBrowser();
  page = await openPage(browser);
  await page.goto(host.url);
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
  dataDir.remove();
});

interface Person {
  name: string;
  relation: string;
  sector: 'Perhe ja kotitalous' | 'Suku' | 'Ystävät ja naapurit' | 'Ammattilaiset';
  closeness: 'Hyvin läheinen' | 'Läheinen' | 'Etäisempi';
  invite: 'Kutsutaan' | 'Vain kirjalliset näkemykset' | 'Ei kutsuta';
  reply?: 'Tulossa' | 'Tulossa etänä' | 'Ehkä' | 'Ei tule';
  reason?: string;
  prepared?: boolean;
  supportFor?: string;
  notes?: boolean;
  chair?: boolean;
  otherLanguage?: string;
  worker?: { organisation: string; topic: string };
  /** Whether the convener has logged a call with them. */
  contacted: boolean;
}

const PEOPLE: Person[] = [
  { name: 'Maija Äijälä', relation: 'äiti', sector: 'Perhe ja kotitalous', closeness: 'Hyvin läheinen', invite: 'Kutsutaan', reply: 'Tulossa', prepared: true, contacted: true },
  { name: 'Jari Äijälä', relation: 'isä', sector: 'Perhe ja kotitalous', closeness: 'Hyvin läheinen', invite: 'Kutsutaan', reply: 'Tulossa', prepared: true, contacted: true },
  { name: 'Aune Äijälä', relation: 'mummo', sector: 'Suku', closeness: 'Hyvin läheinen', invite: 'Kutsutaan', reply: 'Tulossa', prepared: true, supportFor: 'Aino', chair: true, contacted: true },
  { name: 'Людмила Соколова', relation: 'kummitäti', sector: 'Suku', closeness: 'Läheinen', invite: 'Kutsutaan', reply: 'Tulossa etänä', prepared: true, otherLanguage: 'venäjä', contacted: true },
  { name: 'فاطمة الحسيني', relation: 'täti', sector: 'Suku', closeness: 'Läheinen', invite: 'Kutsutaan', reply: 'Ehkä', prepared: true, contacted: true },
  { name: 'Cawo Maxamed Xuseen', relation: 'naapuri', sector: 'Ystävät ja naapurit', closeness: 'Läheinen', invite: 'Kutsutaan', reply: 'Tulossa', contacted: false },
  { name: 'Ville Ystävä', relation: 'kummisetä', sector: 'Ystävät ja naapurit', closeness: 'Hyvin läheinen', invite: 'Kutsutaan', reply: 'Tulossa', prepared: true, notes: true, contacted: true },
  { name: 'Åsa Öhrnberg', relation: 'perhetuttu', sector: 'Ystävät ja naapurit', closeness: 'Etäisempi', invite: 'Vain kirjalliset näkemykset', contacted: true },
  { name: 'Pekka Lind', relation: 'jalkapallovalmentaja', sector: 'Ystävät ja naapurit', closeness: 'Etäisempi', invite: 'Ei kutsuta', reason: 'Perhe ei halua valmentajaa mukaan.', contacted: false },
  { name: 'Sirkka Serkku', relation: 'serkku', sector: 'Suku', closeness: 'Etäisempi', invite: 'Kutsutaan', reply: 'Ei tule', contacted: true },
  { name: 'Kaisa Kuraattori', relation: 'koulukuraattori', sector: 'Ammattilaiset', closeness: 'Etäisempi', invite: 'Kutsutaan', reply: 'Tulossa', prepared: true, worker: { organisation: 'Koivikon koulu', topic: 'Ainon koulunkäynti tänä syksynä.' }, contacted: true },
  { name: 'Tero Terapeutti', relation: 'perheterapeutti', sector: 'Ammattilaiset', closeness: 'Etäisempi', invite: 'Kutsutaan', reply: 'Tulossa', worker: { organisation: 'Perheneuvola', topic: 'Perheterapian tähänastiset tapaamiset.' }, contacted: true },
];

const RING_OPTIONS: Record<Person['closeness'], string> = {
  'Hyvin läheinen': 'Hyvin läheinen (sisin kehä)',
  Läheinen: 'Läheinen (keskimmäinen kehä)',
  Etäisempi: 'Etäisempi (uloin kehä)',
};

function region(name: string | RegExp): Locator {
  return page.getByRole('region', { name });
}

function tab(name: string): Locator {
  return page.getByRole('navigation', { name: 'Neuvonpidon osiot' }).getByRole('link', { name });
}

async function notice(text: string | RegExp): Promise<void> {
  await expect.poll(() => page.getByText(text).first().isVisible()).toBe(true);
}

async function addPerson(person: Person): Promise<void> {
  await tab('Läheisverkosto').click();
  // The tab's code and people load first (the tab is its own chunk): only then is "not there" true.
  await page.getByRole('link', { name: 'Lisää läheinen' }).first().waitFor();
  // The guardian is in the network already, made with the conference: her page is filled in.
  const known = page.getByRole('main').getByRole('link', { name: person.name, exact: true });
  const existing = (await known.count()) > 0;
  if (existing) await known.first().click();
  else if (person.worker) await page.getByRole('link', { name: 'Lisää työntekijä' }).first().click();
  else await page.getByRole('link', { name: 'Lisää läheinen' }).first().click();
  await page.getByLabel('Nimi', { exact: true }).fill(person.name);
  await page.getByLabel('Suhde lapseen').fill(person.relation);
  await page.getByLabel('Ryhmä').selectOption({ label: person.sector });
  await page.getByLabel('Läheisyys').selectOption({ label: RING_OPTIONS[person.closeness] });
  if (person.otherLanguage) {
    await page.getByRole('main').getByLabel('Kieli', { exact: true }).selectOption({ label: 'muu kieli' });
    await page.getByLabel('Mikä kieli').fill(person.otherLanguage);
    await page.getByLabel('Tarvitsee tulkin').check();
  }
  await page.getByLabel('Kutsutaanko').selectOption({ label: person.invite });
  if (person.reason) await page.getByLabel('Miksi ei kutsuta').fill(person.reason);
  if (person.reply) await page.getByLabel('Vastaus kutsuun').selectOption({ label: person.reply });
  if (person.supportFor) await page.getByLabel(`avustaja: ${person.supportFor}`).check();
  if (person.chair) await page.getByLabel(/Oman ajan puheenjohtaja/).check();
  if (person.notes) await page.getByLabel(/Kirjuri/).check();
  if (person.prepared) await page.getByLabel('Valmistelukeskustelu käyty').fill(fiDate(earlier));
  if (person.supportFor) await page.getByLabel('Avustaja perehdytetty').fill(fiDate(earlier));
  if (person.worker) {
    await page.getByLabel('Organisaatio').fill(person.worker.organisation);
    await page.getByLabel('Mistä kertoo').fill(person.worker.topic);
    await page.getByLabel('Nimetty salassapitovapautuksessa').check();
  }
  if (existing) {
    await page.getByRole('button', { name: 'Tallenna' }).first().click();
    await notice('Muutokset tallennettu.');
  } else await page.getByRole('button', { name: 'Lisää henkilö' }).click();
  // After adding, the person's own page opens, with their contact log.
  await expect.poll(() => page.getByRole('heading', { level: 2, name: person.name }).isVisible()).toBe(true);
  if (person.contacted) {
    await page.getByRole('button', { name: 'Lisää yhteydenotto' }).click();
    await page.getByLabel('Päivämäärä', { exact: true }).fill(fiDate(earlier));
    await page.getByLabel('Yhteydenottotapa').selectOption({ label: 'Puhelu' });
    await page.getByLabel('Mitä käsiteltiin').fill('Kerroin neuvonpidon kulusta ja kutsuin mukaan.');
    await page.getByLabel('Seuraava askel (valinnainen)').fill('Soitan viikkoa ennen.');
    await page.getByRole('button', { name: 'Tallenna' }).last().click();
    await expect.poll(() => page.getByText('Kerroin neuvonpidon kulusta ja kutsuin mukaan.').isVisible()).toBe(true);
  }
}

describe('the preparation of a conference in the browser', () => {
  it('starts a conference with two children and a guardian', async () => {
    await createConference(page, {
      reference: 'Äijälä 4/2027',
      commissionDate,
      children: [
        ['Aino', '2014'],
        ['Eetu', '2019'],
      ],
      guardians: ['Maija Äijälä'],
      worker: 'Leena Korhonen',
    });
    // A fresh conference lacks nearly everything, and says so; its guardian is in the network, invited.
    expect(await region('Valmistelun tilanne').textContent()).toContain('3/12 valmiina');
  });

  it('records the commission agreement with its concerns and two of the three consents', async () => {
    await tab('Toimeksianto').click();
    await page.getByLabel('Sopimuksen päivämäärä').fill(fiDate(commissionDate));
    await page.getByLabel('Maija Äijälä').check();
    await page.getByLabel('Aino').check();
    for (const [index, concern] of ['Ainon koulunkäynti on katkonaista.', 'Iltaisin Eetu jää usein yksin.'].entries()) {
      await page.getByRole('button', { name: 'Lisää huoli' }).click();
      await page.getByLabel(`Huoli ${index + 1}`, { exact: true }).fill(concern);
    }
    await page.getByLabel('Osallistumisen vapaaehtoisuus käyty läpi').fill(fiDate(commissionDate));
    await page.getByLabel('Lupa ottaa yhteyttä läheisiin').fill(fiDate(commissionDate));
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');
  });

  it('maps twelve people in four sectors, with invitations, roles, replies and contact logs', async () => {
    for (const person of PEOPLE) await addPerson(person);
    await tab('Läheisverkosto').click();
    const map = page.locator('svg .map-marker');
    await expect.poll(() => map.count()).toBe(12);
    expect(await page.getByText('12 henkilöä').first().isVisible()).toBe(true);
    // Names in every script come back exactly as typed.
    for (const name of ['Людмила Соколова', 'فاطمة الحسيني', 'Åsa Öhrnberg']) {
      expect(await page.getByRole('link', { name, exact: true }).count()).toBeGreaterThan(0);
    }
  });

  it('settles how each child takes part: Aino present with Aune, Eetu by a drawing', async () => {
    await page.getByRole('form', { name: 'Aino' }).getByLabel('Miten osallistuu').selectOption({ label: 'Paikalla' });
    await page.getByRole('form', { name: 'Aino' }).getByRole('button', { name: 'Tallenna' }).click();
    await notice('Aino: osallistuminen tallennettu.');
    await page.getByRole('form', { name: 'Eetu' }).getByLabel('Miten osallistuu').selectOption({ label: 'Piirustuksella' });
    await page.getByRole('form', { name: 'Eetu' }).getByLabel('Lisätieto').fill('Piirtää kotonaan kolmen talon kuvan.');
    await page.getByRole('form', { name: 'Eetu' }).getByRole('button', { name: 'Tallenna' }).click();
    await notice('Eetu: osallistuminen tallennettu.');
    await page.locator('.network-map, svg').first().scrollIntoViewIfNeeded();
    await screenshot(page, '20-network-map');
  });

  it('opens a person from the map', async () => {
    await page.locator('svg .map-marker', { hasText: 'Cawo' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Cawo Maxamed Xuseen' }).isVisible()).toBe(true);
    await screenshot(page, '21-member-page');
  });

  it('logs one meeting with the family', async () => {
    await tab('Yhteydenotot').click();
    await page.getByRole('button', { name: 'Lisää yhteydenotto' }).first().click();
    await page.getByLabel('Päivämäärä', { exact: true }).fill(fiDate(commissionDate));
    await page.getByLabel('Mitä käsiteltiin').fill('Kartoitimme verkoston yhdessä Ainon ja Maijan kanssa.');
    await page.getByRole('button', { name: 'Tallenna' }).last().click();
    await expect.poll(() => page.getByText('Kartoitimme verkoston yhdessä').isVisible()).toBe(true);
    await screenshot(page, '22-contacts');
  });

  it('records the summary with three open questions and both kinds of bottom lines', async () => {
    await tab('Yhteenveto').click();
    await page
      .getByLabel('Sosiaalityöntekijän yhteenveto')
      .fill('Aino on ollut syksyn aikana poissa koulusta 23 päivää. Perhe on käyttänyt perhetyötä keväästä asti.');
    const questions = [
      'Miten Ainon koulunkäyntiä tuetaan aamuisin?',
      'Kuka on Eetun kanssa iltaisin, kun äiti on töissä?',
      'Miten Jari voi osallistua arkeen?',
    ];
    for (const [index, question] of questions.entries()) {
      await page.getByRole('button', { name: 'Lisää kysymys' }).click();
      await page.getByLabel(`Kysymys ${index + 1}`, { exact: true }).fill(question);
    }
    await page.getByRole('button', { name: 'Lisää rivi: on oltava' }).click();
    await page.getByLabel('On oltava 1', { exact: true }).fill('Aikuinen on Eetun kanssa joka ilta.');
    await page.getByRole('button', { name: 'Lisää rivi: ei hyväksyttävää' }).click();
    await page.getByLabel('Ei hyväksyttävää 1', { exact: true }).fill('Aino ei huolehdi Eetusta yksin.');
    await page.getByLabel('Pyydetty sosiaalityöntekijältä').fill(fiDate(commissionDate));
    await page.getByLabel('Saatu').fill(fiDate(earlier));
    await page.getByLabel('Käyty läpi vanhempien kanssa').fill(fiDate(today));
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await notice('Muutokset tallennettu.');
    // The five general questions were there from the start, in Finnish.
    expect(await page.getByLabel('Yleinen kysymys 4', { exact: true }).inputValue()).toBe('Kuka saa suunnitelman?');
  });

  it('shows on the overview exactly what is still missing, each a link to where it is fixed', async () => {
    await page.reload();
    await tab('Yleiskuva').click();
    const glance = region('Valmistelun tilanne');
    await expect.poll(() => glance.isVisible()).toBe(true);
    const missing = glance.getByRole('list', { name: 'Kesken' });
    const items = (await missing.locator(':scope > li').allTextContents()).map((text) => text.replace(/\s+/g, ' '));

    const expectOpen = (title: string, ...details: string[]) => {
      const item = items.find((text) => text.includes(title));
      expect(item, `${title} should be missing`).toBeDefined();
      for (const detail of details) expect(item).toContain(detail);
    };
    expectOpen('Suostumukset annettu', 'vapautus vaitiolovelvollisuudesta');
    expectOpen('Kaikkiin kutsuttaviin otettu yhteyttä', 'Cawo Maxamed Xuseen');
    expectOpen('Kutsuttavat valmisteltu', 'Cawo Maxamed Xuseen');
    expectOpen('Kutsuttavat vastanneet', 'فاطمة الحسيني');
    expectOpen('Lasten osallistuminen ja avustajat sovittu', 'Eetu', 'avustaja');
    expectOpen('Työntekijät valmisteltu', 'Tero Terapeutti');
    expectOpen('Yhteenveto saatu ja käyty läpi perheen kanssa', 'käyty läpi lasten kanssa');
    expectOpen('Tapaamiset perheen kanssa', '1 tapaaminen pidetty, suositus vähintään 2');
    expect(items).toHaveLength(8);

    // Nothing that is done is listed as missing.
    for (const done of ['Toimeksiantosopimus tehty', 'Läheisverkosto kartoitettu', 'Avustajat perehdytetty', 'Aikaa 4–6 viikon ikkunassa']) {
      expect(items.some((text) => text.includes(done)), done).toBe(false);
    }
    expect(await glance.textContent()).toContain('4/12 valmiina');
    // People who need nothing more are not named.
    const missingText = items.join(' ');
    for (const name of ['Aune Äijälä', 'Åsa Öhrnberg', 'Pekka Lind', 'Kaisa Kuraattori']) expect(missingText).not.toContain(name);
    await glance.scrollIntoViewIfNeeded();
    await screenshot(page, '23-preparation-glance');

    // A missing person is one click away.
    await missing.getByRole('link', { name: 'Tero Terapeutti' }).first().click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Tero Terapeutti' }).isVisible()).toBe(true);
  });

  it('clears a missing item once it is fixed where the link led', async () => {
    await page.getByLabel('Valmistelukeskustelu käyty').fill(fiDate(today));
    await page.getByRole('button', { name: 'Tallenna' }).first().click();
    await notice('Muutokset tallennettu.');
    await tab('Yleiskuva').click();
    const items = await region('Valmistelun tilanne').getByRole('list', { name: 'Kesken' }).locator(':scope > li').allTextContents();
    expect(items.some((text) => text.includes('Työntekijät valmisteltu'))).toBe(false);
    expect(items).toHaveLength(7);
  });

  it('asks before deleting a person with a role and a log, and says what goes with them', async () => {
    await tab('Läheisverkosto').click();
    await page.getByRole('link', { name: 'Aune Äijälä', exact: true }).first().click();
    await page.getByRole('button', { name: 'Poista henkilö' }).click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const text = (await dialog.textContent()) ?? '';
    expect(text).toContain('avustaja: Aino');
    expect(text).toContain('oman ajan puheenjohtaja');
    expect(text).toContain('1 yhteydenotto');
    await screenshot(page, '24-delete-member');
    await dialog.getByRole('button', { name: 'Peruuta' }).click();
    expect(await page.getByRole('heading', { level: 2, name: 'Aune Äijälä' }).isVisible()).toBe(true);
  });

  it('shows the commission page with its workers and the summary page', async () => {
    await tab('Toimeksianto').click();
    const workers = page.getByRole('table', { name: 'Tiedonantoon tulevat työntekijät' });
    await expect.poll(() => workers.isVisible()).toBe(true);
    expect(await workers.getByRole('row').count()).toBe(3);
    expect(await page.getByLabel('Huoli 2', { exact: true }).inputValue()).toBe('Iltaisin Eetu jää usein yksin.');
    await screenshot(page, '25-commission');
    await tab('Yhteenveto').click();
    await expect.poll(() => page.getByLabel('Kysymys 3', { exact: true }).inputValue()).toBe('Miten Jari voi osallistua arkeen?');
    await screenshot(page, '26-summary');
  });
});
