import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../electron/backend/documents/checklist.docx';
import { buildCommission } from '../../../electron/backend/documents/commission.docx';
import { packDocx, type MeetingData } from '../../../electron/backend/documents/document-data';
import { buildInvitation } from '../../../electron/backend/documents/invitation.docx';
import { buildParticipants } from '../../../electron/backend/documents/participants.docx';
import { buildSummary } from '../../../electron/backend/documents/summary.docx';
import { makeDocumentPreparation } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { docxText, documentXmlSource, unzipDocx } from '../../helpers/docx';

function setup(today = '2027-02-22') {
  const people = makeDocumentPreparation();
  const data: MeetingData = { prep: people.prep, settings: makeDocumentSettings(), meeting: people.prep.meetings[0]!, today };
  return { ...people, data };
}

const part = (bytes: Uint8Array, path: string) => new TextDecoder().decode(unzipDocx(bytes)[path]);

describe('the commission agreement', { timeout: 30_000 }, () => {
  it('lists the parties, the date, the concerns, the consents and the workers, with signature lines', async () => {
    const { data } = setup();
    const file = await packDocx(buildCommission(data));
    const text = docxText(file.bytes);
    expect(file.name).toBe('Toimeksiantosopimus - Äijö ja Sanni.docx');
    expect(text).toContain('Äijö (s. 2015)');
    expect(text).toContain('Sanni (s. 2019)');
    expect(text).toContain('Huoltaja\nMaija Äijälä');
    expect(text).toContain('Sosiaalityöntekijä\nLeena Korhonen\nLastensuojelu\n040 123 4567\nleena.korhonen@example.fi');
    expect(text).toContain('Koollekutsuja\nRiikka Salmela');
    expect(text).toContain('Sopimus tehty 11.1.2027.');
    expect(text).toMatch(/Huolet, joihin suunnitelmalla haetaan ratkaisua\nKoulunkäynti\nÄidin jaksaminen iltaisin/);
    expect(text).toContain('Perhe tietää, että osallistuminen on vapaaehtoista.\n11.1.2027');
    expect(text).toContain('Cawo Maxamed Xuseen\nKoulu\nKoulunkäynti\nkyllä');
    // One place-and-date line and one signature per party: social worker, guardian, the child who took part, convener.
    expect(text.match(/Paikka ja aika/g)).toHaveLength(4);
    expect(text).toMatch(/Leena Korhonen\nSosiaalityöntekijä\n[^]*Maija Äijälä\nHuoltaja\n[^]*Äijö\nLapsi\n[^]*Riikka Salmela\nKoollekutsuja/);
    expect(part(file.bytes, 'word/footer1.xml') + part(file.bytes, 'word/footer2.xml')).toContain('Salassa pidettävä (JulkL 621/1999 24 § 1 mom. 25 k)');
  });

  it('leaves the date to be filled in by hand when it is not agreed yet', async () => {
    const { data } = setup();
    const prep = { ...data.prep, commission: { ...data.prep.commission, agreedDate: null, waiverDate: null } };
    const text = docxText((await packDocx(buildCommission({ ...data, prep }))).bytes);
    expect(text).toContain('Sopimus tehty ____.____.________');
    expect(text).toContain('Vapautus vaitiolovelvollisuudesta: alla mainitut työntekijät saavat kertoa tietoja läheisverkostolle.\nei vielä');
  });
});

