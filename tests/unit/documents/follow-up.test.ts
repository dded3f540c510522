import { describe, expect, it } from 'vitest';
import { packDocx } from '../../../electron/backend/documents/document-data';
import { buildFollowUpRecord, type FollowUpData } from '../../../electron/backend/documents/follow-up.docx';
import { emptyMeetingDay } from '../../../electron/shared/meeting-day/meeting-day-rules';
import type { FollowUp } from '../../../electron/shared/follow-up/follow-up.schema';
import type { Preparation } from '../../../electron/shared/preparation/preparation.schema';
import { CONFIDENTIAL, makeFollowUpPreparation } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { docxText, documentXmlSource, parseAllParts, wordText } from '../../helpers/docx';

/*
 * The record of a follow-up meeting as a reader sees it: who came, the social worker's
 * summary, how each item of the plan went (an item not gone through says so), and what
 * the meeting decided; parts with nothing recorded left out; nothing that identifies the
 * family beyond the children's first names.
 */

function setup(language: Preparation['conference']['language'] = 'fi', change: (f: FollowUp) => FollowUp = (f) => f) {
  const fixture = makeFollowUpPreparation();
  const followUp = change(fixture.followUp);
  const prep: Preparation = {
    ...fixture.prep,
    conference: { ...fixture.prep.conference, language },
    followUps: [followUp],
  };
  const data: FollowUpData = { prep, settings: makeDocumentSettings(), meeting: fixture.followUpMeeting, followUp, today: '2027-06-11' };
  return { ...fixture, data };
}

async function build(data: FollowUpData) {
  const file = await packDocx(buildFollowUpRecord(data));
  return { file, text: docxText(file.bytes) };
}

/** The text between two headings (or to the end). */
function section(text: string, from: string, to?: string): string {
  const start = text.indexOf(`\n${from}\n`);
  expect(start, from).toBeGreaterThanOrEqual(0);
  const end = to ? text.indexOf(`\n${to}\n`, start) : text.length;
  expect(end, to).toBeGreaterThan(start);
  return text.slice(start, end);
}

