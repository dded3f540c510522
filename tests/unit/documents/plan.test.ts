import { describe, expect, it } from 'vitest';
import { packDocx, type PaperData } from '../../../electron/backend/documents/document-data';
import { buildPlan } from '../../../electron/backend/documents/plan.docx';
import type { Plan } from '../../../electron/shared/plan/plan.schema';
import type { Preparation } from '../../../electron/shared/preparation/preparation.schema';
import { CONFIDENTIAL, makePlan, makePlanPreparation } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { docxText, documentXmlSource, parseAllParts, unzipDocx, wordText } from '../../helpers/docx';

/*
 * The plan handed out to the family and the network: every question with its items, who
 * does and who checks each, the contacts of everyone with a task, and nothing of the
 * social worker's summary, the commission's concerns or anyone's notes.
 */

function setup(language: Preparation['conference']['language'] = 'fi') {
  const people = makePlanPreparation();
  const prep = { ...people.prep, conference: { ...people.prep.conference, language } };
  const data: PaperData = { prep, settings: makeDocumentSettings(), today: '2027-03-05' };
  return { ...people, data };
}

async function build(data: PaperData, plan: Plan) {
  const file = await packDocx(buildPlan(data, plan));
  return { file, text: docxText(file.bytes), xml: documentXmlSource(file.bytes) };
}

/** The text of every part of the file: body, running heads, footers, properties. */
function allText(bytes: Uint8Array): string {
  const parts = parseAllParts(bytes);
  return Object.values(parts)
    .map((doc) => `${wordText(doc)}\n${doc.documentElement.textContent ?? ''}`)
    .join('\n');
}

/** The text between two headings. */
function section(text: string, from: string, to?: string): string {
  const start = text.indexOf(`\n${from}\n`);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = to ? text.indexOf(`\n${to}\n`, start) : text.length;
  return text.slice(start, end);
}

