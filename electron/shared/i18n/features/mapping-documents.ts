import { defineMessages } from './define';

/*
 * The network-mapping meeting's papers (issue 14): its letters, short and resource-oriented,
 * in each reader's language, and its written plan posted to the client, in the conference's.
 * Like every letter, an invitation never carries the family's matter: no concern, nothing of
 * the flip chart or the plan.
 */
export const mappingDocumentsMessages = defineMessages(
  {
    'mappingDocuments.invitation.title.conference': 'Kutsu läheisverkoston kartoitukseen',
    'mappingDocuments.invitation.title.follow_up': 'Kutsu seurantatapaamiseen',
    'mappingDocuments.invitation.invited.conference': 'Sinut kutsutaan läheisverkoston kartoitukseen.',
    'mappingDocuments.invitation.invited.follow_up': 'Sinut kutsutaan seurantatapaamiseen.',
    'mappingDocuments.invitation.purpose.conference':
      'Tapaamme kuullaksemme, miten perheen läheiset voisivat tukea perhettä arjessa. Jokaisen apu on arvokasta, pienikin.',
    'mappingDocuments.invitation.purpose.follow_up':
      'Tapaamisessa katsotaan yhdessä, miten läheisverkoston kartoituksessa sovitut asiat ovat toteutuneet, ja sovitaan, miten jatketaan.',
    'mappingDocuments.invitation.family': 'Perhe ({family}) toivoo, että olet mukana.',
    'mappingDocuments.invitation.section.steps': 'Miten tapaaminen etenee',
    'mappingDocuments.invitation.length': 'Tapaaminen kestää noin {min}–{max} minuuttia, ja sitä johtaa ulkopuolinen vetäjä.',
    'mappingDocuments.invitation.step.turns': 'Jokainen läheinen saa vuorollaan kertoa ajatuksensa ja sen, miten voisi olla avuksi. Muut kuuntelevat.',
    'mappingDocuments.invitation.step.client': 'Lopuksi perhe kertoo, mitä kuuli ja mitä toivoo.',
    'mappingDocuments.invitation.step.plan': 'Yhdessä sovitut asiat kirjataan suunnitelmaksi, joka postitetaan perheelle.',
    'mappingDocuments.invitation.prepare': 'Erillistä valmistautumista ei tarvita. Voit miettiä, miten juuri sinä voisit olla perheen tukena.',

    'mappingDocuments.child.intro.conference':
      'Sinun perheesi ja sinulle tärkeät ihmiset tapaavat pian. Tapaamisessa kuullaan, miten läheiset voisivat auttaa teitä arjessa.',
    'mappingDocuments.child.intro.follow_up':
      'Sinun perheesi ja sinulle tärkeät ihmiset tapaavat taas. Siellä katsotaan yhdessä, miten sovitut asiat ovat onnistuneet.',
    'mappingDocuments.child.step1': 'Ensin jokainen kertoo vuorollaan, miten voisi auttaa. Muut kuuntelevat.',
    'mappingDocuments.child.step2': 'Sitten sinulta ja perheeltäsi kysytään, mitä kuulitte ja mitä toivotte.',
    'mappingDocuments.child.step3': 'Lopuksi sovitaan yhdessä, kuka tekee mitäkin.',
    'mappingDocuments.error.childNotPresent': 'Lapsen kutsu tehdään vain lapselle, joka on mukana tapaamisessa.',

    'mappingDocuments.plan.title': 'Läheisverkoston kartoitus – suunnitelma',
    'mappingDocuments.plan.label.meeting': 'Tapaaminen',
    'mappingDocuments.plan.intro': 'Tähän on kirjattu läheisverkoston kartoituksessa yhdessä sovitut asiat ja se, kuka vastaa mistäkin.',
    'mappingDocuments.plan.section.present': 'Tapaamisessa mukana',
    'mappingDocuments.plan.section.clientView': 'Mitä perhe toivoo',
    'mappingDocuments.plan.section.agreed': 'Mitä sovittiin',
    'mappingDocuments.plan.column.byWhen': 'Mihin mennessä',
    'mappingDocuments.plan.noItems': 'Tehtäviä ei kirjattu.',
    'mappingDocuments.plan.section.supportNeeds': 'Tuen tarpeet',
    'mappingDocuments.plan.noSupportNeeds': 'Tuen tarpeita ei kirjattu.',
    'mappingDocuments.plan.section.followUp': 'Jatko',
    'mappingDocuments.plan.followUp': 'Seurantatapaaminen pidetään {date}.',
    'mappingDocuments.plan.noFollowUp': 'Seurantatapaamisesta ei sovittu.',
    'mappingDocuments.plan.section.convener': 'Lisätietoja',
    'mappingDocuments.plan.convener': 'Jos sinulla on kysyttävää suunnitelmasta, ota yhteyttä:',
    'mappingDocuments.plan.flipChart.title': 'Fläppitaulu',
    'mappingDocuments.plan.flipChart.intro': 'Tapaamisessa fläppitaululle kaikkien nähtäväksi kirjatut asiat.',
    'mappingDocuments.plan.flipChart.concerns': 'Huolenaiheet',
    'mappingDocuments.plan.flipChart.supportNeeds': 'Tuen tarpeet',
    'mappingDocuments.plan.flipChart.empty': 'Ei kirjattu.',

    'mappingDocuments.settings.heading': 'Läheisverkoston kartoituksen suunnitelma',
    'mappingDocuments.settings.hint': 'Kartoituksen suunnitelma postitetaan asiakkaalle.',
    'mappingDocuments.settings.flipChart': 'Liitä fläppitaulun listat kartoituksen suunnitelmaan',
    'mappingDocuments.settings.flipChart.hint': 'Suunnitelman toiselle sivulle tulevat tapaamisessa kirjatut huolenaiheet ja tuen tarpeet.',
  },
  {
    sv: {
      'mappingDocuments.invitation.title.conference': 'Inbjudan till kartläggning av närnätverket',
      'mappingDocuments.invitation.title.follow_up': 'Inbjudan till uppföljningsträff',
      'mappingDocuments.invitation.invited.conference': 'Du bjuds in till en kartläggning av närnätverket.',
      'mappingDocuments.invitation.invited.follow_up': 'Du bjuds in till en uppföljningsträff.',
      'mappingDocuments.invitation.purpose.conference':
        'Vi träffas för att höra hur familjens närstående kunde stödja familjen i vardagen. Allas hjälp är värdefull, också den lilla.',
      'mappingDocuments.invitation.purpose.follow_up':
        'På träffen ser vi tillsammans hur det som avtalades vid kartläggningen av närnätverket har gått, och kommer överens om hur vi fortsätter.',
      'mappingDocuments.invitation.family': 'Familjen ({family}) hoppas att du kommer.',
      'mappingDocuments.invitation.section.steps': 'Hur träffen går till',
      'mappingDocuments.invitation.length': 'Träffen tar cirka {min}–{max} minuter och leds av en utomstående ledare.',
      'mappingDocuments.invitation.step.turns': 'Varje närstående får i tur och ordning berätta om sina tankar och hur hen kunde hjälpa. De andra lyssnar.',
      'mappingDocuments.invitation.step.client': 'Till sist berättar familjen vad den hörde och vad den önskar.',
      'mappingDocuments.invitation.step.plan': 'Det som avtalas tillsammans skrivs ner i en plan som postas till familjen.',
      'mappingDocuments.invitation.prepare': 'Du behöver inte förbereda dig. Fundera gärna på hur just du kunde stödja familjen.',

      'mappingDocuments.child.intro.conference':
        'Din familj och människor som är viktiga för dig träffas snart. På träffen hör vi hur de närstående kunde hjälpa er i vardagen.',
      'mappingDocuments.child.intro.follow_up':
        'Din familj och människor som är viktiga för dig träffas igen. Där ser vi tillsammans hur det som avtalades har gått.',
      'mappingDocuments.child.step1': 'Först berättar var och en i tur och ordning hur de kunde hjälpa. De andra lyssnar.',
      'mappingDocuments.child.step2': 'Sedan frågar vi dig och din familj vad ni hörde och vad ni önskar.',
      'mappingDocuments.child.step3': 'Till sist kommer vi tillsammans överens om vem som gör vad.',
      'mappingDocuments.error.childNotPresent': 'Ett barns inbjudan görs bara till ett barn som är med på träffen.',

      'mappingDocuments.plan.title': 'Kartläggning av närnätverket – plan',
      'mappingDocuments.plan.label.meeting': 'Träff',
      'mappingDocuments.plan.intro': 'Här står det som avtalades tillsammans vid kartläggningen av närnätverket och vem som ansvarar för vad.',
      'mappingDocuments.plan.section.present': 'Med på träffen',
      'mappingDocuments.plan.section.clientView': 'Vad familjen önskar',
      'mappingDocuments.plan.section.agreed': 'Vad som avtalades',
      'mappingDocuments.plan.column.byWhen': 'Senast',
      'mappingDocuments.plan.noItems': 'Inga uppgifter antecknades.',
      'mappingDocuments.plan.section.supportNeeds': 'Stödbehov',
      'mappingDocuments.plan.noSupportNeeds': 'Inga stödbehov antecknades.',
      'mappingDocuments.plan.section.followUp': 'Fortsättning',
      'mappingDocuments.plan.followUp': 'Uppföljningsträffen hålls {date}.',
      'mappingDocuments.plan.noFollowUp': 'Ingen uppföljningsträff avtalades.',
      'mappingDocuments.plan.section.convener': 'Mer information',
      'mappingDocuments.plan.convener': 'Om du har frågor om planen, kontakta:',
      'mappingDocuments.plan.flipChart.title': 'Blädderblocket',
      'mappingDocuments.plan.flipChart.intro': 'Det som skrevs upp på blädderblocket under träffen så att alla såg det.',
      'mappingDocuments.plan.flipChart.concerns': 'Oro',
      'mappingDocuments.plan.flipChart.supportNeeds': 'Stödbehov',
      'mappingDocuments.plan.flipChart.empty': 'Inget antecknat.',

      'mappingDocuments.settings.heading': 'Planen från kartläggningen av närnätverket',
      'mappingDocuments.settings.hint': 'Planen från kartläggningen postas till klienten.',
      'mappingDocuments.settings.flipChart': 'Bifoga blädderblockets listor till kartläggningens plan',
      'mappingDocuments.settings.flipChart.hint': 'Planens andra sida visar den oro och de stödbehov som antecknades under träffen.',
    },
    en: {
      'mappingDocuments.invitation.title.conference': 'Invitation to a network-mapping meeting',
      'mappingDocuments.invitation.title.follow_up': 'Invitation to a follow-up meeting',
      'mappingDocuments.invitation.invited.conference': 'You are invited to a network-mapping meeting.',
      'mappingDocuments.invitation.invited.follow_up': 'You are invited to a follow-up meeting.',
      'mappingDocuments.invitation.purpose.conference':
        "We meet to hear how the people close to the family could support them in everyday life. Everyone's help counts, however small.",
      'mappingDocuments.invitation.purpose.follow_up':
        'At the meeting we look together at how what was agreed at the network-mapping meeting has gone, and agree how to go on.',
      'mappingDocuments.invitation.family': 'The family ({family}) hopes you will come.',
      'mappingDocuments.invitation.section.steps': 'How the meeting goes',
      'mappingDocuments.invitation.length': 'The meeting takes about {min}–{max} minutes and is led by an outside facilitator.',
      'mappingDocuments.invitation.step.turns': 'Each close person in turn tells their thoughts and how they could help. The others listen.',
      'mappingDocuments.invitation.step.client': 'Last, the family says what they heard and what they hope for.',
      'mappingDocuments.invitation.step.plan': 'What is agreed together is written down as a plan, which is posted to the family.',
      'mappingDocuments.invitation.prepare': 'You need not prepare anything. You may think about how you could support the family.',

      'mappingDocuments.child.intro.conference':
        'Your family and people who are important to you will meet soon. At the meeting we hear how the people close to you could help you in everyday life.',
      'mappingDocuments.child.intro.follow_up':
        'Your family and people who are important to you will meet again. There we look together at how what was agreed has gone.',
      'mappingDocuments.child.step1': 'First, each person in turn tells how they could help. The others listen.',
      'mappingDocuments.child.step2': 'Then you and your family are asked what you heard and what you hope for.',
      'mappingDocuments.child.step3': 'Last, we agree together who does what.',
      'mappingDocuments.error.childNotPresent': "A child's invitation is made only for a child who takes part in the meeting.",

      'mappingDocuments.plan.title': 'Network-mapping meeting – plan',
      'mappingDocuments.plan.label.meeting': 'Meeting',
      'mappingDocuments.plan.intro': 'This is what was agreed together at the network-mapping meeting, and who is responsible for what.',
      'mappingDocuments.plan.section.present': 'At the meeting',
      'mappingDocuments.plan.section.clientView': 'What the family hopes',
      'mappingDocuments.plan.section.agreed': 'What was agreed',
      'mappingDocuments.plan.column.byWhen': 'By when',
      'mappingDocuments.plan.noItems': 'No tasks were recorded.',
      'mappingDocuments.plan.section.supportNeeds': 'Support needs',
      'mappingDocuments.plan.noSupportNeeds': 'No support needs were recorded.',
      'mappingDocuments.plan.section.followUp': 'Next steps',
      'mappingDocuments.plan.followUp': 'The follow-up meeting is held on {date}.',
      'mappingDocuments.plan.noFollowUp': 'No follow-up meeting was agreed.',
      'mappingDocuments.plan.section.convener': 'More information',
      'mappingDocuments.plan.convener': 'If you have questions about the plan, please contact:',
      'mappingDocuments.plan.flipChart.title': 'Flip chart',
      'mappingDocuments.plan.flipChart.intro': 'What was written on the flip chart at the meeting for everyone to see.',
      'mappingDocuments.plan.flipChart.concerns': 'Concerns',
      'mappingDocuments.plan.flipChart.supportNeeds': 'Support needs',
      'mappingDocuments.plan.flipChart.empty': 'Nothing recorded.',

      'mappingDocuments.settings.heading': 'The network-mapping plan',
      'mappingDocuments.settings.hint': 'The plan of a network-mapping meeting is posted to the client.',
      'mappingDocuments.settings.flipChart': "Attach the flip chart's lists to the network-mapping plan",
      'mappingDocuments.settings.flipChart.hint': 'The plan\'s second page lists the concerns and support needs written up at the meeting.',
    },
  },
);
