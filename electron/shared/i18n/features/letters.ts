import { defineMessages } from './define';

/*
 * Letters for everyone who needs one (issue 13 §7): the letter asking for written views,
 * the day views arrived, and the letter texts written per letter language. The letter
 * never carries the family's matter: no concerns, no summary, no notes.
 */
export const lettersMessages = defineMessages(
  {
    'documents.views.docType': 'PYYNTÖ',
    'documents.views.title': 'Pyyntö kertoa näkemyksesi',
    'documents.views.intro': 'Lapsen perhe, läheiset ja työntekijät kokoontuvat läheisneuvonpitoon {date}. Perheen kanssa on sovittu, että sinulta pyydetään näkemyksesi kirjallisesti.',
    'documents.views.introNoDate': 'Lapsen perhe, läheiset ja työntekijät kokoontuvat pian läheisneuvonpitoon. Perheen kanssa on sovittu, että sinulta pyydetään näkemyksesi kirjallisesti.',
    'documents.views.purpose': 'Läheisneuvonpidossa perhe ja läheiset tekevät yhdessä suunnitelman, joka tukee lapsen arkea.',
    'documents.views.section.what': 'Mitä toivomme sinulta',
    'documents.views.what':
      'Kerro omin sanoin, mikä lapsen ja perheen arjessa mielestäsi sujuu hyvin, mihin toivoisit muutosta ja miten voisit itse olla tukena. Lyhytkin viesti riittää.',
    'documents.views.heard': 'Kerron näkemyksesi neuvonpidossa kaikille osallistujille, ja ne otetaan huomioon suunnitelmaa tehtäessä.',
    'documents.views.section.when': 'Mihin mennessä',
    'documents.views.by': 'Toivon näkemyksesi viimeistään {date}.',
    'documents.views.beforeMeeting': 'Toivon näkemyksesi mahdollisimman pian, kuitenkin ennen neuvonpitoa {date}.',
    'documents.views.soon': 'Toivon näkemyksesi mahdollisimman pian.',
    'documents.views.section.how': 'Miten voit lähettää ne',
    'documents.views.how': 'Voit lähettää näkemyksesi sähköpostilla tai kirjeenä. Voit myös soittaa minulle, niin kirjaan ne puolestasi.',
    'documents.views.interpreter': 'Voit kertoa näkemyksesi myös omalla kielelläsi ({language}); järjestän tarvittaessa tulkin.',
    'documents.views.thanks': 'Kiitos, että kerrot näkemyksesi.',
    'documents.label.post': 'Postitse',
    'documents.file.writtenViews': 'Näkemyspyyntö',

    'documents.participants.section.views': 'Kirjalliset näkemykset',
    'documents.participants.viewsNone': 'Keneltäkään ei pyydetä kirjallisia näkemyksiä.',
    'documents.column.views': 'Näkemykset',
    'documents.participants.viewsReceived': 'saatu {date}',
    'documents.participants.viewsReceivedNoDate': 'saatu',
    'documents.participants.viewsNotYet': 'ei vielä saatu',

    'meetingDay.views.received': 'Näkemykset saapuivat {date}',
    'meetingDay.views.receivedNoDate': 'Näkemykset saatu',
    'meetingDay.views.notYet': 'Näkemyksiä ei ole vielä saatu',
    'meetingDay.views.change': 'Muuta saapumispäivää',
    'meetingDay.views.date': 'Näkemysten saapumispäivä',

    'exports.invitations.writtenViews': 'Näkemyspyyntö (vain kirjalliset näkemykset)',

    'arrangements.inLanguage': '{label} ({language})',
    'exports.missing.letterTexts': 'Kirjeistä, joiden kieli on {language} ({names}), puuttuu: {texts}. Kirjeisiin tulee vain niiden omalla kielellä kirjoitettu teksti.',
    'exports.letterText.mainRoom': 'huone',
    'exports.letterText.accessibility': 'esteettömyys',
    'exports.letterText.parking': 'pysäköinti ja kulkuyhteydet',
  },
  {
    sv: {
      'documents.views.docType': 'BEGÄRAN',
      'documents.views.title': 'Begäran om dina synpunkter',
      'documents.views.intro': 'Barnets familj, närstående och arbetstagare samlas till familjerådslag {date}. Vi har kommit överens med familjen om att be dig om dina synpunkter skriftligt.',
      'documents.views.introNoDate': 'Barnets familj, närstående och arbetstagare samlas snart till familjerådslag. Vi har kommit överens med familjen om att be dig om dina synpunkter skriftligt.',
      'documents.views.purpose': 'I familjerådslaget gör familjen och de närstående tillsammans upp en plan som stöder barnets vardag.',
      'documents.views.section.what': 'Vad vi önskar av dig',
      'documents.views.what':
        'Berätta med egna ord vad som enligt dig fungerar bra i barnets och familjens vardag, vad du önskar att förändras och hur du själv kunde stödja. Ett kort meddelande räcker.',
      'documents.views.heard': 'Jag berättar dina synpunkter för alla deltagare i familjerådslaget, och de beaktas när planen görs.',
      'documents.views.section.when': 'Senast när',
      'documents.views.by': 'Jag hoppas få dina synpunkter senast {date}.',
      'documents.views.beforeMeeting': 'Jag hoppas få dina synpunkter så snart som möjligt, i alla fall före familjerådslaget {date}.',
      'documents.views.soon': 'Jag hoppas få dina synpunkter så snart som möjligt.',
      'documents.views.section.how': 'Hur du kan skicka dem',
      'documents.views.how': 'Du kan skicka dina synpunkter per e-post eller brev. Du kan också ringa mig, så skriver jag ner dem åt dig.',
      'documents.views.interpreter': 'Du kan också berätta dina synpunkter på ditt eget språk ({language}); vid behov ordnar jag en tolk.',
      'documents.views.thanks': 'Tack för att du delar dina synpunkter.',
      'documents.label.post': 'Per post',
      'documents.file.writtenViews': 'Begäran om synpunkter',

      'documents.participants.section.views': 'Skriftliga synpunkter',
      'documents.participants.viewsNone': 'Ingen ombeds ge skriftliga synpunkter.',
      'documents.column.views': 'Synpunkter',
      'documents.participants.viewsReceived': 'mottagna {date}',
      'documents.participants.viewsReceivedNoDate': 'mottagna',
      'documents.participants.viewsNotYet': 'inte mottagna ännu',

      'meetingDay.views.received': 'Synpunkterna kom {date}',
      'meetingDay.views.receivedNoDate': 'Synpunkterna har kommit',
      'meetingDay.views.notYet': 'Synpunkterna har inte kommit ännu',
      'meetingDay.views.change': 'Ändra dagen de kom',
      'meetingDay.views.date': 'Dagen synpunkterna kom',

      'exports.invitations.writtenViews': 'Begäran om synpunkter (endast skriftliga synpunkter)',

      'arrangements.inLanguage': '{label} ({language})',
      'exports.missing.letterTexts': 'I breven på {language} ({names}) saknas: {texts}. Breven får bara text som är skriven på deras eget språk.',
      'exports.letterText.mainRoom': 'rum',
      'exports.letterText.accessibility': 'tillgänglighet',
      'exports.letterText.parking': 'parkering och förbindelser',
    },
    en: {
      'documents.views.docType': 'REQUEST',
      'documents.views.title': 'Request for your views',
      'documents.views.intro': 'The child’s family, close network and workers are meeting for a family group conference on {date}. We have agreed with the family to ask for your views in writing.',
      'documents.views.introNoDate': 'The child’s family, close network and workers are meeting soon for a family group conference. We have agreed with the family to ask for your views in writing.',
      'documents.views.purpose': 'At the conference the family and the people close to them make a plan together that supports the child’s everyday life.',
      'documents.views.section.what': 'What we ask of you',
      'documents.views.what':
        'Tell us in your own words what you think is going well in the child’s and the family’s everyday life, what you would like to change and how you could help. A short message is enough.',
      'documents.views.heard': 'I will share your views with everyone at the conference, and they will be taken into account when the plan is made.',
      'documents.views.section.when': 'By when',
      'documents.views.by': 'Please send me your views by {date}.',
      'documents.views.beforeMeeting': 'Please send me your views as soon as you can, and before the conference on {date}.',
      'documents.views.soon': 'Please send me your views as soon as you can.',
      'documents.views.section.how': 'How to send them',
      'documents.views.how': 'You can send your views by e-mail or by post. You can also call me and I will write them down for you.',
      'documents.views.interpreter': 'You can also give your views in your own language ({language}); I will arrange an interpreter if needed.',
      'documents.views.thanks': 'Thank you for sharing your views.',
      'documents.label.post': 'By post',
      'documents.file.writtenViews': 'Request for views',

      'documents.participants.section.views': 'Written views',
      'documents.participants.viewsNone': 'No one is asked for written views.',
      'documents.column.views': 'Views',
      'documents.participants.viewsReceived': 'received {date}',
      'documents.participants.viewsReceivedNoDate': 'received',
      'documents.participants.viewsNotYet': 'not received yet',

      'meetingDay.views.received': 'Views arrived on {date}',
      'meetingDay.views.receivedNoDate': 'Views received',
      'meetingDay.views.notYet': 'No views received yet',
      'meetingDay.views.change': 'Change the day they arrived',
      'meetingDay.views.date': 'Day the views arrived',

      'exports.invitations.writtenViews': 'Request for views (written views only)',

      'arrangements.inLanguage': '{label} ({language})',
      'exports.missing.letterTexts': 'The letters in {language} ({names}) lack: {texts}. A letter carries only text written in its own language.',
      'exports.letterText.mainRoom': 'room',
      'exports.letterText.accessibility': 'accessibility',
      'exports.letterText.parking': 'parking and transport',
    },
  },
);
