import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '../../electron/backend/documents/document-data';
import { buildFollowUpRecord } from '../../electron/backend/documents/follow-up.docx';
import type { Preparation } from '../../electron/shared/preparation/preparation.schema';
import { CONFIDENTIAL, makeFollowUpPreparation } from '../fixtures/documents';
import { makeDocumentSettings } from '../fixtures/document-settings';
import { pdfPages, pdfText, renderToPdf } from '../helpers/docx';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * The follow-up record as a reader sees it: converted to PDF by LibreOffice (one soffice
 * run for the Finnish and the Swedish record) and read back with pdftotext.
 */

const dir = makeTempDir('neuvonpito-follow-up-render-');
const pdf: Record<'fi' | 'sv', { text: string; pages: number }> = {} as never;

beforeAll(async () => {
  const fixture = makeFollowUpPreparation();
  const settings = makeDocumentSettings();
  const record = (language: Preparation['conference']['language']) =>
    buildFollowUpRecord({
      prep: { ...fixture.prep, conference: { ...fixture.prep.conference, language } },
      settings,
      meeting: fixture.followUpMeeting,
      followUp: fixture.followUp,
      today: '2027-06-11',
    });
  const files = await Promise.all([record('fi'), record('sv')].map(packDocx));
  const paths = renderToPdf(files, dir.path);
  (['fi', 'sv'] as const).forEach((key, index) => {
    pdf[key] = { text: pdfText(paths[index]!), pages: pdfPages(paths[index]!) };
  });
}, 240_000);

afterAll(() => dir.remove());

describe('the follow-up record rendered by LibreOffice', () => {
  it('reads in Finnish as a record of the meeting: who came, the summary, each item and how it went, the outcome', () => {
    const { text, pages } = pdf.fi;
    expect(pages).toBe(2);
    expect(text).toContain('MUISTIO 11.6.2027 1 (2)');
    expect(text).toContain(
      'Seurantakokouksen muistio Lapset Äijö ja Sanni Seurantakokous torstaina 10. kesäkuuta 2027 klo 9.00–13.00 (4 tuntia)',
    );
    expect(text).toContain('Arvioitu suunnitelma versio 1, hyväksytty 4.3.2027');
    expect(text).toContain('Läsnä Nimi Suhde tai tehtävä Osallistuminen Aune Äijälä mummo paikalla');
    expect(text).toContain('Cawo Maxamed Xuseen koulukuraattori, Koulu paikalla, saapui klo 10.15');
    expect(text).toContain('Britt-Marie Lindqvist moster etäyhteydellä');
    expect(text).toContain('Riikka Salmela koollekutsuja paikalla');
    expect(text).toContain('Sosiaalityöntekijän yhteenveto Mikä suunnitelmassa on toiminut ja voi jatkua Äijö on ehtinyt kouluun lähes joka aamu.');
    expect(text).toContain('Kysymykset verkostolle 1. Kuka on Sannin kanssa tiistai-iltaisin? 2. Miten Sannia tuetaan koulun alkaessa?');
    expect(text).toContain('Tehty 1 · Osittain tehty 1 · Ei tehty 1 · Ei enää tarpeen 1 · Ei käsitelty 2');
    expect(text).toContain('Miten Äijö pääsee aamuisin kouluun ajoissa? Sopimus ja vastuuhenkilö Toteutuminen Kommentti');
    expect(text).toContain('Mummo herättää Äijön arkiaamuisin ja saattaa hänet bussipysäkille. Tehty Myöhästymisiä vain yksi koko keväänä.');
    expect(text).toContain('Osittain tehty Viesti tuli joskus vasta iltapäivällä.');
    expect(text).toContain('Pekka soittaa Sannille joka sunnuntai. Ei käsitelty');
    expect(text).toContain('Kokouksen päätös Päätös Uusi seurantakokous Aika torstaina 9. joulukuuta 2027');
    expect(text).toContain('Muistion laati Riikka Salmela, koollekutsuja.');
    expect(text).toContain('Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)');
    expect(text).not.toContain('Miten työ asiakkaan ja verkoston kanssa');
    for (const secret of Object.values(CONFIDENTIAL)) expect(text).not.toContain(secret);
  });

  it('reads in Swedish for a Swedish conference, the status words whole in their column', () => {
    const { text } = pdf.sv;
    expect(text).toContain('MINNESANTECKNINGAR 11.6.2027');
    expect(text).toContain('Minnesanteckningar från uppföljningsmötet Barn Äijö och Sanni Uppföljningsmöte torsdag 10 juni 2027');
    expect(text).toContain('Närvarande Namn Relation eller uppgift Deltagande');
    expect(text).toContain('Socialarbetarens sammanfattning');
    expect(text).toContain('Överenskommelse och ansvarig Genomförande Kommentar');
    expect(text).toContain('Delvis gjort');
    expect(text).toContain('Inte behandlat');
    expect(text).toContain('Mötets beslut Beslut Nytt uppföljningsmöte Tid torsdag 9 december 2027');
    expect(text).toContain('Sekretessbelagd (JulkL 621/1999 24 § 1 mom. 25 k)');
    for (const secret of Object.values(CONFIDENTIAL)) expect(text).not.toContain(secret);
  });
});
