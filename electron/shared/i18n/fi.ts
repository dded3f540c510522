import { commissionMessages } from './features/commission';
import { networkMessages } from './features/network';
import { contactsMessages } from './features/contacts';
import { summaryMessages } from './features/summary';
import { settingsMessages } from './features/settings';
import { backupsMessages } from './features/backups';
import { preparationMessages } from './features/preparation';
import { checklistMessages } from './features/checklist';
import { arrangementsMessages } from './features/arrangements';
import { documentsMessages } from './features/documents';
import { exportsMessages } from './features/exports';
import { meetingDayMessages } from './features/meeting-day';
import { planMessages } from './features/plan';
import { followUpMessages } from './features/follow-up';
import { conferencesMessages } from './features/conference';
import { conferenceListMessages } from './features/conference-list';
import { integrityMessages } from './features/integrity';
import { transferMessages } from './features/transfer';
import { deletionMessages } from './features/deletion';
import { statisticsMessages } from './features/statistics';
import { statisticsPageMessages } from './features/statistics-page';
import { weekMessages } from './features/week';
import { heldBeforeMessages } from './features/held-before';
import { dateFieldMessages } from './features/date-fields';
import { lettersMessages } from './features/letters';
import { meetingTypesMessages } from './features/meeting-types';
import { meetingTypeScreensMessages } from './features/meeting-type-screens';
import { mappingDocumentsMessages } from './features/mapping-documents';
import { feedbackMessages } from './features/feedback';
import { mappingDayMessages } from './features/mapping-day';
import { workMessages } from './features/work';
import { appShellMessages } from './features/app-shell';

