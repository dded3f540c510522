import { defineMessages } from './define';

export const settingsMessages = defineMessages(
  {
    'settings.title': 'Omat tiedot ja asetukset',
    'settings.intro': 'Tiedot, jotka koskevat kaikkia neuvonpitojasi.',
    'settings.convener.heading': 'Omat tiedot',
    'settings.convener.hint':
      'Yhteystietosi koollekutsujana. Ne näkyvät toimeksiantosopimuksessa ja myöhemmin kirjeissä, joita lähetät läheisille.',
    'settings.convener.name': 'Nimi',
    'settings.convener.jobTitle': 'Nimike',
    'settings.convener.jobTitle.hint': 'Esimerkiksi koollekutsuja tai sosiaaliohjaaja.',
    'settings.convener.phone': 'Puhelin',
    'settings.convener.email': 'Sähköposti',
    'settings.language.title': 'Kieli',
    'settings.language.note':
      'Sovelluksen kielen voit vaihtaa sivupalkin alareunasta. Kunkin neuvonpidon oma kieli, jolla yleiset kysymykset ja asiakirjat tehdään, valitaan neuvonpidon tiedoissa.',
  },
  {
    sv: {
      'settings.title': 'Egna uppgifter och inställningar',
      'settings.intro': 'Uppgifter som gäller alla dina rådslag.',
      'settings.convener.heading': 'Egna uppgifter',
      'settings.convener.hint':
        'Dina kontaktuppgifter som samordnare. De syns i uppdragsavtalet och senare i breven som du skickar till de närstående.',
      'settings.convener.name': 'Namn',
      'settings.convener.jobTitle': 'Titel',
      'settings.convener.jobTitle.hint': 'Till exempel samordnare eller socialhandledare.',
      'settings.convener.phone': 'Telefon',
      'settings.convener.email': 'E-post',
      'settings.language.title': 'Språk',
      'settings.language.note':
        'Appens språk byter du längst ner i sidofältet. Varje rådslags eget språk, som de allmänna frågorna och dokumenten görs på, väljs i rådslagets uppgifter.',
    },
    en: {
      'settings.title': 'My details and settings',
      'settings.intro': 'Details that apply to all your conferences.',
      'settings.convener.heading': 'My details',
      'settings.convener.hint':
        'Your contact details as the convener. They appear on the commission agreement and, later, on the letters you send to the network.',
      'settings.convener.name': 'Name',
      'settings.convener.jobTitle': 'Title',
      'settings.convener.jobTitle.hint': 'For example convener or social counsellor.',
      'settings.convener.phone': 'Phone',
      'settings.convener.email': 'Email',
      'settings.language.title': 'Language',
      'settings.language.note':
        'Change the app’s language at the bottom of the sidebar. Each conference’s own language, used for the general questions and documents, is chosen in the conference’s details.',
    },
  },
);
