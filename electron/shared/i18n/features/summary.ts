import { defineMessages } from './define';

export const summaryMessages = defineMessages(
  {
    // The general questions every plan answers (DOMAIN.md), prefilled in the conference's language.
    'summary.generalQuestion.1': 'Jos työntekijöiden apua ja tukea tarvitaan, keneltä ja mihin?',
    'summary.generalQuestion.2': 'Miten suunnitelman toteutumista seurataan?',
    'summary.generalQuestion.3': 'Mitä tehdään, jos suunnitelman toteuttamisessa tulee ongelmia?',
    'summary.generalQuestion.4': 'Kuka saa suunnitelman?',
    'summary.generalQuestion.5': 'Milloin seurantakokous pidetään ja kenet siihen kutsutaan?',
  },
  {
    sv: {
      'summary.generalQuestion.1': 'Om det behövs hjälp och stöd av professionella, av vem och för vad?',
      'summary.generalQuestion.2': 'Hur följs genomförandet av planen upp?',
      'summary.generalQuestion.3': 'Vad görs om det uppstår problem när planen genomförs?',
      'summary.generalQuestion.4': 'Vem får planen?',
      'summary.generalQuestion.5': 'När hålls uppföljningsmötet och vem bjuds in?',
    },
    en: {
      'summary.generalQuestion.1': "If workers' help and support is needed, whose, and for what?",
      'summary.generalQuestion.2': "How is the plan's implementation followed up?",
      'summary.generalQuestion.3': 'What is done if there are problems in carrying out the plan?',
      'summary.generalQuestion.4': 'Who receives the plan?',
      'summary.generalQuestion.5': 'When is the follow-up meeting held and who is invited?',
    },
  },
);