/** Finnish: the default language and the source of every catalog key. */
export const fi = {
  'app.name': 'Neuvonpito',
  'app.tagline': 'Koollekutsujan työpöytä',
  'app.skipToContent': 'Siirry sisältöön',
  'app.loading': 'Ladataan…',
  'app.language': 'Kieli',
  'app.privacyNote': 'Tiedot tallentuvat vain tälle tietokoneelle.',

  'nav.main': 'Päävalikko',
  'nav.menu': 'Valikko',
  'nav.conferences': 'Neuvonpidot',
  'nav.newConference': 'Uusi neuvonpito',
  'nav.settings': 'Omat tiedot ja asetukset',

  'phase.toimeksianto': 'Toimeksianto',
  'phase.valmistelu': 'Valmistelu',
  'phase.neuvonpito': 'Neuvonpito',
  'phase.seuranta': 'Seuranta',
  'phase.paattynyt': 'Päättynyt',

  'meetingType.laheisneuvonpito': 'Läheisneuvonpito',

  'timing.window': '{opens}–{closes}',
  'timing.status.upcoming.one': 'Ikkuna avautuu {count} päivän päästä',
  'timing.status.upcoming.other': 'Ikkuna avautuu {count} päivän päästä',
  'timing.status.open.one': '{count} päivä jäljellä',
  'timing.status.open.other': '{count} päivää jäljellä',
  'timing.status.openToday': 'Viimeinen päivä tänään',
  'timing.status.late.one': 'Myöhässä {count} päivää',
  'timing.status.late.other': 'Myöhässä {count} päivää',
  'timing.status.held': 'Neuvonpito pidetty',
  'timing.status.closed': 'Päättynyt',

  'list.title': 'Neuvonpidot',
  'list.count.one': '{count} neuvonpito',
  'list.count.other': '{count} neuvonpitoa',
  'list.search': 'Hae',
  'list.searchPlaceholder': 'Tunnus, lapsen nimi tai sosiaalityöntekijä',
  'list.phaseFilter': 'Vaihe',
  'list.phaseFilter.active': 'Käynnissä olevat',
  'list.phaseFilter.all': 'Kaikki vaiheet',
  'list.column.reference': 'Tunnus',
  'list.column.children': 'Lapset',
  'list.column.phase': 'Vaihe',
  'list.empty.title': 'Ei vielä neuvonpitoja',
  'list.empty.body':
    'Kun sosiaalityöntekijä on sopinut toimeksiannosta, lisää neuvonpito tähän. Alkuun riittävät tunnus, lapset, sosiaalityöntekijä ja toimeksiannon päivämäärä.',
  'list.noMatches.title': 'Hakuehdoilla ei löytynyt neuvonpitoja',
  'list.noMatches.body': 'Kokeile toista hakusanaa tai näytä kaikki vaiheet.',
  'list.clearFilters': 'Tyhjennä haku',
  'list.caption': 'Neuvonpidot kiireellisimmät ensin',

  'form.section.basics': 'Perustiedot',
  'form.section.children': 'Lapset',
  'form.section.guardians': 'Huoltajat',
  'form.section.socialWorker': 'Sosiaalityöntekijä',
  'form.section.notes': 'Muistiinpanot',
  'form.reference': 'Tunnus',
  'form.reference.hint':
    'Lyhyt nimi, josta tunnistat neuvonpidon, esim. "Virtanen 3/2027". Älä käytä henkilötunnusta.',
  'form.commissionDate': 'Toimeksiannon päivämäärä',
  'form.commissionDate.hint': 'Päivä, jona toimeksiantosopimus tehtiin.',
  'form.meetingType': 'Tapaamisen tyyppi',
  'form.child.firstName': 'Etunimi',
  'form.child.birthYear': 'Syntymävuosi',
  'form.child.add': 'Lisää lapsi',
  'form.child.remove': 'Poista lapsi {name}',
  'form.child.legend': 'Lapsi {index}',
  'form.guardian.name': 'Nimi',
  'form.guardian.add': 'Lisää huoltaja',
  'form.guardian.remove': 'Poista huoltaja {name}',
  'form.guardian.legend': 'Huoltaja {index}',
  'form.guardians.empty': 'Huoltajia ei ole lisätty.',
  'form.guardians.hint': 'Huoltaja on samalla verkoston henkilö (perhe, läheinen, kutsuttu): yhteystiedot, kieli, kutsu ja vastaus kirjataan Verkosto-välilehdellä. Jos hän on jo verkostossa samalla nimellä, hänet yhdistetään siihen.',
  'form.socialWorker.name': 'Nimi',
  'form.socialWorker.unit': 'Yksikkö',
  'form.socialWorker.phone': 'Puhelin',
  'form.socialWorker.email': 'Sähköposti',
  'form.notes': 'Omat muistiinpanot',
  'form.notes.hint': 'Vain sinulle. Kirjaa asiat, älä arvioita. Ei henkilötunnuksia.',
  'form.optional': 'valinnainen',
  'form.save': 'Tallenna',
  'form.saving': 'Tallennetaan…',
  'form.create': 'Lisää neuvonpito',
  'form.cancel': 'Peruuta',
  'form.saved': 'Muutokset tallennettu.',
  'form.errorLink': '{field}: {message}',
  'form.unsavedChanges': 'Tallentamattomia muutoksia',
  'form.discard': 'Hylkää muutokset',
  'form.unnamed': 'nimetön',
  'form.readOnly': 'Päättynyttä neuvonpitoa ei voi muokata. Avaa se ensin uudelleen.',

  'new.title': 'Uusi neuvonpito',
  'new.intro': 'Kirjaa toimeksiannon perustiedot. Voit täydentää tietoja myöhemmin.',

  'conference.backToList': 'Takaisin neuvonpitoihin',
  'conference.tabs': 'Neuvonpidon osiot',
  'conference.tab.overview': 'Yleiskuva',
  'conference.tab.commission': 'Toimeksianto',
  'conference.tab.network': 'Läheisverkosto',
  'conference.tab.contacts': 'Yhteydenotot',
  'conference.tab.summary': 'Yhteenveto',
  'conference.tab.arrangements': 'Järjestelyt',
  'conference.tab.documents': 'Asiakirjat',
  'conference.tab.plan': 'Suunnitelma',
  'conference.tab.followUp': 'Seuranta',
  'conference.meetingMode': 'Kokousnäkymä',
  'conference.phaseStepper': 'Neuvonpidon vaiheet',
  'conference.phase.current': 'nykyinen vaihe',
  'conference.phase.moveTo': 'Siirrä vaiheeseen {phase}',
  'conference.phase.moved': 'Vaihe vaihdettu: {phase}.',
  'conference.timing.title': 'Ajankohta',
  'conference.timing.commission': 'Toimeksianto {date}',
  'conference.childAge': '{name} ({age} v)',
  'conference.details': 'Tiedot',
  'conference.created': 'Neuvonpito lisätty.',
  'conference.close': 'Päätä neuvonpito',
  'conference.reopen': 'Avaa uudelleen',
  'conference.reopened': 'Neuvonpito avattu uudelleen.',
  'conference.closedBanner': 'Päättynyt {date}: {reason}',
  'conference.notFound.title': 'Neuvonpitoa ei löytynyt',
  'conference.notFound.body': 'Se on ehkä poistettu tai linkki on vanha.',

  'close.title': 'Päätä neuvonpito',
  'close.intro': 'Päätetty neuvonpito siirtyy listan loppuun. Voit avata sen myöhemmin uudelleen.',
  'close.reason': 'Syy',
  'close.reason.plan_made': 'Suunnitelma tehty',
  'close.reason.family_withdrew': 'Perhe vetäytyi',
  'close.reason.other': 'Muu syy',
  'close.text': 'Lisätieto',
  'close.text.hint': 'Pakollinen, kun syy on "Muu syy".',
  'close.confirm': 'Päätä neuvonpito',
  'close.closed': 'Neuvonpito päätetty.',

  'unsaved.title': 'Tallentamattomia muutoksia',
  'unsaved.body': 'Lomakkeella on muutoksia, joita ei ole tallennettu. Jos poistut, ne menetetään.',
  'unsaved.stay': 'Jatka muokkausta',
  'unsaved.leave': 'Poistu tallentamatta',

  'dialog.close': 'Sulje',
  'textList.moveUp': 'Siirrä ylöspäin: {item}',
  'textList.moveDown': 'Siirrä alaspäin: {item}',
  'textList.remove': 'Poista {item}',
  'textList.moved': 'Siirretty kohtaan {position}.',
  'textList.removed': '{item} poistettu.',

  'validation.required': 'Pakollinen tieto.',
  'validation.tooLong': 'Teksti on liian pitkä.',
  'validation.tooMany': 'Liian monta riviä.',
  'validation.date': 'Anna päivämäärä muodossa p.k.vvvv, esim. 10.3.2027.',
  'validation.email': 'Tarkista sähköpostiosoite, esim. nimi@kunta.fi.',
  'validation.phone': 'Tarkista puhelinnumero: numerot, välilyönnit ja + ovat sallittuja.',
  'validation.birthYear': 'Anna vuosi, esim. 2015.',
  'validation.childRequired': 'Lisää vähintään yksi lapsi.',
  'validation.identityCode': 'Älä kirjoita henkilötunnusta. Neuvonpito ei tallenna henkilötunnuksia.',
  'validation.closeReasonText': 'Kerro syy, kun valitset "Muu syy".',
  'validation.choice': 'Valitse jokin vaihtoehdoista.',
  'validation.id': 'Virheellinen tunniste.',
  'validation.version': 'Virheellinen versio.',
  'validation.invalid': 'Virheellinen arvo.',
  'validation.notInvitedReason': 'Kerro, miksi henkilöä ei kutsuta.',
  'validation.otherLanguage': 'Kerro, mikä kieli.',
  'validation.roleNeedsInvite': 'Tehtävän voi antaa vain kutsuttavalle. Valitse ensin "Kutsutaan".',
  'validation.supportTaken': 'Lapsella on jo avustaja. Poista hänet ensin toiselta henkilöltä.',
  'validation.childUnknown': 'Lasta ei löydy tästä neuvonpidosta.',
  'validation.receivedBeforeRequested': 'Saapumispäivä ei voi olla ennen pyyntöpäivää.',
  'validation.beforeReceived': 'Yhteenvetoa ei voi käydä läpi ennen kuin se on saatu.',
  'validation.time': 'Anna kellonaika muodossa t.mm, esim. 9.30 tai 14.00.',
  'validation.count': 'Anna kokonaisluku, esim. 12.',
  'validation.euros': 'Anna summa euroina, esim. 120,50.',
  'validation.duration': 'Anna kesto, esim. 45 min, 1 h 30 min tai 1,5 h.',
  'validation.satisfaction': 'Valitse arvosana 1–10.',
  'validation.periodOrder': 'Loppupäivä ei voi olla ennen alkupäivää.',
  'validation.endBeforeStart': 'Päättymisajan pitää olla alkamisajan jälkeen.',
  'validation.replyByAfterMeeting': 'Vastauspäivän pitää olla ennen tapaamista.',
  'validation.duplicateLanguage': 'Tälle kielelle on jo tulkkirivi.',
  'validation.logoType': 'Logon pitää olla PNG- tai JPEG-kuva.',
  'validation.logoTooLarge': 'Logo on liian suuri. Enintään 512 kt.',
  'validation.daysBefore': 'Anna päivien määrä 0–120.',
  'validation.minutes': 'Anna minuutit 5–360.',
  'validation.planOwner': 'Valitse, kuka tekee: joku läheisverkostosta tai sosiaalityöntekijä.',
  'validation.notInNetwork': 'Tätä henkilöä ei enää ole läheisverkostossa. Valitse toinen.',
  'validation.notInSummary': 'Tätä kysymystä tai reunaehtoa ei enää ole yhteenvedossa.',
  'validation.decisionReasons': 'Kerro perustelut, kun suunnitelma hyväksytään muutoksin tai sitä ei hyväksytä.',
  'validation.nextFollowUpDate': 'Seuraavan seurantakokouksen pitää olla tämän kokouksen jälkeen.',
  'form.language': 'Neuvonpidon kieli',
  'form.language.hint': 'Yleiset kysymykset ja asiakirjat tehdään tällä kielellä.',
  'language.fi': 'suomi',
  'language.sv': 'ruotsi',
  'language.en': 'englanti',

  'error.invalid_input': 'Tiedoissa on virheitä. Tarkista merkityt kentät.',
  'error.not_found': 'Tietoa ei löytynyt. Se on ehkä poistettu.',
  'error.conflict':
    'Tieto on muuttunut sillä välin. Lataa sivu uudelleen, niin näet uusimmat tiedot, ja tee muutos sitten uudelleen.',
  'error.internal': 'Jotain meni vikaan, eikä mitään tallennettu. Yritä uudelleen.',
  'error.disk_full': 'Levy on täynnä. Vapauta tilaa ja yritä uudelleen – mitään ei tallennettu.',
  'error.storage':
    'Levylle ei voitu kirjoittaa tai siltä ei voitu lukea – mitään ei tallennettu. Tarkista, että levy tai verkkolevy on käytettävissä, ja yritä uudelleen. Jos virhe toistuu, käynnistä sovellus uudelleen.',
  'error.network': 'Yhteys sovelluksen taustaosaan katkesi. Mitään ei tallennettu.',
  'error.reload': 'Lataa uudelleen',

  'startup.errorTitle':
    'Neuvonpito ei käynnisty',
  'startup.databaseTooNew':
    'Tietokanta on tallennettu Neuvonpidon uudemmalla versiolla. Päivitä sovellus uusimpaan versioon. Tiedostoa ei muutettu.',
  'startup.failed':
    'Sovelluksen käynnistäminen epäonnistui. Käynnistä sovellus uudelleen. Jos virhe toistuu, ota yhteyttä tukeen ja kerro alla oleva virheilmoitus.',
  'startup.failedPlain':
    'Sovelluksen käynnistäminen epäonnistui. Käynnistä tietokone uudelleen ja yritä uudelleen. Jos virhe toistuu, ota yhteyttä IT-tukeen.',
  'startup.databaseOpen.corrupt':
    'Tietokantatiedosto on vahingoittunut tai se ei ole Neuvonpidon tietokanta, joten sitä ei voitu avata.\n\nTiedosto: {file}\n\nÄlä poista tiedostoa. Palauta se varmuuskopiosta (viereisessä backups-kansiossa ovat automaattiset varmuuskopiot) tai ota yhteyttä IT-tukeen.',
  'startup.databaseOpen.no_access':
    'Sovellus ei päässyt lukemaan tai kirjoittamaan tietokantaa: sen kansioon tai tiedostoon ei ole oikeuksia, tai kansio ei ole käytettävissä.\n\nTiedosto: {file}\n\nTarkista, että verkkolevy on kytkettynä ja että sinulla on kansioon luku- ja kirjoitusoikeus. Pyydä tarvittaessa apua IT-tuesta.',
  'startup.databaseOpen.locked':
    'Tietokanta on toisen ohjelman käytössä, joten sitä ei voitu avata.\n\nTiedosto: {file}\n\nSulje muut Neuvonpito-ikkunat (myös toisen käyttäjän) ja käynnistä sovellus uudelleen.',
  'startup.databaseOpen.disk_full':
    'Levy on täynnä, joten tietokantaa ei voitu avata.\n\nTiedosto: {file}\n\nVapauta levytilaa ja käynnistä sovellus uudelleen.',
  'startup.databaseOpen.unknown':
    'Tietokantaa ei voitu avata.\n\nTiedosto: {file}\n\nKäynnistä tietokone uudelleen ja yritä uudelleen. Jos virhe toistuu, ota yhteyttä IT-tukeen. Älä poista tiedostoa.',
  'startup.databaseOpen.wrong_key':
    'Tietokantaa ei voitu avata: salausavain on väärä. Mitään ei ole muutettu.\n\nTiedosto: {file}\n\nKäynnistä sovellus samalla avaimella, jolla tietokanta salattiin (työpöytäsovelluksessa avain on tiedostossa neuvonpito.key.enc tietokannan vieressä, selainkäytössä tiedostossa neuvonpito.key tai muuttujassa NEUVONPITO_DB_KEY). Älä poista tietokantaa: ilman oikeaa avainta tietoja ei voi lukea. Jos avain on varmasti oikea, tiedosto voi olla vahingoittunut: ota yhteyttä IT-tukeen.',
  'startup.databaseOpen.missing_key':
    'Tietokantaa ei voitu avata: salausavain puuttuu. Mitään ei ole muutettu.\n\nTiedosto: {file}\n\nPalauta avain (työpöytäsovelluksessa tiedosto neuvonpito.key.enc tietokannan viereen, selainkäytössä tiedosto neuvonpito.key tai muuttuja NEUVONPITO_DB_KEY) esimerkiksi varmuuskopiosta ja käynnistä sovellus uudelleen, tai ota yhteyttä IT-tukeen. Älä poista tietokantaa: ilman avainta tietoja ei voi lukea.',
  'startup.databaseKey.unavailable':
    'Tietokannan avainta ei voitu avata, koska käyttöjärjestelmän salaus ei ole käytettävissä.\n\nAvaintiedosto: {file}\n\nKirjaudu tietokoneelle omalla käyttäjätunnuksellasi ja käynnistä sovellus uudelleen. Jos virhe toistuu, ota yhteyttä IT-tukeen. Tiedostoja ei muutettu.',
  'startup.databaseKey.weak_keyring':
    'Tietokannan avaimen suojaamiseen tarvitaan järjestelmän avainnippu (esimerkiksi GNOME-avainnippu tai KWallet), eikä sellaista löytynyt. Ilman sitä avain olisi käytännössä suojaamaton.\n\nAvaintiedosto: {file}\n\nOta avainnippu käyttöön ja käynnistä sovellus uudelleen, tai pyydä apua IT-tuesta. Tiedostoja ei muutettu.',
  'startup.databaseKey.unreadable':
    'Tietokannan avainta ei voitu avata tällä käyttäjätunnuksella. Avain on suojattu sen käyttäjän tunnuksella ja sillä tietokoneella, jolla sovellus otettiin käyttöön.\n\nAvaintiedosto: {file}\n\nKäynnistä sovellus samalla käyttäjätunnuksella ja samalla tietokoneella kuin ennen, tai ota yhteyttä IT-tukeen. Älä poista tiedostoja: ilman avainta tietoja ei voi lukea. Tiedostoja ei muutettu.',
  'startup.databaseKey.missing':
    'Tietokanta on salattu, mutta sen avaintiedosto puuttuu, joten tietoja ei voi lukea.\n\nPuuttuva avaintiedosto: {file}\n\nPalauta avaintiedosto samaan kansioon (esimerkiksi varmuuskopiosta) ja käynnistä sovellus uudelleen, tai ota yhteyttä IT-tukeen. Älä poista tietokantaa. Tiedostoja ei muutettu.',

  'menu.file': 'Tiedosto',
  'menu.quit': 'Lopeta',
  'menu.edit': 'Muokkaa',
  'menu.undo': 'Kumoa',
  'menu.redo': 'Tee uudelleen',
  'menu.cut': 'Leikkaa',
  'menu.copy': 'Kopioi',
  'menu.paste': 'Liitä',
  'menu.selectAll': 'Valitse kaikki',
  'menu.view': 'Näytä',
  'menu.reload': 'Lataa uudelleen',
  'menu.zoomIn': 'Suurenna',
  'menu.zoomOut': 'Pienennä',
  'menu.resetZoom': 'Alkuperäinen koko',
  'menu.fullScreen': 'Koko näyttö',
  'menu.window': 'Ikkuna',
  'menu.minimize': 'Pienennä ikkuna',
  'menu.close': 'Sulje ikkuna',
  'menu.help': 'Ohje',
  'menu.about': 'Tietoja Neuvonpidosta',

  ...commissionMessages.fi,
  ...networkMessages.fi,
  ...contactsMessages.fi,
  ...summaryMessages.fi,
  ...settingsMessages.fi,
  ...backupsMessages.fi,
  ...preparationMessages.fi,
  ...checklistMessages.fi,
  ...arrangementsMessages.fi,
  ...documentsMessages.fi,
  ...exportsMessages.fi,
  ...meetingDayMessages.fi,
  ...planMessages.fi,
  ...followUpMessages.fi,
  ...conferencesMessages.fi,
  ...conferenceListMessages.fi,
  ...integrityMessages.fi,
  ...transferMessages.fi,
  ...deletionMessages.fi,
  ...statisticsMessages.fi,
  ...statisticsPageMessages.fi,
  ...weekMessages.fi,
  ...heldBeforeMessages.fi,
  ...dateFieldMessages.fi,
  ...lettersMessages.fi,
  ...meetingTypesMessages.fi,
  ...meetingTypeScreensMessages.fi,
  ...mappingDocumentsMessages.fi,
  ...mappingDayMessages.fi,
  ...feedbackMessages.fi,
  ...workMessages.fi,
  ...appShellMessages.fi,
} as const;

export type MessageKey = keyof typeof fi;
export type Catalog = Record<MessageKey, string>;
