import { defineMessages } from './define';

/**
 * The kinds of meeting (issue 14, `meeting-types.ts`): their names, what each one's window
 * says, and what follows a plan that is posted to the client.
 */
export const meetingTypesMessages = defineMessages(
  {
    'meetingType.verkostokartoitus': 'Läheisverkoston kartoitus',
    'meetingDay.part.welcome': 'Tervetuloa ja toimintatapa',
    'meetingDay.part.purpose': 'Miksi ollaan koolla',
    'meetingDay.part.interviews': 'Läheisten haastattelu',
    'meetingDay.part.turns': 'Jokainen vuorollaan, muut kuuntelevat',
    'meetingDay.part.flip_chart': 'Huolet ja tuen tarpeet fläpille',
    'meetingDay.part.client_view': 'Asiakkaan näkemys',
    'meetingDay.part.written_plan': 'Kirjallinen suunnitelma',
    'meetingDay.part.closing': 'Lopetus ja jatko',
    'meetingType.laheisneuvonpito.hint':
      'Täysi läheisneuvonpito: toimeksiantosopimus, 4–6 viikon valmistelu, kolmiosainen kokous, suunnitelma ja seuranta.',
    'meetingType.verkostokartoitus.hint':
      'Kevyempi 30–90 minuutin verkostotapaaminen: sosiaalityöntekijä on sopinut asiakkaan kanssa kutsuttavista läheisistä; ulkopuolinen vetäjä haastattelee läheiset ja tehdään kirjallinen suunnitelma, joka postitetaan asiakkaalle.',
    'timing.rule.laheisneuvonpito': 'Neuvonpito pidetään 4–6 viikon kuluttua toimeksiannosta.',
    'timing.rule.verkostokartoitus': 'Kartoitus pidetään tavallisesti muutaman viikon sisällä pyynnöstä.',
    'preparation.check.timing.laheisneuvonpito': 'Aikaa 4–6 viikon ikkunassa',
    'preparation.check.timing.verkostokartoitus': 'Aikaa tavoiteajassa (4 viikkoa pyynnöstä)',
    'nextDue.postPlan': 'Postita suunnitelma asiakkaalle',
    'nextDue.close': 'Ei sovittua seurantaa: päätä kartoitus',
    'validation.meetingTypeFixed': 'Tapaamisen tyyppiä ei voi vaihtaa, kun tapaaminen on jo aloitettu tai kirjattu pidetyksi.',
  },
  {
    sv: {
      'meetingType.verkostokartoitus': 'Kartläggning av närnätverket',
      'meetingDay.part.welcome': 'Välkommen och arbetssättet',
      'meetingDay.part.purpose': 'Varför vi träffas',
      'meetingDay.part.interviews': 'Intervjuer med de närstående',
      'meetingDay.part.turns': 'Var och en i tur, de andra lyssnar',
      'meetingDay.part.flip_chart': 'Oro och stödbehov på blädderblocket',
      'meetingDay.part.client_view': 'Klientens syn',
      'meetingDay.part.written_plan': 'Skriftlig plan',
      'meetingDay.part.closing': 'Avslutning och fortsättning',
      'meetingType.laheisneuvonpito.hint':
        'Fullständigt familjerådslag: uppdragsavtal, 4–6 veckors förberedelse, möte i tre delar, plan och uppföljning.',
      'meetingType.verkostokartoitus.hint':
        'Ett lättare nätverksmöte på 30–90 minuter: socialarbetaren har kommit överens med klienten om vilka närstående som bjuds in; en utomstående ledare intervjuar de närstående och en skriftlig plan görs och postas till klienten.',
      'timing.rule.laheisneuvonpito': 'Rådslaget hålls 4–6 veckor efter uppdraget.',
      'timing.rule.verkostokartoitus': 'Kartläggningen hålls vanligen inom några veckor efter begäran.',
      'preparation.check.timing.laheisneuvonpito': 'Tid kvar i fönstret på 4–6 veckor',
      'preparation.check.timing.verkostokartoitus': 'Tid kvar till måldatum (4 veckor efter begäran)',
      'nextDue.postPlan': 'Posta planen till klienten',
      'nextDue.close': 'Ingen uppföljning avtalad: avsluta kartläggningen',
      'validation.meetingTypeFixed': 'Mötestypen kan inte ändras när mötet redan har börjat eller antecknats som hållet.',
    },
    en: {
      'meetingType.verkostokartoitus': 'Network-mapping meeting',
      'meetingDay.part.welcome': 'Welcome and the method',
      'meetingDay.part.purpose': 'Why we meet',
      'meetingDay.part.interviews': 'Interviewing the close people',
      'meetingDay.part.turns': 'Each in turn, the others listen',
      'meetingDay.part.flip_chart': 'Concerns and support needs on the flip chart',
      'meetingDay.part.client_view': "The client's view",
      'meetingDay.part.written_plan': 'The written plan',
      'meetingDay.part.closing': 'Closing and next steps',
      'meetingType.laheisneuvonpito.hint':
        'The full family group conference: commission agreement, 4–6 weeks of preparation, a meeting in three parts, a plan and follow-up.',
      'meetingType.verkostokartoitus.hint':
        'A lighter network meeting of 30–90 minutes: the social worker has agreed with the client whom to invite; an outside facilitator interviews the close people and a written plan is made and posted to the client.',
      'timing.rule.laheisneuvonpito': 'The conference is held 4–6 weeks after the commission.',
      'timing.rule.verkostokartoitus': 'The mapping meeting is usually held within a few weeks of the request.',
      'preparation.check.timing.laheisneuvonpito': 'Time left in the 4–6 week window',
      'preparation.check.timing.verkostokartoitus': 'Time left to the target (4 weeks from the request)',
      'nextDue.postPlan': 'Post the plan to the client',
      'nextDue.close': 'No follow-up agreed: close the mapping',
      'validation.meetingTypeFixed': 'The type of meeting cannot be changed once the meeting has begun or is recorded as held.',
    },
  },
);
