import { defineMessages } from './define';

/**
 * Cases already under way (issue 13 §5): a conference whose meeting was held before the app,
 * its plan entered afterwards ("kirjattu jälkikäteen").
 */
export const heldBeforeMessages = defineMessages(
  {
    'heldBefore.section': 'Jo pidetty neuvonpito',
    'heldBefore.toggle': 'Neuvonpito on jo pidetty ennen sovelluksen käyttöönottoa',
    'heldBefore.toggle.hint':
      'Valitse, jos tapaus on jo kesken: kokous kirjataan pidetyksi sen päivänä ilman kokouspäivän kirjauksia, ja suunnitelma kirjataan jälkikäteen sellaisena kuin se on hyväksytty. Seuranta hoidetaan sen jälkeen sovelluksessa.',
    'heldBefore.date': 'Neuvonpidon päivä',
    'heldBefore.startTime': 'Alkoi klo',
    'heldBefore.endTime': 'Päättyi klo',
    'heldBefore.afterwards': 'Kirjattu jälkikäteen',
    'heldBefore.held': 'Neuvonpito pidettiin {date} ennen sovelluksen käyttöönottoa.',
    'heldBefore.overview':
      'Valmistelu ja kokous tehtiin ennen sovellusta, joten niiden tehtäviä ei tässä kysytä. Kirjaa suunnitelma sellaisena kuin se on hyväksytty; seuranta hoidetaan sovelluksessa.',
    'heldBefore.plan':
      'Neuvonpito pidettiin {date} ennen sovelluksen käyttöönottoa. Kirjaa suunnitelma sellaisena kuin se on, tehtävineen ja vastuuhenkilöineen, ja sosiaalityöntekijän päätös päivämäärineen.',
    'heldBefore.arrangements': 'Neuvonpito pidettiin {date} ennen sovelluksen käyttöönottoa: sen järjestelyjä ei kirjata. Seurantakokouksen järjestelyt tehdään täällä, kun seuranta on luotu.',
    'heldBefore.documents': 'Neuvonpito pidettiin {date} ennen sovelluksen käyttöönottoa: sen kutsuja ja kokouspapereita ei tehdä jälkikäteen. Suunnitelman voi viedä alta.',
    'heldBefore.meetingDay': 'Neuvonpito pidettiin {date} ennen sovelluksen käyttöönottoa: kokouspäivää ei kirjata jälkikäteen.',
    'heldBefore.document': 'Kirjattu jälkikäteen: neuvonpito pidettiin {date} ennen sovelluksen käyttöönottoa, ja suunnitelma kirjattiin sellaisena kuin se oli hyväksytty.',
    'heldBefore.work': 'Neuvonpito pidettiin {date} ennen sovellusta (kirjattu jälkikäteen).',
    'heldBefore.existing.title': 'Pidettiinkö neuvonpito jo ennen sovellusta?',
    'heldBefore.existing.body':
      'Jos kokous pidettiin jo ennen kuin aloitit sovelluksen käytön, kirjaa se pidetyksi. Valmistelun tehtäviä ei sen jälkeen kysytä, ja suunnitelma kirjataan jälkikäteen.',
    'heldBefore.existing.open': 'Kirjaa pidetyksi ennen sovellusta…',
    'heldBefore.existing.save': 'Kirjaa pidetyksi',
    'heldBefore.existing.saved': 'Neuvonpito kirjattu pidetyksi ennen sovellusta.',
    'validation.heldInFuture': 'Jo pidetyn neuvonpidon päivä ei voi olla tulevaisuudessa.',
    'validation.heldBeforeCommission': 'Neuvonpito ei voi olla pidetty ennen toimeksiannon päivää.',
  },
  {
    sv: {
      'heldBefore.section': 'Rådslag som redan hållits',
      'heldBefore.toggle': 'Rådslaget hölls redan innan appen togs i bruk',
      'heldBefore.toggle.hint':
        'Välj detta om ärendet redan pågår: mötet antecknas som hållet den dagen utan anteckningar från mötesdagen, och planen antecknas i efterhand sådan den godkändes. Uppföljningen sköts sedan i appen.',
      'heldBefore.date': 'Rådslagets datum',
      'heldBefore.startTime': 'Började kl.',
      'heldBefore.endTime': 'Slutade kl.',
      'heldBefore.afterwards': 'Antecknad i efterhand',
      'heldBefore.held': 'Rådslaget hölls {date} innan appen togs i bruk.',
      'heldBefore.overview':
        'Förberedelsen och mötet gjordes före appen, så deras uppgifter efterfrågas inte här. Anteckna planen sådan den godkändes; uppföljningen sköts i appen.',
      'heldBefore.plan':
        'Rådslaget hölls {date} innan appen togs i bruk. Anteckna planen sådan den är, med uppgifter och ansvariga, och socialarbetarens beslut med datum.',
      'heldBefore.arrangements': 'Rådslaget hölls {date} innan appen togs i bruk: dess arrangemang antecknas inte. Uppföljningsmötets arrangemang görs här när uppföljningen har skapats.',
      'heldBefore.documents': 'Rådslaget hölls {date} innan appen togs i bruk: dess inbjudningar och möteshandlingar görs inte i efterhand. Planen kan exporteras nedan.',
      'heldBefore.meetingDay': 'Rådslaget hölls {date} innan appen togs i bruk: mötesdagen antecknas inte i efterhand.',
      'heldBefore.document': 'Antecknad i efterhand: rådslaget hölls {date} innan appen togs i bruk, och planen antecknades sådan den hade godkänts.',
      'heldBefore.work': 'Rådslaget hölls {date} före appen (antecknat i efterhand).',
      'heldBefore.existing.title': 'Hölls rådslaget redan före appen?',
      'heldBefore.existing.body':
        'Om mötet hölls redan innan du började använda appen, anteckna det som hållet. Förberedelsens uppgifter efterfrågas sedan inte, och planen antecknas i efterhand.',
      'heldBefore.existing.open': 'Anteckna som hållet före appen…',
      'heldBefore.existing.save': 'Anteckna som hållet',
      'heldBefore.existing.saved': 'Rådslaget antecknat som hållet före appen.',
      'validation.heldInFuture': 'Datumet för ett rådslag som redan hållits kan inte vara i framtiden.',
      'validation.heldBeforeCommission': 'Rådslaget kan inte ha hållits före uppdragets datum.',
    },
    en: {
      'heldBefore.section': 'Conference already held',
      'heldBefore.toggle': 'The conference was already held before the app was taken into use',
      'heldBefore.toggle.hint':
        'Choose this for a case already under way: the meeting is recorded as held on its date with no record of the day, and the plan is entered afterwards as it was accepted. The follow-up then runs in the app.',
      'heldBefore.date': 'Date of the conference',
      'heldBefore.startTime': 'Started at',
      'heldBefore.endTime': 'Ended at',
      'heldBefore.afterwards': 'Entered afterwards',
      'heldBefore.held': 'The conference was held on {date}, before the app was taken into use.',
      'heldBefore.overview':
        'The preparation and the meeting happened before the app, so their tasks are not asked about here. Enter the plan as it was accepted; the follow-up runs in the app.',
      'heldBefore.plan':
        'The conference was held on {date}, before the app was taken into use. Enter the plan as it stands, with its tasks and owners, and the social worker’s decision with its date.',
      'heldBefore.arrangements': 'The conference was held on {date}, before the app was taken into use: its arrangements are not recorded. The follow-up meeting is arranged here once the follow-up is made.',
      'heldBefore.documents': 'The conference was held on {date}, before the app was taken into use: its invitations and meeting papers are not made afterwards. The plan can be exported below.',
      'heldBefore.meetingDay': 'The conference was held on {date}, before the app was taken into use: the day is not recorded afterwards.',
      'heldBefore.document': 'Entered afterwards: the conference was held on {date}, before the app was taken into use, and the plan was entered as it had been accepted.',
      'heldBefore.work': 'The conference was held on {date}, before the app (entered afterwards).',
      'heldBefore.existing.title': 'Was the conference already held before the app?',
      'heldBefore.existing.body':
        'If the meeting was held before you started using the app, record it as held. Preparation tasks are then no longer asked about, and the plan is entered afterwards.',
      'heldBefore.existing.open': 'Record as held before the app…',
      'heldBefore.existing.save': 'Record as held',
      'heldBefore.existing.saved': 'The conference is recorded as held before the app.',
      'validation.heldInFuture': 'A conference already held cannot have its date in the future.',
      'validation.heldBeforeCommission': 'The conference cannot have been held before the commission date.',
    },
  },
);