describe('the summary and questions handout', { timeout: 30_000 }, () => {
  it('keeps the paragraphs, numbers the questions and lists the bottom lines', async () => {
    const { data } = setup();
    const file = await packDocx(buildSummary(data));
    const text = docxText(file.bytes);
    const xml = documentXmlSource(file.bytes);
    expect(file.name).toBe('Yhteenveto ja kysymykset - Äijö ja Sanni.docx');
    expect(text).toContain('Sosiaalityöntekijä: Leena Korhonen, Lastensuojelu');
    expect(text).toContain('Perheessä on ollut riitoja viime syksystä lähtien.\nKoulu on tukenut Äijöä tukiopetuksella.\nPerhe toivoo rauhallisempia iltoja.');
    expect(text).toContain('Avoimet kysymykset\nMiten Äijö pääsee aamuisin kouluun ajoissa?\nKuka tukee Sannia iltaisin?');
    expect(text).toContain('Yleiset kysymykset\nJos työntekijöiden apua ja tukea tarvitaan, kenen ja mihin?');
    expect(text).toContain('Suunnitelmassa on oltava\nAikuinen on kotona iltaisin.\nEi hyväksyttävää\nLapset jäävät yöksi yksin.');
    // The questions are a real numbered Word list, restarting for the general questions.
    expect(xml.match(/<w:numPr>/g)!.length).toBeGreaterThanOrEqual(6);
    expect(xml).toContain('<w:pStyle w:val="Heading2"/>');
  });

  it('says so when nothing has been written yet', async () => {
    const { data } = setup();
    const empty = { ...data.prep.summary, text: '', openQuestions: [], generalQuestions: [], mustInclude: [], notAcceptable: [] };
    const text = docxText((await packDocx(buildSummary({ ...data, prep: { ...data.prep, summary: empty } }))).bytes);
    expect(text).toContain('Yhteenvetoa ei ole vielä kirjoitettu.');
    expect(text).toContain('Kysymyksiä ei ole vielä kirjattu.');
    expect(text).not.toContain('Reunaehdot');
  });
});

describe('the checklist', { timeout: 30_000 }, () => {
  it('shows every item with its box, due date and done date, the overdue ones marked, and the arrangements', async () => {
    const { data } = setup();
    const meeting = {
      ...data.meeting,
      // The venue is ticked by its booking (the day it was saved as booked), not by hand.
      venueBookedDate: '2027-02-01',
      checklist: {
        done: { invitations: '2027-02-10' },
        doneVersions: { invitations: 2 },
        custom: [
          { id: '99999999-9999-4999-8999-000000000001', text: 'Varaa parkkipaikka mummolle', dueDate: '2027-02-25', doneDate: null, version: 1 },
          { id: '99999999-9999-4999-8999-000000000002', text: 'Lainaa piirustustarvikkeet', dueDate: '2027-02-18', doneDate: null, version: 1 },
        ],
      },
    };
    const file = await packDocx(buildChecklist({ ...data, meeting }));
    const text = docxText(file.bytes);
    expect(file.name).toBe('Tarkistuslista 2027-03-04 - Äijö ja Sanni.docx');
    expect(text).toContain('Läheisneuvonpito: torstaina 4. maaliskuuta 2027 klo 9.00–13.00 (4 tuntia)');
    // Ticked by what was recorded, with its day and where: the booking, the interpreter, the order, the summary.
    expect(text).toContain('☑\nTila varattu\n4.2.2027\n1.2.2027\nJärjestelyt');
    expect(text).toContain('☑\nKutsut lähetetty\n11.2.2027\n10.2.2027');
    expect(text).toContain('☑\nTulkki tilattu\n18.2.2027\n10.2.2027\nJärjestelyt');
    expect(text).toContain('☑\nTarjoilut tilattu\n25.2.2027\n20.2.2027\nJärjestelyt');
    expect(text).toContain('☐\nVaraa parkkipaikka mummolle\n25.2.2027 – pian');
    expect(text).toContain('☐\nLainaa piirustustarvikkeet\n18.2.2027 – myöhässä');
    expect(text).toContain('☐\nMuistutuspuhelut soitettu\n2.3.2027');
    expect(text).toContain('☐\nTarvikkeet valmiina\n4.3.2027');
    expect(text).not.toContain('Lastenhoito järjestetty');
    expect(text).toContain('Perhekeskus Kajava, Kajavantie 5, 00950 Helsinki');
    expect(text).toContain('varattu, enintään 14 henkeä');
    expect(text).toContain('8 paikan päällä: läheiset ja työntekijät 4, lapset 1, sosiaalityöntekijä ja koollekutsuja 2, tulkit paikan päällä 1');
    expect(text).toContain('gluteeniton: Aune Äijälä');
    expect(text).toContain('tilattu 20.2.2027 9 hengelle');
    // The right-to-left name is isolated (U+2068 … U+2069) so it cannot reorder the line.
    expect(text).toContain('arabia: tarvitsijat: \u2068فاطمة الحسيني\u2069, Tulkkikeskus, tilattu 10.2.2027, vahvistettu, paikan päällä');
    expect(text).toContain('Tarjoilut tilattu 9 hengelle, nyt tulossa 8.');
    // The overdue date is set apart in the alert colour.
    expect(documentXmlSource(file.bytes)).toMatch(/<w:color w:val="A4262C"\/>[^]*?18\.2\.2027 – myöhässä/);
  });
});

