import { defineMessages } from './define';

/** The conference list's paging and its closing-period filter (the list's other texts are in the main catalogs). */
export const conferenceListMessages = defineMessages(
  {
    'list.range': 'Näytetään {from}–{to} / {total}',
    'list.pages': 'Listan sivut',
    'list.previousPage': 'Edelliset',
    'list.nextPage': 'Seuraavat',
    'list.closedPeriod': 'Päättymisaika',
    'list.closedPeriod.any': 'Milloin tahansa',
    'list.closedPeriod.lastYear': 'Viimeisen vuoden aikana',
    'list.closedPeriod.year': 'Vuonna {year}',
    'list.searchAllPhases': 'Hae kaikista vaiheista',
  },
  {
    sv: {
      'list.range': 'Visar {from}–{to} av {total}',
      'list.pages': 'Listans sidor',
      'list.previousPage': 'Föregående',
      'list.nextPage': 'Följande',
      'list.closedPeriod': 'Avslutningstid',
      'list.closedPeriod.any': 'När som helst',
      'list.closedPeriod.lastYear': 'Under det senaste året',
      'list.closedPeriod.year': 'År {year}',
      'list.searchAllPhases': 'Sök i alla faser',
    },
    en: {
      'list.range': 'Showing {from}–{to} of {total}',
      'list.pages': 'List pages',
      'list.previousPage': 'Previous',
      'list.nextPage': 'Next',
      'list.closedPeriod': 'Closed when',
      'list.closedPeriod.any': 'Any time',
      'list.closedPeriod.lastYear': 'In the last year',
      'list.closedPeriod.year': 'In {year}',
      'list.searchAllPhases': 'Search all phases',
    },
  },
);
