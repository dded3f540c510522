import type { Catalog } from './fi';
import { commissionMessages } from './features/commission';
import { networkMessages } from './features/network';
import { contactsMessages } from './features/contacts';
import { summaryMessages } from './features/summary';
import { settingsMessages } from './features/settings';
import { backupsMessages } from './features/backups';
import { preparationMessages } from './features/preparation';
import { checklistMessages } from './features/checklist';
import { arrangementsMessages } from './features/arrangements';
import { documentsMessages } from './features/documents';
import { exportsMessages } from './features/exports';
import { meetingDayMessages } from './features/meeting-day';
import { planMessages } from './features/plan';
import { followUpMessages } from './features/follow-up';
import { conferencesMessages } from './features/conference';
import { conferenceListMessages } from './features/conference-list';
import { integrityMessages } from './features/integrity';
import { transferMessages } from './features/transfer';
import { deletionMessages } from './features/deletion';
import { statisticsMessages } from './features/statistics';
import { statisticsPageMessages } from './features/statistics-page';
import { weekMessages } from './features/week';
import { heldBeforeMessages } from './features/held-before';
import { dateFieldMessages } from './features/date-fields';
import { lettersMessages } from './features/letters';
import { meetingTypesMessages } from './features/meeting-types';
import { meetingTypeScreensMessages } from './features/meeting-type-screens';
import { mappingDocumentsMessages } from './features/mapping-documents';
import { feedbackMessages } from './features/feedback';
import { mappingDayMessages } from './features/mapping-day';
import { workMessages } from './features/work';
import { appShellMessages } from './features/app-shell';