describe('the plan as a Word document', { timeout: 30_000 }, () => {
  it('opens with the title, the children and the meeting, named by paper and date only', async () => {
    const { data, plan } = setup();
    const { file, text } = await build(data, plan);
    expect(file.name).toBe('Suunnitelma 2027-03-04.docx');
    expect(text).toContain('\nSUUNNITELMA\n5.3.2027');
    expect(text).toContain('Läheisneuvonpidon suunnitelma\nLapset\nÄijö ja Sanni\nLäheisneuvonpito\n4.3.2027');
    expect(text).not.toContain('Versio');
  });

  it('lists each open question, then the general ones answered, then other agreements, with who does, when, follow-up and checker', async () => {
    const { data, plan } = setup();
    const { text } = await build(data, plan);
    const agreed = section(text, 'Mitä sovittiin', 'Palveluilta pyydetty tuki');
    const order = [
      'Miten Äijö pääsee aamuisin kouluun ajoissa?',
      'Kuka tukee Sannia iltaisin?',
      'Jos työntekijöiden apua ja tukea tarvitaan, kenen ja mihin?',
      'Muut sopimukset',
    ].map((heading) => agreed.indexOf(`\n${heading}\nMitä tehdään\nKuka tekee\nMilloin\nSeuranta\n`));
    expect(order.every((index) => index > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // A general question nobody answered with items is left out; its answer has its own section.
    expect(agreed).not.toContain('Miten suunnitelman toteutumista seurataan?');
    expect(agreed).toContain(
      'Mummo herättää Äijön arkiaamuisin ja saattaa hänet bussipysäkille.\nAune Äijälä\nmummo\n8.3.2027 alkaen\nKoulu kertoo myöhästymisistä viikoittain.\nTarkistaa: Cawo Maxamed Xuseen\nkoulukuraattori, Koulu',
    );
    expect(agreed).toContain(
      'Koulu ilmoittaa kotiin samana aamuna, jos Äijö ei ole tullut.\nCawo Maxamed Xuseen\nkoulukuraattori, Koulu\n8.3.2027–10.6.2027\nViesti Wilmassa.\nTarkistaa: Leena Korhonen\nsosiaalityöntekijä',
    );
    expect(agreed).toContain('Britt-Marie on Sannin kanssa tiistai- ja torstai-iltaisin.\nBritt-Marie Lindqvist\nmoster\n9.3.2027–30.6.2027');
    expect(agreed).toContain('Pekka soittaa Sannille joka sunnuntai.\nPekka Lind\nisän ystävä\n–\n–');
    expect(agreed).toContain('Sosiaalityöntekijä hakee perheelle perhetyötä.\nLeena Korhonen\nsosiaalityöntekijä\nviimeistään 31.3.2027');
    expect(agreed).toContain('Muut sopimukset\nMitä tehdään\nKuka tekee\nMilloin\nSeuranta\nJohn lähettää Äijölle kirjeen kerran kuukaudessa.\nJohn Carter\nkummi');
  });

  it('has the services, what to do if there are problems, the monitoring and the follow-up meeting', async () => {
    const { data, plan } = setup();
    const { text } = await build(data, plan);
    expect(text).toContain(
      'Palveluilta pyydetty tuki\nTyöntekijä\nMihin tukea pyydetään\nCawo Maxamed Xuseen\nkoulukuraattori, Koulu\nTukiopetus kahdesti viikossa.\nLeena Korhonen\nsosiaalityöntekijä\nPerhetyö kotiin kerran viikossa.',
    );
    expect(text).toContain('Jos suunnitelman toteutumisessa on ongelmia\nJos mummo sairastuu, Britt-Marie hoitaa aamut.\nKuka tahansa voi soittaa sosiaalityöntekijälle.');
    expect(text).toContain('Suunnitelman seuranta\nMummo ja sosiaalityöntekijä puhuvat puhelimessa kuukauden välein.');
    expect(text).toContain(
      'Seurantakokous\nAika\ntorstaina 10. kesäkuuta 2027\nKutsutaan\nAune Äijälä, mummo\nBritt-Marie Lindqvist, moster\nCawo Maxamed Xuseen, koulukuraattori, Koulu\nLeena Korhonen, sosiaalityöntekijä',
    );
  });

  it('records the dissent and the social worker’s decision', async () => {
    const { data, plan } = setup();
    const { text } = await build(data, plan);
    expect(text).toContain('Eriävät mielipiteet\nNimi\nEriävä mielipide\nPekka Lind\nisän ystävä\nPekka olisi halunnut Sannille harrastuksen heti.');
    expect(text).toContain(
      'Sosiaalityöntekijän päätös\nPäätös\nHyväksytty muutoksin\nPäivämäärä\n4.3.2027\nPerustelut\nPerhetyö alkaa vasta huhtikuussa.\nSosiaalityöntekijä\nLeena Korhonen',
    );
  });

  it('names everyone with a task once, with relation, phone and email, and who receives the plan', async () => {
    const { data, plan } = setup();
    const { text } = await build(data, plan);
    const contacts = section(text, 'Tehtävät ja yhteystiedot', 'Suunnitelman saavat');
    expect(contacts).toBe(
      [
        '',
        'Tehtävät ja yhteystiedot',
        'Nimi\nSuhde tai tehtävä\nYhteystiedot',
        'Aune Äijälä\nmummo\n040 765 4321\naune.aijala@example.fi',
        'Pekka Lind\nisän ystävä\n',
        'Cawo Maxamed Xuseen\nkoulukuraattori, Koulu\n',
        'Britt-Marie Lindqvist\nmoster\n040 222 3333\nbritt-marie.lindqvist@example.fi',
        'John Carter\nkummi\n+44 7700 900123',
        'Leena Korhonen\nsosiaalityöntekijä\n040 123 4567\nleena.korhonen@example.fi',
      ].join('\n'),
    );
    expect(section(text, 'Suunnitelman saavat')).toBe(
      '\nSuunnitelman saavat\nAune Äijälä, mummo\nBritt-Marie Lindqvist, moster\nLeena Korhonen, sosiaalityöntekijä',
    );
    // People without a task in the plan are not in it.
    expect(text).not.toContain('فاطمة الحسيني');
    expect(text).not.toContain('Людмила Соколова');
  });

  it('never carries the summary, the concerns, the bottom lines, notes or the matter', async () => {
    const { data, plan } = setup();
    const { file } = await build(data, plan);
    const everything = allText(file.bytes);
    for (const secret of Object.values(CONFIDENTIAL)) expect(everything).not.toContain(secret);
    expect(everything).not.toContain('Koulu on tukenut Äijöä tukiopetuksella.');
    expect(everything).not.toContain('Perhe toivoo rauhallisempia iltoja.');
    expect(everything).not.toContain('Koulunkäynti');
    expect(everything).not.toContain('Aikuinen on kotona iltaisin.');
    expect(everything).not.toContain('Lapset jäävät yöksi yksin.');
    expect(file.name).not.toContain('Äijälä');
    expect(new TextDecoder().decode(unzipDocx(file.bytes)['word/footer1.xml'])).toContain('Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)');
  });

  it('is A4 with real headings and tables whose header row repeats', async () => {
    const { data, plan } = setup();
    const { xml } = await build(data, plan);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
    expect(xml).toContain('<w:pStyle w:val="Heading3"/>');
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('a later version of the plan', { timeout: 30_000 }, () => {
  it('says which version and follow-up meeting it is, and leaves out what was not recorded', async () => {
    const people = setup();
    const revision = makePlan(people, {
      id: '99999999-9999-4999-8999-000000000002',
      number: 2,
      meetingId: people.followUp.id,
      dissents: [],
      decision: null,
      followUpDate: '2027-11-04',
    });
    const { file, text } = await build(people.data, revision);
    expect(file.name).toBe('Suunnitelma v2 2027-06-10.docx');
    expect(text).toContain('Läheisneuvonpidon suunnitelma\nVersio 2, seurantakokous 10.6.2027\nLapset\nÄijö ja Sanni\nLäheisneuvonpito\n4.3.2027');
    expect(text).toContain('Seurantakokous\nAika\ntorstaina 4. marraskuuta 2027');
    expect(text).not.toContain('Eriävät mielipiteet');
    expect(text).not.toContain('Sosiaalityöntekijän päätös');
  });
});

describe('an unfinished plan', { timeout: 30_000 }, () => {
  it('says what is missing instead of leaving empty sections, and is named by today when the meeting has no date', async () => {
    const { data, plan } = setup();
    const prep = { ...data.prep, meetings: data.prep.meetings.map((m) => ({ ...m, date: null })) };
    const empty: Plan = { ...plan, items: [], services: [], problems: '', monitoring: '', recipients: [], followUpDate: null, followUpInvitees: [], dissents: [], decision: null };
    const { file, text } = await build({ ...data, prep }, empty);
    expect(file.name).toBe('Suunnitelma 2027-03-05.docx');
    expect(text).toContain('Miten Äijö pääsee aamuisin kouluun ajoissa?\nTähän kysymykseen ei kirjattu tehtäviä.\nKuka tukee Sannia iltaisin?\nTähän kysymykseen ei kirjattu tehtäviä.');
    expect(text).not.toContain('Muut sopimukset');
    expect(text).toContain('Palveluilta pyydetty tuki\nPalveluilta ei pyydetty tukea.');
    expect(text).toContain('Jos suunnitelman toteutumisessa on ongelmia\nEi kirjattu.\nSuunnitelman seuranta\nEi kirjattu.');
    expect(text).toContain('Seurantakokous\nAika\nAika sovitaan myöhemmin.\nKutsutaan\nKutsuttavia ei ole vielä kirjattu.');
    expect(text).toContain('Tehtävät ja yhteystiedot\nTehtäviä ei ole vielä kirjattu.');
    expect(text).toContain('Suunnitelman saavat\nVastaanottajia ei ole vielä kirjattu.');
    expect(text).not.toContain('\nLäheisneuvonpito\n');
  });

  it('keeps an item whose person left the network or whose question was removed', async () => {
    const { data, plan } = setup();
    const item = { ...plan.items[0]!, questionId: '88888888-8888-4888-8888-000000000099', owner: { kind: 'member', memberId: '44444444-4444-4444-8444-999999999999' } } as const;
    const { text } = await build(data, { ...plan, items: [item] });
    expect(text).toContain('Muut sopimukset\nMitä tehdään\nKuka tekee\nMilloin\nSeuranta\nMummo herättää Äijön arkiaamuisin ja saattaa hänet bussipysäkille.\ntuntematon henkilö\n8.3.2027 alkaen');
    expect(section(text, 'Tehtävät ja yhteystiedot', 'Suunnitelman saavat')).toContain('tuntematon henkilö');
  });
});

describe('in the family’s language', { timeout: 30_000 }, () => {
  it('is Swedish for a Swedish-speaking family and English for an English-speaking one', async () => {
    const sv = setup('sv');
    const swedish = await build(sv.data, sv.plan);
    expect(swedish.file.name).toBe('Plan 2027-03-04.docx');
    expect(swedish.text).toContain('Plan från familjerådslaget\nBarn\nÄijö och Sanni\nFamiljerådslag\n4.3.2027');
    expect(swedish.text).toContain('Kontrolleras av: Leena Korhonen\nsocialarbetare');
    expect(swedish.text).toContain('Socialarbetarens beslut\nBeslut\nGodkänd med ändringar');
    expect(swedish.text).toContain('Uppgifter och kontaktuppgifter');

    const en = setup('en');
    const english = await build(en.data, { ...en.plan, number: 3, meetingId: en.followUp.id });
    expect(english.file.name).toBe('Plan v3 2027-06-10.docx');
    expect(english.text).toContain('Family group conference plan\nVersion 3, follow-up meeting 10 Jun 2027\nChildren\nÄijö and Sanni');
    expect(english.text).toContain('Checked by: Leena Korhonen\nsocial worker');
    expect(english.text).toContain('Tasks and contact details');
  });
});

describe('a task a child does', { timeout: 30_000 }, () => {
  it('names the child by first name as the child, in the family’s language, and never lists the child for contact', async () => {
    const languages = [
      ['fi', 'lapsi', 'Tehtävät ja yhteystiedot'],
      ['sv', 'barn', 'Uppgifter och kontaktuppgifter'],
      ['en', 'child', 'Tasks and contact details'],
    ] as const;
    for (const [language, role, contactsHeading] of languages) {
      const { data, plan } = setup(language);
      const child = data.prep.conference.children[0]!;
      const item = { ...plan.items[0]!, owner: { kind: 'child', childId: child.id }, checker: null } as const;
      const { text } = await build(data, { ...plan, items: [item], services: [], dissents: [] });
      expect(text, language).toContain(`${item.what}\n${child.firstName}\n${role}\n`);
      expect(text.slice(text.indexOf(`\n${contactsHeading}\n`)), language).not.toContain(child.firstName);
    }
  });
});
