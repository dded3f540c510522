import { describe, expect, it } from 'vitest';
import { buildChildInvitation } from '../../../electron/backend/documents/child-invitation.docx';
import { packDocx, type MeetingData } from '../../../electron/backend/documents/document-data';
import { buildInvitation } from '../../../electron/backend/documents/invitation.docx';
import { DOCX_MIME } from '../../../electron/shared/documents/documents.schema';
import type { NetworkMember } from '../../../electron/shared/preparation/network.schema';
import { CONFIDENTIAL, makeDocumentPreparation, makePlanPreparation } from '../../fixtures/documents';
import { makeDocumentSettings } from '../../fixtures/document-settings';
import { docxText, unzipDocx } from '../../helpers/docx';
import { makeMember } from '../../fixtures/preparation';

function setup() {
  const people = makeDocumentPreparation();
  const data: MeetingData = { prep: people.prep, settings: makeDocumentSettings(), meeting: people.prep.meetings[0]!, today: '2027-02-01' };
  return { ...people, data };
}

async function letterText(data: MeetingData, member: NetworkMember) {
  const file = await packDocx(buildInvitation(data, member));
  return { file, text: docxText(file.bytes) };
}

function expectNothingConfidential(text: string) {
  for (const secret of Object.values(CONFIDENTIAL)) expect(text).not.toContain(secret);
  expect(text).not.toContain('Koulunkäynti');
}

