import { defineMessages } from './define';

/** The shell around the screens: a screen's code that could not be loaded. */
export const appShellMessages = defineMessages(
  {
    'app.loadFailed.title': 'Näkymää ei voitu avata',
    'app.loadFailed.body':
      'Sovelluksen tätä osaa ei saatu ladattua. Tallennetut tiedot ovat tallessa. Lataa sovellus uudelleen; jos virhe toistuu, käynnistä sovellus uudelleen.',
    'app.loadFailed.reload': 'Lataa sovellus uudelleen',
  },
  {
    sv: {
      'app.loadFailed.title': 'Vyn kunde inte öppnas',
      'app.loadFailed.body':
        'Den här delen av appen kunde inte laddas. Sparade uppgifter finns kvar. Ladda om appen; om felet upprepas, starta om appen.',
      'app.loadFailed.reload': 'Ladda om appen',
    },
    en: {
      'app.loadFailed.title': 'This view could not be opened',
      'app.loadFailed.body':
        'This part of the app could not be loaded. Your saved information is safe. Reload the app; if the error comes back, restart the app.',
      'app.loadFailed.reload': 'Reload the app',
    },
  },
);
