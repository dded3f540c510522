import { defineMessages } from './define';

/**
 * The built-in checklist items: on the screen in the UI language, on paper in the meeting's.
 * `followUp.<key>` is the item as a follow-up meeting words it (`builtInWording`).
 */
export const checklistMessages = defineMessages(
  {
    'checklist.item.venue': 'Tila varattu',
    'checklist.item.invitations': 'Kutsut lähetetty',
    'checklist.item.interpreter': 'Tulkki tilattu',
    'checklist.item.childcare': 'Lastenhoito järjestetty',
    'checklist.item.refreshments': 'Tarjoilut tilattu',
    'checklist.item.summary': 'Yhteenveto ja kysymykset käyty läpi perheen kanssa',
    'checklist.item.followUp.summary': 'Seurantakokouksen yhteenveto saatu ja käyty läpi perheen kanssa',
    'checklist.item.reminders': 'Muistutuspuhelut soitettu',
    'checklist.item.materials': 'Tarvikkeet valmiina',
  },
  {
    sv: {
      'checklist.item.venue': 'Lokalen bokad',
      'checklist.item.invitations': 'Inbjudningarna skickade',
      'checklist.item.interpreter': 'Tolk beställd',
      'checklist.item.childcare': 'Barnpassning ordnad',
      'checklist.item.refreshments': 'Förplägnad beställd',
      'checklist.item.summary': 'Sammanfattningen och frågorna genomgångna med familjen',
      'checklist.item.followUp.summary': 'Uppföljningsmötets sammanfattning mottagen och genomgången med familjen',
      'checklist.item.reminders': 'Påminnelsesamtal ringda',
      'checklist.item.materials': 'Materialet klart',
    },
    en: {
      'checklist.item.venue': 'Venue booked',
      'checklist.item.invitations': 'Invitations sent',
      'checklist.item.interpreter': 'Interpreter booked',
      'checklist.item.childcare': 'Childcare arranged',
      'checklist.item.refreshments': 'Refreshments ordered',
      'checklist.item.summary': 'Summary and questions gone through with the family',
      'checklist.item.followUp.summary': 'Follow-up summary received and gone through with the family',
      'checklist.item.reminders': 'Reminder calls made',
      'checklist.item.materials': 'Materials ready',
    },
  },
);