describe('the invitation letter', { timeout: 30_000 }, () => {
  it('is a Word file named after the recipient, never the family matter', async () => {
    const { data, grandma } = setup();
    const { file } = await letterText(data, grandma);
    expect(file.name).toBe('Kutsu - Aune Äijälä.docx');
    expect(file.mimeType).toBe(DOCX_MIME);
  });

  it('in Finnish says who, what for, when, where, how long, the three parts, the reply date and the convener', async () => {
    const { data, english } = setup();
    const fi = { ...english, language: 'fi' as const };
    const { text } = await letterText({ ...data, prep: { ...data.prep, members: data.prep.members.map((m) => (m.id === fi.id ? fi : m)) } }, fi);
    expect(text).toContain('Kutsu läheisneuvonpitoon');
    expect(text).toContain('Hyvä John Carter');
    expect(text).toContain('12 Elm Road\nLeeds LS1 4AB');
    expect(text).toContain('Kokoonnumme yhdessä miettimään, miten Äijön ja Sannin arkea voidaan tukea.');
    expect(text).toContain('torstaina 4. maaliskuuta 2027 klo 9.00–13.00 (4 tuntia)');
    expect(text).toContain('Perhekeskus Kajava, Kajavantie 5, 00950 Helsinki');
    expect(text).toContain('Sali 2');
    expect(text).toContain('Esteetön sisäänkäynti pihan puolelta');
    expect(text).toContain('Pysäköinti pihalla, bussi 97 pysähtyy oven edessä');
    expect(text).toMatch(/Tiedonanto\. .*\nLäheisten oma neuvonpito\. .*\nSuunnitelman esittely ja hyväksyminen\. /);
    expect(text).toContain('Kokouksessa on tarjoilua.');
    expect(text).toContain('Jos tarvitset tulkin, kerro siitä, niin järjestän sen.');
    expect(text).toContain('Kerro viimeistään lauantaina 20. helmikuuta 2027, pääsetkö mukaan.');
    expect(text).toContain('040 555 0101');
    expect(text).toContain('riikka.salmela@example.fi');
    expect(text).toMatch(/Ystävällisin terveisin\nRiikka Salmela\nKoollekutsuja\nItäisen perhesosiaalityön yksikkö/);
    expect(text).toContain('Itäisen perhesosiaalityön yksikkö\nPL 4210\n00099 Helsingin kaupunki\npuh. 09 310 12345');
    expectNothingConfidential(text);
  });

  it('goes to a Swedish speaker in Swedish and an English speaker in English', async () => {
    const { data, swede, english } = setup();
    const sv = await letterText(data, swede);
    expect(sv.file.name).toBe('Inbjudan - Britt-Marie Lindqvist.docx');
    expect(sv.text).toContain('Inbjudan till familjerådslag');
    expect(sv.text).toContain('Bästa Britt-Marie Lindqvist,');
    expect(sv.text).toContain('torsdag 4 mars 2027 kl. 9.00–13.00 (4 timmar)');
    expect(sv.text).toContain('Vi samlas för att tillsammans fundera');
    expect(sv.text).toContain('Familjens egen tid.');
    expect(sv.text).toContain('Du leder familjens egen tid.');
    expect(sv.text).toContain('Din specialkost har beaktats.');
    expect(sv.text).toMatch(/Britt-Marie Lindqvist[^]*Med vänliga hälsningar\nRiikka Salmela\nSamordnare\n/);
    expectNothingConfidential(sv.text);

    const en = await letterText(data, english);
    expect(en.file.name).toBe('Invitation - John Carter.docx');
    expect(en.text).toContain('Invitation to a family group conference');
    expect(en.text).toContain('Dear John Carter,');
    expect(en.text).toContain('Thursday, 4 March 2027, 09:00–13:00 (4 hours)');
    expect(en.text).toContain('Please reply by\nSaturday, 20 February 2027');
    expect(en.text).toContain('Please let me know by Saturday, 20 February 2027 whether you can come.');
    expect(en.text).toContain('Private family time.');
    expectNothingConfidential(en.text);
  });

  it("goes to someone with another language in the conference's language, with their interpreter", async () => {
    const { data, arabic } = setup();
    const { file, text } = await letterText(data, arabic);
    expect(file.name).toBe('Kutsu - فاطمة الحسيني.docx');
    // The right-to-left name is isolated (U+2068 … U+2069) so it cannot reorder the greeting.
    expect(text).toContain('Hyvä \u2068فاطمة الحسيني\u2069');
    expect(text).toContain('Kokouksessa on tulkki sinua varten (kieli: arabia).');
    expect(text).toContain('Kiitos, että olet jo kertonut osallistuvasi.');
  });

  it('falls back to a neutral purpose, and says when the time is not set yet', async () => {
    const { data, grandma } = setup();
    const meeting = { ...data.meeting, date: null, startTime: null, endTime: null, invitation: { replyBy: null, purpose: { fi: '', sv: '', en: '' } } };
    const { text } = await letterText({ ...data, meeting }, grandma);
    expect(text).toContain('Läheisneuvonpidossa lapsen perhe, läheiset ja työntekijät kokoontuvat yhteen');
    expect(text).toContain('Aika\nvahvistetaan myöhemmin');
  });

  it('gives each role its paragraph: support person, worker, remote participant', async () => {
    const { data, grandma, curator, neighbour } = setup();
    const support = (await letterText(data, grandma)).text;
    expect(support).toContain('Sinut on valittu avustajaksi lapselle: Äijö.');
    const worker = (await letterText(data, curator)).text;
    expect(worker).toContain('Tuo mukanasi konkreettisia tietoja, ei tulkintoja');
    expect(worker).toContain('Toivon, että jäät kuulemaan suunnitelman esittelyn.');
    const remote = (await letterText(data, neighbour)).text;
    expect(remote).toContain('Osallistut etäyhteydellä. Liity kokoukseen tästä linkistä: https://meet.example.fi/j/123456');
    expect(remote).not.toContain('Kokouksessa on tarjoilua.');
    expect(support).not.toContain('meet.example.fi');
    expect(support).not.toContain('konkreettisia tietoja');
  });

  it('numbers the file names of two invitees with the same name', async () => {
    const { data } = setup();
    const twin = makeMember({ name: 'Aune Äijälä', invite: 'invite' });
    const prep = { ...data.prep, members: [...data.prep.members, twin] };
    const first = buildInvitation({ ...data, prep }, prep.members[0]!);
    const second = buildInvitation({ ...data, prep }, twin);
    expect([first.name, second.name]).toEqual(['Kutsu - Aune Äijälä.docx', 'Kutsu - Aune Äijälä (2).docx']);
  });

  it('opens with the letterhead without a logo too', async () => {
    const { data, grandma } = setup();
    const settings = { ...data.settings, unit: { ...data.settings.unit, logo: null } };
    const { text } = await letterText({ ...data, settings }, grandma);
    expect(text.startsWith('Itäisen perhesosiaalityön yksikkö\nPL 4210')).toBe(true);
  });
});