describe('the follow-up record as a Word document', { timeout: 30_000 }, () => {
  it('opens with the title, the children, the meeting and the plan it reviewed, named by paper and date only', async () => {
    const { data } = setup();
    const { file, text } = await build(data);
    expect(file.name).toBe('Seurantakokouksen muistio 2027-06-10.docx');
    expect(text).toContain('\nMUISTIO\n11.6.2027');
    expect(text).toContain(
      [
        'Seurantakokouksen muistio',
        'Lapset\nÄijö ja Sanni',
        'Seurantakokous\ntorstaina 10. kesäkuuta 2027 klo 9.00–13.00 (4 tuntia)',
        'Paikka\nPerhekeskus Kajava, Kajavantie 5, 00950 Helsinki',
        'Läheisneuvonpito\n4.3.2027',
        'Arvioitu suunnitelma\nversio 1, hyväksytty 4.3.2027',
      ].join('\n'),
    );
  });

  it('lists who took part as the day recorded it: in person, late, remotely, by written views; not the absent', async () => {
    const { data } = setup();
    const { text } = await build(data);
    expect(section(text, 'Läsnä', 'Sosiaalityöntekijän yhteenveto')).toBe(
      [
        '',
        'Läsnä',
        'Nimi\nSuhde tai tehtävä\nOsallistuminen',
        'Aune Äijälä\nmummo\npaikalla',
        'Pekka Lind\nisän ystävä\nkirjalliset näkemykset',
        'Cawo Maxamed Xuseen\nkoulukuraattori, Koulu\npaikalla, saapui klo 10.15',
        'Britt-Marie Lindqvist\nmoster\netäyhteydellä',
        'Äijö\nlapsi\npaikalla',
        'Leena Korhonen\nsosiaalityöntekijä\npaikalla',
        'Riikka Salmela\nkoollekutsuja\npaikalla',
      ].join('\n'),
    );
    expect(text).not.toContain('John Carter\nkummi\n');
  });

  it('gives the social worker’s summary under its prompts, and the questions numbered; an empty prompt has no heading', async () => {
    const { data } = setup();
    const { text, file } = await build(data);
    expect(section(text, 'Sosiaalityöntekijän yhteenveto', 'Suunnitelman toteutuminen')).toBe(
      [
        '',
        'Sosiaalityöntekijän yhteenveto',
        'Mikä suunnitelmassa on toiminut ja voi jatkua',
        'Äijö on ehtinyt kouluun lähes joka aamu.',
        'Mummon apu aamuisin on toiminut hyvin.',
        'Mitä on tarkennettava ja miten',
        'Iltojen vastuista on sovittava uudelleen, koska Britt-Marie on muuttanut.',
        'Uudet huolet tai muutokset, jotka on otettava huomioon',
        'Sanni on jännittänyt koulun alkua syksyllä.',
        'Kysymykset verkostolle',
        'Kuka on Sannin kanssa tiistai-iltaisin?',
        'Miten Sannia tuetaan koulun alkaessa?',
      ].join('\n'),
    );
    expect(text).not.toContain('Miten työ asiakkaan ja verkoston kanssa on sujunut');
    // The questions are a real Word list, so they are numbered 1. and 2. on paper.
    const numberedParagraphs = documentXmlSource(file.bytes)
      .split('</w:p>')
      .filter((p) => p.includes('<w:numPr>'))
      .map((p) => /Sannin?[^<]*/.exec(p)?.[0]);
    expect(numberedParagraphs).toEqual(['Sannin kanssa tiistai-iltaisin?', 'Sannia tuetaan koulun alkaessa?']);
  });

  it('reviews every item of the plan by question in the plan’s order, the status in words and an item not gone through as such', async () => {
    const { data } = setup();
    const { text } = await build(data);
    const review = section(text, 'Suunnitelman toteutuminen', 'Kokouksen päätös');
    expect(review).toContain('Tehty 1  ·  Osittain tehty 1  ·  Ei tehty 1  ·  Ei enää tarpeen 1  ·  Ei käsitelty 2');
    const head = 'Sopimus ja vastuuhenkilö\nToteutuminen\nKommentti';
    const blocks = [
      'Miten Äijö pääsee aamuisin kouluun ajoissa?',
      'Kuka tukee Sannia iltaisin?',
      'Jos työntekijöiden apua ja tukea tarvitaan, kenen ja mihin?',
      'Muut sopimukset',
    ].map((heading) => review.indexOf(`\n${heading}\n${head}\n`));
    expect(blocks.every((index) => index > 0)).toBe(true);
    expect([...blocks].sort((a, b) => a - b)).toEqual(blocks);
    // A general question without items in the plan has no block.
    expect(review).not.toContain('Miten suunnitelman toteutumista seurataan?');
    expect(review).toContain(
      'Mummo herättää Äijön arkiaamuisin ja saattaa hänet bussipysäkille.\nAune Äijälä, mummo\nTehty\nMyöhästymisiä vain yksi koko keväänä.',
    );
    expect(review).toContain(
      'Koulu ilmoittaa kotiin samana aamuna, jos Äijö ei ole tullut.\nCawo Maxamed Xuseen, koulukuraattori, Koulu\nOsittain tehty\nViesti tuli joskus vasta iltapäivällä.',
    );
    expect(review).toContain('Britt-Marie on Sannin kanssa tiistai- ja torstai-iltaisin.\nBritt-Marie Lindqvist, moster\nEi tehty\nBritt-Marie muutti Turkuun huhtikuussa.');
    expect(review).toContain('Pekka soittaa Sannille joka sunnuntai.\nPekka Lind, isän ystävä\nEi käsitelty\n');
    expect(review).toContain('Sosiaalityöntekijä hakee perheelle perhetyötä.\nLeena Korhonen, sosiaalityöntekijä\nEi enää tarpeen\n');
    expect(review).toContain('John lähettää Äijölle kirjeen kerran kuukaudessa.\nJohn Carter, kummi\nEi käsitelty\n');
  });

  it('ends with another follow-up on its date, and who made the record', async () => {
    const { data } = setup();
    const { text } = await build(data);
    expect(section(text, 'Kokouksen päätös')).toBe(
      '\nKokouksen päätös\nPäätös\nUusi seurantakokous\nAika\ntorstaina 9. joulukuuta 2027\nMuistion laati Riikka Salmela, koollekutsuja.',
    );
  });

  it('ends with closing the conference, its reason and the details given', async () => {
    const { data } = setup('fi', (f) => ({
      ...f,
      outcome: { kind: 'close', reason: 'other', text: 'Perhe muuttaa toiselle paikkakunnalle.', recordedAt: '2027-06-10T12:00:00.000Z' },
    }));
    const { text } = await build(data);
    expect(section(text, 'Kokouksen päätös')).toContain(
      'Kokouksen päätös\nPäätös\nLäheisneuvonpito päätetään\nSyy\nMuu syy\nLisätiedot\nPerhe muuttaa toiselle paikkakunnalle.',
    );
    expect(text).not.toContain('Uusi seurantakokous');
  });

  it('leaves out every part with nothing recorded, heading and all', async () => {
    const { data: base } = setup('fi', (f) => ({
      ...f,
      summary: { ...f.summary, worked: '', toRefine: '  ', newConcerns: '', workSoFar: '', questions: [] },
      outcome: null,
    }));
    const data = { ...base, meeting: { ...base.meeting, day: emptyMeetingDay() } };
    const { text } = await build(data);
    for (const heading of ['Läsnä', 'Sosiaalityöntekijän yhteenveto', 'Kysymykset verkostolle', 'Kokouksen päätös']) {
      expect(text).not.toContain(`\n${heading}\n`);
    }
    // The review is always there while the follow-up has a plan: an item not gone through says so.
    expect(text).toContain('\nSuunnitelman toteutuminen\n');
    expect(text).toContain('Ei käsitelty');
  });

  it('reads in Swedish for a Swedish conference', async () => {
    const { data } = setup('sv');
    const { file, text } = await build(data);
    expect(file.name).toBe('Minnesanteckningar uppföljningsmöte 2027-06-10.docx');
    expect(text).toContain('\nMINNESANTECKNINGAR\n11.6.2027');
    expect(text).toContain('Minnesanteckningar från uppföljningsmötet\nBarn\nÄijö och Sanni\nUppföljningsmöte\ntorsdag 10 juni 2027 kl. 9.00–13.00 (4 timmar)');
    expect(text).toContain('Utvärderad plan\nversion 1, godkänd 4.3.2027');
    expect(text).toContain('Närvarande\nNamn\nRelation eller uppgift\nDeltagande\nAune Äijälä\nmummo\npå plats');
    expect(text).toContain('Cawo Maxamed Xuseen\nkoulukuraattori, Koulu\npå plats, kom kl. 10.15');
    expect(text).toContain('Britt-Marie Lindqvist\nmoster\npå distans');
    expect(text).toContain('Socialarbetarens sammanfattning\nVad i planen har fungerat och kan fortsätta\n');
    expect(text).toContain('Frågor till nätverket\n');
    expect(text).toContain('Hur planen har förverkligats\nGjort 1  ·  Delvis gjort 1  ·  Inte gjort 1  ·  Behövs inte längre 1  ·  Inte behandlat 2');
    expect(text).toContain('Överenskommelse och ansvarig\nGenomförande\nKommentar\n');
    expect(text).toContain('Pekka soittaa Sannille joka sunnuntai.\nPekka Lind, isän ystävä\nInte behandlat\n');
    expect(text).toContain('Övriga överenskommelser\n');
    expect(text).toContain('Mötets beslut\nBeslut\nNytt uppföljningsmöte\nTid\ntorsdag 9 december 2027');
    expect(text).not.toMatch(/Seurantakokouksen|Ei käsitelty|Tehty/);
  });

  it('carries no identity code, reference, concern, conference summary or notes in any part of the file', async () => {
    const { data } = setup();
    const { file } = await build(data);
    const everything = Object.values(parseAllParts(file.bytes))
      .map((doc) => `${wordText(doc)}\n${doc.documentElement.textContent ?? ''}`)
      .join('\n');
    for (const secret of Object.values(CONFIDENTIAL)) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/\b\d{6}[-+A-FU-Y]\d{3}[0-9A-Y]\b/);
    expect(everything).not.toContain(data.prep.conference.reference);
  });
});
