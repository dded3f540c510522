import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildChecklist } from '../../electron/backend/documents/checklist.docx';
import { buildChildInvitation } from '../../electron/backend/documents/child-invitation.docx';
import { packDocx, type MeetingData } from '../../electron/backend/documents/document-data';
import { buildInvitation } from '../../electron/backend/documents/invitation.docx';
import { buildPlan } from '../../electron/backend/documents/plan.docx';
import { CONFIDENTIAL, makeDocumentPreparation, makePlanPreparation } from '../fixtures/documents';
import { makeDocumentSettings } from '../fixtures/document-settings';
import { pdfPages, pdfText, renderToPdf } from '../helpers/docx';
import { makeTempDir } from '../helpers/temp-dir';

/*
 * What a reader sees: the letters, the checklist and the plan converted to PDF by LibreOffice
 * (one soffice run for all of them) and read back with pdftotext.
 */

const dir = makeTempDir('neuvonpito-render-');
const pdf: Record<'fi' | 'sv' | 'en' | 'child' | 'checklist' | 'plan', { text: string; pages: number }> = {} as never;

beforeAll(async () => {
  const { prep, grandma, swede, english } = makeDocumentPreparation();
  // The venue booked and refreshments ordered for fewer than are coming: the arrangements tick them.
  const own = prep.meetings[0]!;
  const meeting = {
    ...own,
    venue: { ...own.venue, bookingStatus: 'booked' as const },
    venueBookedDate: '2027-02-01',
    refreshments: { ...own.refreshments, orderedDate: '2027-02-10', orderedHeadcount: 5 },
  };
  const data: MeetingData = { prep, settings: makeDocumentSettings(), meeting, today: '2027-02-22' };
  const planned = makePlanPreparation();
  const files = await Promise.all(
    [
      buildInvitation(data, grandma),
      buildInvitation(data, swede),
      buildInvitation(data, english),
      buildChildInvitation(data, prep.conference.children[0]!),
      buildChecklist(data),
      buildPlan({ prep: planned.prep, settings: data.settings, today: '2027-03-05' }, planned.plan),
    ].map(packDocx),
  );
  const paths = renderToPdf(files, dir.path);
  (['fi', 'sv', 'en', 'child', 'checklist', 'plan'] as const).forEach((key, index) => {
    pdf[key] = { text: pdfText(paths[index]!), pages: pdfPages(paths[index]!) };
  });
}, 240_000);

afterAll(() => dir.remove());

describe('rendered by LibreOffice', () => {
  it('the Finnish invitation reads as a letter: recipient, time, place, the three parts, reply date, convener', () => {
    const { text, pages } = pdf.fi;
    expect(pages).toBeLessThanOrEqual(2);
    expect(text).toContain('Itäisen perhesosiaalityön yksikkö PL 4210 00099 Helsingin kaupunki');
    expect(text).toContain('Aune Äijälä Kuusitie 4 B 12 00950 Helsinki');
    expect(text).toContain('Kutsu läheisneuvonpitoon');
    expect(text).toContain('torstaina 4. maaliskuuta 2027 klo 9.00–13.00 (4 tuntia)');
    expect(text).toContain('Perhekeskus Kajava, Kajavantie 5, 00950 Helsinki');
    expect(text).toContain('Tiedonanto.');
    expect(text).toContain('Läheisten oma neuvonpito.');
    expect(text).toContain('Suunnitelman esittely ja hyväksyminen.');
    expect(text).toContain('Riikka Salmela Koollekutsuja');
    for (const secret of Object.values(CONFIDENTIAL)) expect(text).not.toContain(secret);
  });

  it('the Swedish and English invitations are in Swedish and English', () => {
    expect(pdf.sv.text).toContain('Inbjudan till familjerådslag');
    expect(pdf.sv.text).toContain('torsdag 4 mars 2027 kl. 9.00–13.00 (4 timmar)');
    expect(pdf.sv.text).toContain('Planen presenteras och godkänns.');
    expect(pdf.en.text).toContain('Invitation to a family group conference');
    expect(pdf.en.text).toContain('Thursday, 4 March 2027, 09:00–13:00 (4 hours)');
    expect(pdf.en.text).toContain('Please let me know by Saturday, 20 February 2027 whether you can come.');
    expect(pdf.en.text).toContain('John Carter 12 Elm Road Leeds LS1 4AB');
    expect(pdf.en.pages).toBeLessThanOrEqual(2);
  });

  it("the child's invitation fits on one page", () => {
    expect(pdf.child.pages).toBe(1);
    expect(pdf.child.text).toContain('Hei Äijö!');
    expect(pdf.child.text).toContain('Avustajasi on Aune Äijälä.');
    expect(pdf.child.text).toContain('Riikka Salmela');
  });

  it('the checklist shows boxes, dates and what is overdue', () => {
    const { text } = pdf.checklist;
    expect(text).toContain('Käytännön järjestelyt');
    expect(text).toMatch(/☑ Tila varattu 4\.2\.2027 1\.2\.2027 Järjestelyt/);
    expect(text).toMatch(/☑ Tarjoilut tilattu\s+Tilattu 5 hengelle, nyt tulossa 8/);
    expect(text).toMatch(/☑ Tulkki tilattu 18\.2\.2027 10\.2\.2027 Järjestelyt/);
    expect(text).toMatch(/☐ Kutsut lähetetty 11\.2\.2027 – myöhässä/);
    expect(text).toContain('8 paikan päällä');
    expect(text).toContain('Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)');
  });

  it('the plan reads as a shared record: questions, who does what, the decision, everyone with a task and how to reach them', () => {
    const { text, pages } = pdf.plan;
    expect(pages).toBeLessThanOrEqual(3);
    expect(text).toContain('SUUNNITELMA 5.3.2027 1 (3)');
    expect(text).toContain('Läheisneuvonpidon suunnitelma Lapset Äijö ja Sanni Läheisneuvonpito 4.3.2027');
    expect(text).toContain('Miten Äijö pääsee aamuisin kouluun ajoissa? Mitä tehdään Kuka tekee Milloin Seuranta');
    expect(text).toContain('Mummo herättää Äijön arkiaamuisin ja saattaa hänet bussipysäkille. Aune Äijälä 8.3.2027 alkaen');
    expect(text).toContain('Tarkistaa: Leena Korhonen sosiaalityöntekijä');
    expect(text).toContain('Eriävät mielipiteet Nimi Eriävä mielipide Pekka Lind Pekka olisi halunnut Sannille harrastuksen heti.');
    expect(text).toContain('Päätös Hyväksytty muutoksin Päivämäärä 4.3.2027 Perustelut Perhetyö alkaa vasta huhtikuussa.');
    expect(text).toContain('Tehtävät ja yhteystiedot Nimi Suhde tai tehtävä Yhteystiedot Aune Äijälä mummo 040 765 4321 aune.aijala@example.fi');
    // A long address stays whole on one line.
    expect(text).toContain('Britt-Marie Lindqvist moster 040 222 3333 britt-marie.lindqvist@example.fi');
    expect(text).toContain('Suunnitelman saavat • Aune Äijälä, mummo • Britt-Marie Lindqvist, moster • Leena Korhonen, sosiaalityöntekijä');
    expect(text).toContain('Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)');
    for (const secret of Object.values(CONFIDENTIAL)) expect(text).not.toContain(secret);
  });
});