describe("the child's invitation", { timeout: 30_000 }, () => {
  it('is short and warm, in the conference language, and names the support person, time, place and convener', async () => {
    const { data } = setup();
    const child = data.prep.conference.children[0]!;
    const file = await packDocx(buildChildInvitation(data, child));
    const text = docxText(file.bytes);
    expect(file.name).toBe('Kutsu lapselle - Äijö.docx');
    expect(text).toContain('Hei Äijö!');
    expect(text).toContain('Saat kertoa, mitä ajattelet.');
    expect(text).toContain('Avustajasi on Aune Äijälä.');
    expect(text).toContain('torstaina 4. maaliskuuta 2027 klo 9.00–13.00');
    expect(text).toContain('Perhekeskus Kajava');
    expect(text).toContain('Riikka Salmela');
    expectNothingConfidential(text);
    // A child's letter is set in 14 pt, larger than the 11 pt of the others.
    const styles = new TextDecoder().decode(unzipDocx(file.bytes)['word/styles.xml']);
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:sz w:val="28"\/>/);
  });

  it("offers a drawing or a letter when the child's way of taking part is not decided", async () => {
    const { data } = setup();
    const child = data.prep.conference.children[1]!;
    const prep = { ...data.prep, children: data.prep.children.map((c) => ({ ...c, participation: 'undecided' as const })) };
    const text = docxText((await packDocx(buildChildInvitation({ ...data, prep }, child))).bytes);
    expect(text).toContain('Voit myös lähettää piirustuksen tai kirjeen.');
    expect(text).toContain('Avustajasi on Pekka Lind.');
  });
});

/*
 * The follow-up meeting of makePlanPreparation on 10 June 2027: the plan invites Aune, Britt-Marie,
 * Cawo and the social worker. Its letters say it is a follow-up meeting, in each one's language.
 */
function followUpSetup() {
  const people = makePlanPreparation();
  const meeting = { ...people.followUp, invitation: { replyBy: '2027-05-27', purpose: { fi: '', sv: '', en: '' } } };
  const prep = { ...people.prep, meetings: [people.prep.meetings[0]!, meeting] };
  const data: MeetingData = { prep, settings: makeDocumentSettings(), meeting, today: '2027-05-10' };
  return { ...people, data };
}

function expectNoPlanContent(text: string, plan: ReturnType<typeof makePlanPreparation>['plan']) {
  for (const item of plan.items) expect(text).not.toContain(item.what);
  for (const dissent of plan.dissents) expect(text).not.toContain(dissent.text);
}