/** English. */
export const en: Catalog = {
  'app.name': 'Neuvonpito',
  'app.tagline': "The convener's desk",
  'app.skipToContent': 'Skip to content',
  'app.loading': 'Loading…',
  'app.language': 'Language',
  'app.privacyNote': 'Data is stored on this computer only.',

  'nav.main': 'Main menu',
  'nav.menu': 'Menu',
  'nav.conferences': 'Conferences',
  'nav.newConference': 'New conference',
  'nav.settings': 'My details and settings',

  'phase.toimeksianto': 'Commission',
  'phase.valmistelu': 'Preparation',
  'phase.neuvonpito': 'Conference',
  'phase.seuranta': 'Follow-up',
  'phase.paattynyt': 'Closed',

  'meetingType.laheisneuvonpito': 'Family group conference',

  'timing.window': '{opens}–{closes}',
  'timing.status.upcoming.one': 'Window opens in {count} day',
  'timing.status.upcoming.other': 'Window opens in {count} days',
  'timing.status.open.one': '{count} day left',
  'timing.status.open.other': '{count} days left',
  'timing.status.openToday': 'Last day today',
  'timing.status.late.one': '{count} day late',
  'timing.status.late.other': '{count} days late',
  'timing.status.held': 'Conference held',
  'timing.status.closed': 'Closed',

  'list.title': 'Conferences',
  'list.count.one': '{count} conference',
  'list.count.other': '{count} conferences',
  'list.search': 'Search',
  'list.searchPlaceholder': "Reference, child's name or social worker",
  'list.phaseFilter': 'Phase',
  'list.phaseFilter.active': 'In progress',
  'list.phaseFilter.all': 'All phases',
  'list.column.reference': 'Reference',
  'list.column.children': 'Children',
  'list.column.phase': 'Phase',
  'list.empty.title': 'No conferences yet',
  'list.empty.body':
    'Once the social worker has agreed the commission, add the conference here. A reference, the children, the social worker and the commission date are enough to start.',
  'list.noMatches.title': 'No conferences match',
  'list.noMatches.body': 'Try another search or show all phases.',
  'list.clearFilters': 'Clear search',
  'list.caption': 'Conferences, most urgent first',

  'form.section.basics': 'Basics',
  'form.section.children': 'Children',
  'form.section.guardians': 'Guardians',
  'form.section.socialWorker': 'Social worker',
  'form.section.notes': 'Notes',
  'form.reference': 'Reference',
  'form.reference.hint':
    'A short name you recognise the conference by, e.g. "Virtanen 3/2027". Never a personal identity code.',
  'form.commissionDate': 'Commission date',
  'form.commissionDate.hint': 'The day the commission agreement was made.',
  'form.meetingType': 'Type of meeting',
  'form.child.firstName': 'First name',
  'form.child.birthYear': 'Year of birth',
  'form.child.add': 'Add a child',
  'form.child.remove': 'Remove child {name}',
  'form.child.legend': 'Child {index}',
  'form.guardian.name': 'Name',
  'form.guardian.add': 'Add a guardian',
  'form.guardian.remove': 'Remove guardian {name}',
  'form.guardian.legend': 'Guardian {index}',
  'form.guardians.empty': 'No guardians added.',
  'form.guardians.hint': 'A guardian is also a person in the network (family, close, invited): contact details, language, invitation and reply are recorded on the Network tab. Someone already in the network under the same name is linked to them.',
  'form.socialWorker.name': 'Name',
  'form.socialWorker.unit': 'Unit',
  'form.socialWorker.phone': 'Phone',
  'form.socialWorker.email': 'Email',
  'form.notes': 'Your notes',
  'form.notes.hint': 'For you only. Write facts, not judgements. No identity codes.',
  'form.optional': 'optional',
  'form.save': 'Save',
  'form.saving': 'Saving…',
  'form.create': 'Add conference',
  'form.cancel': 'Cancel',
  'form.saved': 'Changes saved.',
  'form.errorLink': '{field}: {message}',
  'form.unsavedChanges': 'Unsaved changes',
  'form.discard': 'Discard changes',
  'form.unnamed': 'unnamed',
  'form.readOnly': 'A closed conference cannot be edited. Reopen it first.',

  'new.title': 'New conference',
  'new.intro': 'Record the basics of the commission. You can add more later.',

  'conference.backToList': 'Back to conferences',
  'conference.tabs': 'Conference sections',
  'conference.tab.overview': 'Overview',
  'conference.tab.commission': 'Commission',
  'conference.tab.network': 'Network',
  'conference.tab.contacts': 'Contacts',
  'conference.tab.summary': 'Summary',
  'conference.tab.arrangements': 'Arrangements',
  'conference.tab.documents': 'Documents',
  'conference.tab.plan': 'Plan',
  'conference.tab.followUp': 'Follow-up',
  'conference.meetingMode': 'Meeting view',
  'conference.phaseStepper': 'Phases of the conference',
  'conference.phase.current': 'current phase',
  'conference.phase.moveTo': 'Move to phase {phase}',
  'conference.phase.moved': 'Phase changed: {phase}.',
  'conference.timing.title': 'Timing',
  'conference.timing.commission': 'Commission {date}',
  'conference.childAge': '{name} (age {age})',
  'conference.details': 'Details',
  'conference.created': 'Conference added.',
  'conference.close': 'Close conference',
  'conference.reopen': 'Reopen',
  'conference.reopened': 'Conference reopened.',
  'conference.closedBanner': 'Closed {date}: {reason}',
  'conference.notFound.title': 'Conference not found',
  'conference.notFound.body': 'It may have been removed, or the link is old.',

  'close.title': 'Close conference',
  'close.intro': 'A closed conference moves to the end of the list. You can reopen it later.',
  'close.reason': 'Reason',
  'close.reason.plan_made': 'Plan made',
  'close.reason.family_withdrew': 'Family withdrew',
  'close.reason.other': 'Other reason',
  'close.text': 'Details',
  'close.text.hint': 'Required when the reason is "Other reason".',
  'close.confirm': 'Close conference',
  'close.closed': 'Conference closed.',

  'unsaved.title': 'Unsaved changes',
  'unsaved.body': 'The form has changes that have not been saved. If you leave, they are lost.',
  'unsaved.stay': 'Keep editing',
  'unsaved.leave': 'Leave without saving',

  'dialog.close': 'Close',
  'textList.moveUp': 'Move up: {item}',
  'textList.moveDown': 'Move down: {item}',
  'textList.remove': 'Remove {item}',
  'textList.moved': 'Moved to position {position}.',
  'textList.removed': '{item} removed.',

  'validation.required': 'Required.',
  'validation.tooLong': 'The text is too long.',
  'validation.tooMany': 'Too many rows.',
  'validation.date': 'Enter a date such as 10 Mar 2027 or 10/3/2027.',
  'validation.email': 'Check the email address, e.g. name@city.fi.',
  'validation.phone': 'Check the phone number: digits, spaces and + are allowed.',
  'validation.birthYear': 'Enter the year, e.g. 2015.',
  'validation.childRequired': 'Add at least one child.',
  'validation.identityCode': 'Do not enter an identity code. Neuvonpito never stores identity codes.',
  'validation.closeReasonText': 'Give the reason when you choose "Other reason".',
  'validation.choice': 'Choose one of the options.',
  'validation.id': 'Invalid identifier.',
  'validation.version': 'Invalid version.',
  'validation.invalid': 'Invalid value.',
  'validation.notInvitedReason': 'Say why this person is not invited.',
  'validation.otherLanguage': 'Say which language.',
  'validation.roleNeedsInvite': 'Only an invitee can have a role. Choose "Invite" first.',
  'validation.supportTaken': 'The child already has a support person. Remove that role from the other person first.',
  'validation.childUnknown': 'The child is not part of this conference.',
  'validation.receivedBeforeRequested': 'The date received cannot be before the date requested.',
  'validation.beforeReceived': 'The summary cannot be gone through before it was received.',
  'validation.time': 'Enter a 24-hour time such as 09:30 or 14:00.',
  'validation.count': 'Enter a whole number, e.g. 12.',
  'validation.euros': 'Enter an amount in euros, e.g. 120.50.',
  'validation.duration': 'Enter a duration, e.g. 45 min, 1 h 30 min or 1.5 h.',
  'validation.satisfaction': 'Choose a score from 1 to 10.',
  'validation.periodOrder': 'The end date cannot be before the start date.',
  'validation.endBeforeStart': 'The end time must be after the start time.',
  'validation.replyByAfterMeeting': 'The reply date must be before the meeting.',
  'validation.duplicateLanguage': 'There is already an interpreter line for this language.',
  'validation.logoType': 'The logo must be a PNG or JPEG image.',
  'validation.logoTooLarge': 'The logo is too large. At most 512 kB.',
  'validation.daysBefore': 'Enter a number of days, 0–120.',
  'validation.minutes': 'Enter minutes, 5–360.',
  'validation.planOwner': 'Choose who does it: someone in the network or the social worker.',
  'validation.notInNetwork': 'This person is no longer in the network. Choose someone else.',
  'validation.notInSummary': 'This question or bottom line is no longer in the summary.',
  'validation.decisionReasons': 'Give the reasons when the plan is accepted with changes or not accepted.',
  'validation.nextFollowUpDate': 'The next follow-up meeting must be after this meeting.',
  'form.language': 'Language of the conference',
  'form.language.hint': 'The general questions and the papers are made in this language.',
  'language.fi': 'Finnish',
  'language.sv': 'Swedish',
  'language.en': 'English',

  'error.invalid_input': 'Some details are not valid. Check the marked fields.',
  'error.not_found': 'Not found. It may have been removed.',
  'error.conflict':
    'This was changed in the meantime. Reload to see the latest details, then make your change again.',
  'error.internal': 'Something went wrong and nothing was saved. Please try again.',
  'error.disk_full': 'The disk is full. Free up space and try again – nothing was saved.',
  'error.storage':
    'The disk could not be written to or read from – nothing was saved. Check that the disk or network drive is available and try again. If this keeps happening, restart the app.',
  'error.network': 'The connection to the app’s back end was lost. Nothing was saved.',
  'error.reload': 'Reload',

  'startup.errorTitle':
    'Neuvonpito cannot start',
  'startup.databaseTooNew':
    'The database was saved by a newer version of Neuvonpito. Update the app to the latest version. The file was not changed.',
  'startup.failed':
    'The app could not start. Start it again. If the error persists, contact support and give them the error message below.',
  'startup.failedPlain':
    'The app could not start. Restart the computer and try again. If this keeps happening, contact IT support.',
  'startup.databaseOpen.corrupt':
    'The database file is damaged or is not a Neuvonpito database, so it could not be opened.\n\nFile: {file}\n\nDo not delete the file. Restore it from a backup (the backups folder next to it holds the automatic backups) or contact IT support.',
  'startup.databaseOpen.no_access':
    'The app could not read or write the database: there is no permission to its folder or file, or the folder is not available.\n\nFile: {file}\n\nCheck that the network drive is connected and that you may read and write the folder. Ask IT support for help if needed.',
  'startup.databaseOpen.locked':
    'The database is in use by another program, so it could not be opened.\n\nFile: {file}\n\nClose other Neuvonpito windows (another user\'s too) and start the app again.',
  'startup.databaseOpen.disk_full':
    'The disk is full, so the database could not be opened.\n\nFile: {file}\n\nFree up disk space and start the app again.',
  'startup.databaseOpen.unknown':
    'The database could not be opened.\n\nFile: {file}\n\nRestart the computer and try again. If this keeps happening, contact IT support. Do not delete the file.',
  'startup.databaseOpen.wrong_key':
    'The database could not be opened: the encryption key is wrong. Nothing was changed.\n\nFile: {file}\n\nStart the app with the key the database was encrypted with (the desktop app keeps it in the file neuvonpito.key.enc beside the database; in the browser it is the file neuvonpito.key or the variable NEUVONPITO_DB_KEY). Do not delete the database: without the right key its data cannot be read. If the key is surely right, the file may be damaged: contact IT support.',
  'startup.databaseOpen.missing_key':
    'The database could not be opened: the encryption key is missing. Nothing was changed.\n\nFile: {file}\n\nRestore the key (in the desktop app the file neuvonpito.key.enc beside the database; in the browser the file neuvonpito.key or the variable NEUVONPITO_DB_KEY), for example from a backup, and start the app again, or contact IT support. Do not delete the database: without the key its data cannot be read.',
  'startup.databaseKey.unavailable':
    'The database key could not be opened because the operating system\'s encryption is not available.\n\nKey file: {file}\n\nSign in to the computer with your own user account and start the app again. If this keeps happening, contact IT support. No files were changed.',
  'startup.databaseKey.weak_keyring':
    'Protecting the database key needs the system keyring (for example GNOME Keyring or KWallet), and none was found. Without it the key would in effect be unprotected.\n\nKey file: {file}\n\nTurn on a keyring and start the app again, or ask IT support for help. No files were changed.',
  'startup.databaseKey.unreadable':
    'The database key could not be opened with this user account. The key is protected by the user account and the computer on which the app was first used.\n\nKey file: {file}\n\nStart the app with the same user account on the same computer as before, or contact IT support. Do not delete any files: without the key the data cannot be read. No files were changed.',
  'startup.databaseKey.missing':
    'The database is encrypted but its key file is missing, so the data cannot be read.\n\nMissing key file: {file}\n\nPut the key file back in the same folder (for example from a backup) and start the app again, or contact IT support. Do not delete the database. No files were changed.',

  'menu.file': 'File',
  'menu.quit': 'Quit',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select all',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.resetZoom': 'Actual size',
  'menu.fullScreen': 'Full screen',
  'menu.window': 'Window',
  'menu.minimize': 'Minimise',
  'menu.close': 'Close window',
  'menu.help': 'Help',
  'menu.about': 'About Neuvonpito',

  ...commissionMessages.en,
  ...networkMessages.en,
  ...contactsMessages.en,
  ...summaryMessages.en,
  ...settingsMessages.en,
  ...backupsMessages.en,
  ...preparationMessages.en,
  ...checklistMessages.en,
  ...arrangementsMessages.en,
  ...documentsMessages.en,
  ...exportsMessages.en,
  ...meetingDayMessages.en,
  ...planMessages.en,
  ...followUpMessages.en,
  ...conferencesMessages.en,
  ...conferenceListMessages.en,
  ...integrityMessages.en,
  ...transferMessages.en,
  ...deletionMessages.en,
  ...statisticsMessages.en,
  ...statisticsPageMessages.en,
  ...weekMessages.en,
  ...heldBeforeMessages.en,
  ...dateFieldMessages.en,
  ...lettersMessages.en,
  ...meetingTypesMessages.en,
  ...meetingTypeScreensMessages.en,
  ...mappingDocumentsMessages.en,
  ...mappingDayMessages.en,
  ...feedbackMessages.en,
  ...workMessages.en,
  ...appShellMessages.en,
};
