import type { Catalog } from './fi';
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

/** Swedish. */
export const sv: Catalog = {
  'app.name': 'Neuvonpito',
  'app.tagline': 'Samordnarens arbetsbord',
  'app.skipToContent': 'Hoppa till innehållet',
  'app.loading': 'Laddar…',
  'app.language': 'Språk',
  'app.privacyNote': 'Uppgifterna sparas endast på den här datorn.',

  'nav.main': 'Huvudmeny',
  'nav.menu': 'Meny',
  'nav.conferences': 'Familjerådslag',
  'nav.newConference': 'Nytt familjerådslag',
  'nav.settings': 'Egna uppgifter och inställningar',

  'phase.toimeksianto': 'Uppdrag',
  'phase.valmistelu': 'Förberedelse',
  'phase.neuvonpito': 'Rådslag',
  'phase.seuranta': 'Uppföljning',
  'phase.paattynyt': 'Avslutat',

  'meetingType.laheisneuvonpito': 'Familjerådslag',

  'timing.window': '{opens}–{closes}',
  'timing.status.upcoming.one': 'Perioden börjar om {count} dag',
  'timing.status.upcoming.other': 'Perioden börjar om {count} dagar',
  'timing.status.open.one': '{count} dag kvar',
  'timing.status.open.other': '{count} dagar kvar',
  'timing.status.openToday': 'Sista dagen i dag',
  'timing.status.late.one': '{count} dag försenat',
  'timing.status.late.other': '{count} dagar försenat',
  'timing.status.held': 'Rådslaget hållet',
  'timing.status.closed': 'Avslutat',

  'list.title': 'Familjerådslag',
  'list.count.one': '{count} rådslag',
  'list.count.other': '{count} rådslag',
  'list.search': 'Sök',
  'list.searchPlaceholder': 'Benämning, barnets namn eller socialarbetare',
  'list.phaseFilter': 'Skede',
  'list.phaseFilter.active': 'Pågående',
  'list.phaseFilter.all': 'Alla skeden',
  'list.column.reference': 'Benämning',
  'list.column.children': 'Barn',
  'list.column.phase': 'Skede',
  'list.empty.title': 'Inga familjerådslag ännu',
  'list.empty.body':
    'När socialarbetaren har kommit överens om uppdraget lägger du till rådslaget här. Till en början räcker benämning, barn, socialarbetare och uppdragets datum.',
  'list.noMatches.title': 'Inga rådslag motsvarar sökningen',
  'list.noMatches.body': 'Pröva ett annat sökord eller visa alla skeden.',
  'list.clearFilters': 'Töm sökningen',
  'list.caption': 'Familjerådslag, de mest brådskande först',

  'form.section.basics': 'Grunduppgifter',
  'form.section.children': 'Barn',
  'form.section.guardians': 'Vårdnadshavare',
  'form.section.socialWorker': 'Socialarbetare',
  'form.section.notes': 'Anteckningar',
  'form.reference': 'Benämning',
  'form.reference.hint':
    'Ett kort namn som du känner igen rådslaget på, t.ex. "Virtanen 3/2027". Använd inte personbeteckning.',
  'form.commissionDate': 'Uppdragets datum',
  'form.commissionDate.hint': 'Dagen då uppdragsavtalet gjordes.',
  'form.meetingType': 'Typ av möte',
  'form.child.firstName': 'Förnamn',
  'form.child.birthYear': 'Födelseår',
  'form.child.add': 'Lägg till barn',
  'form.child.remove': 'Ta bort barnet {name}',
  'form.child.legend': 'Barn {index}',
  'form.guardian.name': 'Namn',
  'form.guardian.add': 'Lägg till vårdnadshavare',
  'form.guardian.remove': 'Ta bort vårdnadshavaren {name}',
  'form.guardian.legend': 'Vårdnadshavare {index}',
  'form.guardians.empty': 'Inga vårdnadshavare har lagts till.',
  'form.guardians.hint': 'En vårdnadshavare är samtidigt en person i nätverket (familj, nära, inbjuden): kontaktuppgifter, språk, inbjudan och svar antecknas på fliken Nätverk. Finns personen redan i nätverket med samma namn kopplas hen dit.',
  'form.socialWorker.name': 'Namn',
  'form.socialWorker.unit': 'Enhet',
  'form.socialWorker.phone': 'Telefon',
  'form.socialWorker.email': 'E-post',
  'form.notes': 'Egna anteckningar',
  'form.notes.hint': 'Endast för dig. Skriv fakta, inte bedömningar. Inga personbeteckningar.',
  'form.optional': 'frivillig',
  'form.save': 'Spara',
  'form.saving': 'Sparar…',
  'form.create': 'Lägg till rådslag',
  'form.cancel': 'Avbryt',
  'form.saved': 'Ändringarna har sparats.',
  'form.errorLink': '{field}: {message}',
  'form.unsavedChanges': 'Osparade ändringar',
  'form.discard': 'Ångra ändringarna',
  'form.unnamed': 'namnlös',
  'form.readOnly': 'Ett avslutat rådslag kan inte redigeras. Öppna det först på nytt.',

  'new.title': 'Nytt familjerådslag',
  'new.intro': 'Anteckna uppdragets grunduppgifter. Du kan komplettera dem senare.',

  'conference.backToList': 'Tillbaka till rådslagen',
  'conference.tabs': 'Rådslagets delar',
  'conference.tab.overview': 'Översikt',
  'conference.tab.commission': 'Uppdrag',
  'conference.tab.network': 'Nätverket',
  'conference.tab.contacts': 'Kontakter',
  'conference.tab.summary': 'Sammanfattning',
  'conference.tab.arrangements': 'Arrangemang',
  'conference.tab.documents': 'Dokument',
  'conference.tab.plan': 'Plan',
  'conference.tab.followUp': 'Uppföljning',
  'conference.meetingMode': 'Mötesvy',
  'conference.phaseStepper': 'Rådslagets skeden',
  'conference.phase.current': 'nuvarande skede',
  'conference.phase.moveTo': 'Flytta till skedet {phase}',
  'conference.phase.moved': 'Skedet ändrat: {phase}.',
  'conference.timing.title': 'Tidpunkt',
  'conference.timing.commission': 'Uppdrag {date}',
  'conference.childAge': '{name} ({age} år)',
  'conference.details': 'Uppgifter',
  'conference.created': 'Rådslaget har lagts till.',
  'conference.close': 'Avsluta rådslaget',
  'conference.reopen': 'Öppna på nytt',
  'conference.reopened': 'Rådslaget har öppnats på nytt.',
  'conference.closedBanner': 'Avslutat {date}: {reason}',
  'conference.notFound.title': 'Rådslaget hittades inte',
  'conference.notFound.body': 'Det kan ha tagits bort eller så är länken gammal.',

  'close.title': 'Avsluta rådslaget',
  'close.intro': 'Ett avslutat rådslag flyttas sist i listan. Du kan öppna det på nytt senare.',
  'close.reason': 'Orsak',
  'close.reason.plan_made': 'Planen är gjord',
  'close.reason.family_withdrew': 'Familjen drog sig ur',
  'close.reason.other': 'Annan orsak',
  'close.text': 'Tilläggsuppgift',
  'close.text.hint': 'Obligatorisk när orsaken är "Annan orsak".',
  'close.confirm': 'Avsluta rådslaget',
  'close.closed': 'Rådslaget har avslutats.',

  'unsaved.title': 'Osparade ändringar',
  'unsaved.body': 'Formuläret har ändringar som inte har sparats. Om du lämnar sidan går de förlorade.',
  'unsaved.stay': 'Fortsätt redigera',
  'unsaved.leave': 'Lämna utan att spara',

  'dialog.close': 'Stäng',
  'textList.moveUp': 'Flytta uppåt: {item}',
  'textList.moveDown': 'Flytta nedåt: {item}',
  'textList.remove': 'Ta bort {item}',
  'textList.moved': 'Flyttad till plats {position}.',
  'textList.removed': '{item} borttagen.',

  'validation.required': 'Obligatorisk uppgift.',
  'validation.tooLong': 'Texten är för lång.',
  'validation.tooMany': 'För många rader.',
  'validation.date': 'Ange datum som d.m.åååå, t.ex. 10.3.2027.',
  'validation.email': 'Kontrollera e-postadressen, t.ex. namn@kommun.fi.',
  'validation.phone': 'Kontrollera telefonnumret: siffror, mellanslag och + är tillåtna.',
  'validation.birthYear': 'Ange året, t.ex. 2015.',
  'validation.childRequired': 'Lägg till minst ett barn.',
  'validation.identityCode': 'Skriv inte personbeteckning. Neuvonpito sparar inga personbeteckningar.',
  'validation.closeReasonText': 'Ange orsaken när du väljer "Annan orsak".',
  'validation.choice': 'Välj ett av alternativen.',
  'validation.id': 'Felaktig identifierare.',
  'validation.version': 'Felaktig version.',
  'validation.invalid': 'Felaktigt värde.',
  'validation.notInvitedReason': 'Berätta varför personen inte bjuds in.',
  'validation.otherLanguage': 'Ange vilket språk.',
  'validation.roleNeedsInvite': 'En uppgift kan bara ges till den som bjuds in. Välj först "Bjuds in".',
  'validation.supportTaken': 'Barnet har redan en stödperson. Ta först bort uppgiften från den andra personen.',
  'validation.childUnknown': 'Barnet finns inte i detta familjerådslag.',
  'validation.receivedBeforeRequested': 'Mottagningsdagen kan inte vara före begäran.',
  'validation.beforeReceived': 'Sammanfattningen kan inte gås igenom innan den har kommit.',
  'validation.time': 'Ange klockslag som t.mm, t.ex. 9.30 eller 14.00.',
  'validation.count': 'Ange ett heltal, t.ex. 12.',
  'validation.euros': 'Ange ett belopp i euro, t.ex. 120,50.',
  'validation.duration': 'Ange en tidsåtgång, t.ex. 45 min, 1 h 30 min eller 1,5 h.',
  'validation.satisfaction': 'Välj ett betyg 1–10.',
  'validation.periodOrder': 'Slutdagen kan inte vara före startdagen.',
  'validation.endBeforeStart': 'Sluttiden måste vara efter starttiden.',
  'validation.replyByAfterMeeting': 'Svarsdagen måste vara före mötet.',
  'validation.duplicateLanguage': 'Det finns redan en tolkrad för det här språket.',
  'validation.logoType': 'Logotypen måste vara en PNG- eller JPEG-bild.',
  'validation.logoTooLarge': 'Logotypen är för stor. Högst 512 kB.',
  'validation.daysBefore': 'Ange antalet dagar 0–120.',
  'validation.minutes': 'Ange minuter 5–360.',
  'validation.planOwner': 'Välj vem som gör det: någon i nätverket eller socialarbetaren.',
  'validation.notInNetwork': 'Personen finns inte längre i nätverket. Välj någon annan.',
  'validation.notInSummary': 'Frågan eller ramvillkoret finns inte längre i sammanfattningen.',
  'validation.decisionReasons': 'Ange motiveringen när planen godkänns med ändringar eller inte godkänns.',
  'validation.nextFollowUpDate': 'Nästa uppföljningsmöte måste vara efter det här mötet.',
  'form.language': 'Rådslagets språk',
  'form.language.hint': 'De allmänna frågorna och dokumenten görs på detta språk.',
  'language.fi': 'finska',
  'language.sv': 'svenska',
  'language.en': 'engelska',

  'error.invalid_input': 'Uppgifterna innehåller fel. Kontrollera de markerade fälten.',
  'error.not_found': 'Uppgiften hittades inte. Den kan ha tagits bort.',
  'error.conflict':
    'Uppgiften har ändrats under tiden. Ladda om sidan för att se de senaste uppgifterna och gör sedan ändringen på nytt.',
  'error.internal': 'Något gick fel och ingenting sparades. Försök igen.',
  'error.disk_full': 'Disken är full. Frigör utrymme och försök igen – ingenting sparades.',
  'error.storage':
    'Det gick inte att skriva till eller läsa från disken – ingenting sparades. Kontrollera att disken eller nätverksenheten är tillgänglig och försök igen. Om felet upprepas, starta om appen.',
  'error.network': 'Förbindelsen till programmets bakre del bröts. Ingenting sparades.',
  'error.reload': 'Ladda om',

  'startup.errorTitle':
    'Neuvonpito kan inte starta',
  'startup.databaseTooNew':
    'Databasen har sparats med en nyare version av Neuvonpito. Uppdatera appen till den senaste versionen. Filen har inte ändrats.',
  'startup.failed':
    'Appen kunde inte startas. Starta appen på nytt. Om felet upprepas, kontakta supporten och uppge felmeddelandet nedan.',
  'startup.failedPlain':
    'Appen kunde inte startas. Starta om datorn och försök igen. Om felet upprepas, kontakta IT-supporten.',
  'startup.databaseOpen.corrupt':
    'Databasfilen är skadad eller är inte en databas för Neuvonpito och kunde inte öppnas.\n\nFil: {file}\n\nRadera inte filen. Återställ den från en säkerhetskopia (mappen backups bredvid den innehåller de automatiska säkerhetskopiorna) eller kontakta IT-supporten.',
  'startup.databaseOpen.no_access':
    'Appen kunde inte läsa eller skriva databasen: behörighet saknas till mappen eller filen, eller mappen är inte tillgänglig.\n\nFil: {file}\n\nKontrollera att nätverksenheten är ansluten och att du har läs- och skrivbehörighet till mappen. Be IT-supporten om hjälp vid behov.',
  'startup.databaseOpen.locked':
    'Databasen används av ett annat program och kunde inte öppnas.\n\nFil: {file}\n\nStäng andra Neuvonpito-fönster (även andra användares) och starta appen på nytt.',
  'startup.databaseOpen.disk_full':
    'Disken är full, så databasen kunde inte öppnas.\n\nFil: {file}\n\nFrigör utrymme på disken och starta appen på nytt.',
  'startup.databaseOpen.unknown':
    'Databasen kunde inte öppnas.\n\nFil: {file}\n\nStarta om datorn och försök igen. Om felet upprepas, kontakta IT-supporten. Radera inte filen.',
  'startup.databaseOpen.wrong_key':
    'Databasen kunde inte öppnas: krypteringsnyckeln är fel. Ingenting har ändrats.\n\nFil: {file}\n\nStarta appen med samma nyckel som databasen krypterades med (i skrivbordsappen finns nyckeln i filen neuvonpito.key.enc bredvid databasen, i webbläsaren i filen neuvonpito.key eller variabeln NEUVONPITO_DB_KEY). Radera inte databasen: utan rätt nyckel kan uppgifterna inte läsas. Om nyckeln säkert är rätt kan filen vara skadad: kontakta IT-supporten.',
  'startup.databaseOpen.missing_key':
    'Databasen kunde inte öppnas: krypteringsnyckeln saknas. Ingenting har ändrats.\n\nFil: {file}\n\nÅterställ nyckeln (i skrivbordsappen filen neuvonpito.key.enc bredvid databasen, i webbläsaren filen neuvonpito.key eller variabeln NEUVONPITO_DB_KEY), till exempel från en säkerhetskopia, och starta appen på nytt, eller kontakta IT-supporten. Radera inte databasen: utan nyckeln kan uppgifterna inte läsas.',
  'startup.databaseKey.unavailable':
    'Databasens nyckel kunde inte öppnas eftersom operativsystemets kryptering inte är tillgänglig.\n\nNyckelfil: {file}\n\nLogga in på datorn med ditt eget användarnamn och starta appen på nytt. Om felet upprepas, kontakta IT-supporten. Inga filer har ändrats.',
  'startup.databaseKey.weak_keyring':
    'För att skydda databasens nyckel behövs systemets nyckelring (till exempel GNOME-nyckelringen eller KWallet), och ingen hittades. Utan den vore nyckeln i praktiken oskyddad.\n\nNyckelfil: {file}\n\nAktivera en nyckelring och starta appen på nytt, eller be IT-supporten om hjälp. Inga filer har ändrats.',
  'startup.databaseKey.unreadable':
    'Databasens nyckel kunde inte öppnas med det här användarnamnet. Nyckeln skyddas med användarnamnet och datorn där appen togs i bruk.\n\nNyckelfil: {file}\n\nStarta appen med samma användarnamn och på samma dator som tidigare, eller kontakta IT-supporten. Radera inga filer: utan nyckeln kan uppgifterna inte läsas. Inga filer har ändrats.',
  'startup.databaseKey.missing':
    'Databasen är krypterad men dess nyckelfil saknas, så uppgifterna kan inte läsas.\n\nNyckelfil som saknas: {file}\n\nÅterställ nyckelfilen till samma mapp (till exempel från en säkerhetskopia) och starta appen på nytt, eller kontakta IT-supporten. Radera inte databasen. Inga filer har ändrats.',

  'menu.file': 'Arkiv',
  'menu.quit': 'Avsluta',
  'menu.edit': 'Redigera',
  'menu.undo': 'Ångra',
  'menu.redo': 'Gör om',
  'menu.cut': 'Klipp ut',
  'menu.copy': 'Kopiera',
  'menu.paste': 'Klistra in',
  'menu.selectAll': 'Markera allt',
  'menu.view': 'Visa',
  'menu.reload': 'Ladda om',
  'menu.zoomIn': 'Förstora',
  'menu.zoomOut': 'Förminska',
  'menu.resetZoom': 'Ursprunglig storlek',
  'menu.fullScreen': 'Helskärm',
  'menu.window': 'Fönster',
  'menu.minimize': 'Minimera',
  'menu.close': 'Stäng fönstret',
  'menu.help': 'Hjälp',
  'menu.about': 'Om Neuvonpito',

  ...commissionMessages.sv,
  ...networkMessages.sv,
  ...contactsMessages.sv,
  ...summaryMessages.sv,
  ...settingsMessages.sv,
  ...backupsMessages.sv,
  ...preparationMessages.sv,
  ...checklistMessages.sv,
  ...arrangementsMessages.sv,
  ...documentsMessages.sv,
  ...exportsMessages.sv,
  ...meetingDayMessages.sv,
  ...planMessages.sv,
  ...followUpMessages.sv,
  ...conferencesMessages.sv,
  ...conferenceListMessages.sv,
  ...integrityMessages.sv,
  ...transferMessages.sv,
  ...deletionMessages.sv,
  ...statisticsMessages.sv,
  ...statisticsPageMessages.sv,
  ...weekMessages.sv,
  ...heldBeforeMessages.sv,
  ...dateFieldMessages.sv,
  ...lettersMessages.sv,
  ...meetingTypesMessages.sv,
  ...meetingTypeScreensMessages.sv,
  ...mappingDocumentsMessages.sv,
  ...mappingDayMessages.sv,
  ...feedbackMessages.sv,
  ...workMessages.sv,
  ...appShellMessages.sv,
};