describe('the invitation to a follow-up meeting', { timeout: 30_000 }, () => {
  it('in Finnish says it is a follow-up meeting that goes through how the plan made together has gone', async () => {
    const { data, grandma, plan } = followUpSetup();
    const { file, text } = await letterText(data, grandma);
    expect(file.name).toBe('Kutsu seurantakokoukseen 2027-06-10 - Aune Äijälä.docx');
    expect(text).toContain('Kutsu seurantakokoukseen');
    expect(text).toContain('Sinut kutsutaan seurantakokoukseen.');
    expect(text).toContain('Seurantakokouksessa katsotaan yhdessä, miten läheisneuvonpidossa tehty suunnitelma on toteutunut, ja tarkennetaan sitä tarvittaessa.');
    expect(text).toContain('torstaina 10. kesäkuuta 2027 klo 9.00–13.00');
    expect(text).toMatch(/Mitä kokouksessa tehdään\nKokouksessa käydään yhdessä läpi suunnitelmassa sovitut asiat: mikä on toiminut ja voi jatkua, ja mitä pitää tarkentaa\./);
    expect(text).toContain('Seurantakokouksessakin katsotaan eteenpäin eikä etsitä syyllisiä.');
    expect(text).toContain('Tehtäväsi kokouksessa\nOlet avustaja lapselle: Äijö. Autat lasta kertomaan omat ajatuksensa myös seurantakokouksessa.');
    // Her reply was to the conference; she has not replied to the follow-up: this letter asks.
    expect(text).toContain('Kerro viimeistään torstaina 27. toukokuuta 2027, pääsetkö mukaan.');
    expect(text).not.toContain('Kiitos, että olet jo kertonut osallistuvasi.');
    expect(text).not.toContain('Läheisten oma neuvonpito.');
    expect(text).not.toContain('läheisneuvonpitoon');
    expectNothingConfidential(text);
    expectNoPlanContent(text, plan);
  });

  it('in Swedish says "uppföljningsmöte", and leaves out the roles of the conference’s private time', async () => {
    const { data, swede, plan } = followUpSetup();
    const { file, text } = await letterText(data, swede);
    expect(file.name).toBe('Inbjudan till uppföljningsmöte 2027-06-10 - Britt-Marie Lindqvist.docx');
    expect(text).toContain('Inbjudan till uppföljningsmöte');
    expect(text).toContain('Du bjuds in till ett uppföljningsmöte.');
    expect(text).toContain('På uppföljningsmötet går vi tillsammans igenom hur planen från familjerådslaget har förverkligats');
    expect(text).toContain('Vad mötet handlar om\nPå mötet går vi tillsammans igenom det som avtalades i planen');
    expect(text).toContain('Också uppföljningsmötet ser framåt och letar inte efter skyldiga.');
    expect(text).toContain('torsdag 10 juni 2027 kl. 9.00–13.00');
    expect(text).toContain('Meddela senast torsdag 27 maj 2027 om du kan delta.');
    expect(text).not.toContain('Du leder familjens egen tid.');
    expect(text).not.toContain('Familjens egen tid.');
    expectNothingConfidential(text);
    expectNoPlanContent(text, plan);
  });

  it('follows the reply to the follow-up itself: thanks a reply given, and gives the link to someone taking part remotely', async () => {
    const { data, grandma } = followUpSetup();
    const replied = (reply: 'coming' | 'remote'): MeetingData => ({
      ...data,
      meeting: { ...data.meeting, remoteLink: 'https://meet.example.fi/seuranta', replies: [{ memberId: grandma.id, reply, version: 2 }] },
    });
    const coming = (await letterText(replied('coming'), grandma)).text;
    expect(coming).toContain('Kiitos, että olet jo kertonut osallistuvasi.');
    expect(coming).not.toContain('pääsetkö mukaan');
    expect(coming).not.toContain('https://meet.example.fi/seuranta');
    const remote = (await letterText(replied('remote'), grandma)).text;
    expect(remote).toContain('Osallistut etäyhteydellä. Liity kokoukseen tästä linkistä: https://meet.example.fi/seuranta');
  });

  it('asks a worker to tell how what was agreed has gone', async () => {
    const { data, curator } = followUpSetup();
    const { text } = await letterText(data, curator);
    expect(text).toContain('Kerrot kokouksessa oman työsi näkökulmasta, miten sovitut asiat ovat edenneet ja millaista tukea on tarjolla.');
    expect(text).not.toContain('tiedonanto-osuudessa');
    expect(text).not.toContain('Toivon, että jäät kuulemaan suunnitelman esittelyn.');
  });

  it('leaves the conference’s letter as it was', async () => {
    const { data: followUpData, grandma, swede } = followUpSetup();
    const { data } = setup();
    const conferenceData = { ...followUpData, meeting: followUpData.prep.meetings[0]!, today: data.today };
    for (const member of [grandma, swede]) {
      // The two fixtures make their people afresh: the same person has another id in each.
      const before = await letterText(data, data.prep.members.find((m) => m.name === member.name)!);
      const after = await letterText(conferenceData, member);
      expect(after.file.name).toBe(before.file.name);
      expect(after.text).toBe(before.text);
    }
    const { text } = await letterText(conferenceData, grandma);
    expect(text).toContain('Kutsu läheisneuvonpitoon');
    expect(text).toContain('Kiitos, että olet jo kertonut osallistuvasi.');
    expect(text).toContain('Suunnitelman esittely ja hyväksyminen.');
  });

  it("for a child says the meeting's name and what is done there, with a support person invited to it", async () => {
    const { data } = followUpSetup();
    const [aijo, sanni] = data.prep.conference.children;
    const file = await packDocx(buildChildInvitation(data, aijo!));
    const text = docxText(file.bytes);
    expect(file.name).toBe('Kutsu lapselle seurantakokoukseen 2027-06-10 - Äijö.docx');
    expect(text).toContain('Tapaamisen nimi on seurantakokous.');
    expect(text).toMatch(/Mitä siellä tapahtuu\?\nEnsin katsotaan yhdessä, mikä on mennyt hyvin\.\nSitten mietitään, mitä vielä voisi tehdä toisin\.\nLopuksi sovitaan, miten tästä jatketaan\./);
    expect(text).toContain('Avustajasi on Aune Äijälä.');
    expect(text).toContain('torstaina 10. kesäkuuta 2027');
    expect(text).not.toContain('Tapaamisen nimi on läheisneuvonpito.');
    expectNothingConfidential(text);
    // Sanni's support person, Pekka, is not invited to the follow-up.
    const sanniText = docxText((await packDocx(buildChildInvitation(data, sanni!))).bytes);
    expect(sanniText).not.toContain('Pekka Lind');
    expect(sanniText).toContain('Voit valita aikuisen, joka auttaa sinua kertomaan ajatuksesi.');
  });
});