describe('the participant list', { timeout: 30_000 }, () => {
  it('is a landscape table of the invited with their needs and replies, then the children and the staff', async () => {
    const { data } = setup();
    const file = await packDocx(buildParticipants(data));
    const text = docxText(file.bytes);
    const xml = documentXmlSource(file.bytes);
    expect(file.name).toBe('Osallistujat 2027-03-04.docx');
    expect(xml).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(text).toContain('Kutsuttu 6: tulossa 4, etänä 1, ehkä 0, ei tule 0, ei vielä vastannut 1.');
    expect(text).toContain('Aune Äijälä\ntäti\navustaja: Äijö\n040 765 4321\nsuomi\ngluteeniton\nTulossa');
    expect(text).toContain('Britt-Marie Lindqvist\nmoster\noman ajan puheenjohtaja\n040 222 3333\nruotsi\nlaktoositon\nTulossa');
    expect(text).toContain('\u2068فاطمة الحسيني\u2069\nnaapuri\n\n\narabia\ntarvitsee tulkin\nhalal\nPyörätuoli\nTulossa');
    expect(text).toContain('Pekka Lind\ntäti\navustaja: Sanni\n\nsuomi\n\nTulossa etänä');
    // Asked for written views only: not among the invited, but listed with whether her views have come.
    expect(text).toContain('Kirjalliset näkemykset\nNimi\nSuhde lapseen\nPuhelin\nKirjeen kieli\nNäkemykset\nЛюдмила Соколова');
    expect(text).toMatch(/Людмила Соколова\n.*\n.*\n.*\nei vielä saatu/);
    expect(text).not.toContain('Åsa Öhrnberg');
    expect(text).toContain('Äijö (s. 2015)\nPaikalla\nAune Äijälä');
    expect(text).toContain('Sanni (s. 2019)\nPiirustuksella\nPekka Lind');
    expect(text).toContain('Sosiaalityöntekijä\nLeena Korhonen\nLastensuojelu\n040 123 4567\nleena.korhonen@example.fi');
    // The header row repeats on every page.
    expect(xml).toContain('<w:tblHeader/>');
  });
});

describe('every document', { timeout: 30_000 }, () => {
  it('is A4 with real Word headings, the unit letterhead and a logo that keeps its aspect ratio', async () => {
    const { data, grandma } = setup();
    for (const plan of [buildInvitation(data, grandma), buildCommission(data), buildSummary(data), buildChecklist(data)]) {
      const file = await packDocx(plan);
      const xml = documentXmlSource(file.bytes);
      expect(xml, file.name).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
      expect(xml, file.name).toContain('<w:pStyle w:val="Heading1"/>');
      expect(part(file.bytes, 'word/styles.xml'), file.name).toContain('w:ascii="Arial"');
      // The 240×80 logo is drawn 3:1, about 2 cm high.
      const [, cx, cy] = /<wp:extent cx="(\d+)" cy="(\d+)"\/>/.exec(xml)!;
      expect(Number(cx) / Number(cy)).toBeCloseTo(3, 1);
      expect(Number(cy) / 360_000).toBeCloseTo(2, 0);
      expect(Object.keys(unzipDocx(file.bytes)).some((path) => path.startsWith('word/media/'))).toBe(true);
      expect(docxText(file.bytes).startsWith('\nItäisen perhesosiaalityön yksikkö\nPL 4210\n00099 Helsingin kaupunki\npuh. 09 310 12345')).toBe(true);
    }
  });
});
