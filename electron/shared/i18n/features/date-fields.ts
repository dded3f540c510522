import { defineMessages } from './define';

/** The date and time fields written in the app's language (issue 16 §3). */
export const dateFieldMessages = defineMessages(
  {
    'dateField.placeholder': 'p.k.vvvv',
    'dateField.error.format': 'Kirjoita päivämäärä muodossa p.k.vvvv, esim. 10.3.2027.',
    'dateField.error.noSuchDay': 'Tätä päivää ei ole kalenterissa: tarkista päivä ja kuukausi.',
    'timeField.placeholder': 't.mm',
    'timeField.error.format': 'Kirjoita kellonaika muodossa t.mm, esim. 9.30 tai 14.00.',
    'timeField.error.noSuchTime': 'Kellonaika on väärin: tunnit ovat 0–23 ja minuutit 0–59.',
  },
  {
    sv: {
      'dateField.placeholder': 'd.m.åååå',
      'dateField.error.format': 'Skriv datumet som d.m.åååå, t.ex. 10.3.2027.',
      'dateField.error.noSuchDay': 'Det datumet finns inte i kalendern: kontrollera dag och månad.',
      'timeField.placeholder': 't.mm',
      'timeField.error.format': 'Skriv klockslaget som t.mm, t.ex. 9.30 eller 14.00.',
      'timeField.error.noSuchTime': 'Klockslaget är fel: timmarna är 0–23 och minuterna 0–59.',
    },
    en: {
      'dateField.placeholder': 'd mmm yyyy',
      'dateField.error.format': 'Enter a date such as 10 Mar 2027 or 10/3/2027.',
      'dateField.error.noSuchDay': 'That date is not in the calendar: check the day and the month.',
      'timeField.placeholder': 'hh:mm',
      'timeField.error.format': 'Enter a 24-hour time such as 09:30 or 14:00.',
      'timeField.error.noSuchTime': 'That time is wrong: hours are 0–23 and minutes 0–59.',
    },
  },
);
