import { enterAsHeldInput } from '../conference/held-before.schema';
import type { z } from 'zod';
import {
  closeConferenceInput,
  conferenceIdInput,
  createConferenceInput,
  listConferencesInput,
  reopenConferenceInput,
  updateConferenceInput,
  type Conference,
  type ConferenceListPage,
} from '../conference/conference.schema';
import { updateCommissionInput } from '../preparation/commission.schema';
import { addContactInput, removeContactInput, updateContactInput } from '../preparation/contact.schema';
import {
  addMemberInput,
  removeMemberInput,
  updateChildParticipationInput,
  updateMemberInput,
} from '../preparation/network.schema';
import { preparationInput, type Preparation } from '../preparation/preparation.schema';
import { updateSummaryInput } from '../preparation/summary.schema';
import {
  addCostInput,
  addWorkEntryInput,
  removeCostInput,
  removeWorkEntryInput,
  updateCostInput,
  updateWorkEntryInput,
} from '../work/work.schema';
import { getSettingsInput, updateSettingsInput, type SavedSettings } from '../settings/settings.schema';
import {
  addChecklistItemInput,
  removeChecklistItemInput,
  setChecklistDoneInput,
  setReplyInput,
  updateChecklistItemInput,
  updateMeetingInput,
} from '../arrangements/meeting.schema';
import {
  conferenceDocumentInput,
  invitationDocumentInput,
  meetingDocumentInput,
  planDocumentInput,
  feedbackFormDocumentInput,
  followUpDocumentInput,
  monthDocumentInput,
  type DocumentFile,
} from '../documents/documents.schema';
import {
  addPersonOnTheDayInput,
  meetingTimerInput,
  meetingTurnInput,
  setAttendanceInput,
  setChildHeardInput,
  updateFlipChartInput,
  updateMeetingDayInput,
} from '../meeting-day/meeting-day.schema';
import { createPlanInput, revisePlanInput, updatePlanInput } from '../plan/plan.schema';
import {
  createFollowUpInput,
  reviewItemInput,
  setFollowUpOutcomeInput,
  updateFollowUpSummaryInput,
} from '../follow-up/follow-up.schema';
import { backupNameInput, createBackupInput, listBackupsInput, type BackupListItem } from '../backup/backup.schema';
import { exportAllInput, exportConferenceInput, importInput, type ImportOutcome } from '../transfer/transfer.schema';
import {
  deleteConferenceInput,
  deletePreviewInput,
  type DeleteOutcome,
  type DeletePreview,
} from '../conference/deletion.schema';
import {
  retentionDueInput,
  retentionPurgeInput,
  retentionQuestionInput,
  type RetentionDue,
  type RetentionQuestion,
} from '../retention/retention';
import type { MethodName } from './methods';
import { statisticsInput, type StatisticsReport } from '../statistics/statistics.schema';
import { saveFeedbackInput } from '../feedback/feedback.schema';
import { statisticsCsvInput, statisticsReportInput } from '../statistics/statistics-export.schema';
import { weekInput, type Week } from '../week/week';

interface MethodSpec<I extends z.ZodType, O> {
  input: I;
  /** Phantom field carrying the output type; never read at run time. */
  output?: O;
}

function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}

/** The whole API: method name → input schema and output type. */
export const contract = {
  'conference.create': method<Conference>()(createConferenceInput),
  'conference.list': method<ConferenceListPage>()(listConferencesInput),
  'conference.get': method<Conference>()(conferenceIdInput),
  'conference.update': method<Conference>()(updateConferenceInput),
  'conference.close': method<Conference>()(closeConferenceInput),
  'conference.reopen': method<Conference>()(reopenConferenceInput),
  'preparation.get': method<Preparation>()(preparationInput),
  'commission.update': method<Preparation>()(updateCommissionInput),
  'network.addMember': method<Preparation>()(addMemberInput),
  'network.updateMember': method<Preparation>()(updateMemberInput),
  'network.removeMember': method<Preparation>()(removeMemberInput),
  'network.updateChild': method<Preparation>()(updateChildParticipationInput),
  'contact.add': method<Preparation>()(addContactInput),
  'contact.update': method<Preparation>()(updateContactInput),
  'contact.remove': method<Preparation>()(removeContactInput),
  'work.add': method<Preparation>()(addWorkEntryInput),
  'work.update': method<Preparation>()(updateWorkEntryInput),
  'work.remove': method<Preparation>()(removeWorkEntryInput),
  'cost.add': method<Preparation>()(addCostInput),
  'cost.update': method<Preparation>()(updateCostInput),
  'cost.remove': method<Preparation>()(removeCostInput),
  'summary.update': method<Preparation>()(updateSummaryInput),
  'meeting.update': method<Preparation>()(updateMeetingInput),
  'meeting.setReply': method<Preparation>()(setReplyInput),
  'meeting.enterAsHeld': method<Preparation>()(enterAsHeldInput),
  'checklist.setDone': method<Preparation>()(setChecklistDoneInput),
  'checklist.addItem': method<Preparation>()(addChecklistItemInput),
  'checklist.updateItem': method<Preparation>()(updateChecklistItemInput),
  'checklist.removeItem': method<Preparation>()(removeChecklistItemInput),
  'meetingDay.update': method<Preparation>()(updateMeetingDayInput),
  'meetingDay.timer': method<Preparation>()(meetingTimerInput),
  'meetingDay.setAttendance': method<Preparation>()(setAttendanceInput),
  'meetingDay.addPerson': method<Preparation>()(addPersonOnTheDayInput),
  'meetingDay.setChild': method<Preparation>()(setChildHeardInput),
  'meetingDay.turn': method<Preparation>()(meetingTurnInput),
  'meetingDay.flipChart': method<Preparation>()(updateFlipChartInput),
  'feedback.save': method<Preparation>()(saveFeedbackInput),
  'plan.create': method<Preparation>()(createPlanInput),
  'plan.update': method<Preparation>()(updatePlanInput),
  'plan.revise': method<Preparation>()(revisePlanInput),
  'followUp.create': method<Preparation>()(createFollowUpInput),
  'followUp.updateSummary': method<Preparation>()(updateFollowUpSummaryInput),
  'followUp.reviewItem': method<Preparation>()(reviewItemInput),
  'followUp.setOutcome': method<Preparation>()(setFollowUpOutcomeInput),
  'documents.invitation': method<DocumentFile>()(invitationDocumentInput),
  'documents.commission': method<DocumentFile>()(conferenceDocumentInput),
  'documents.summary': method<DocumentFile>()(conferenceDocumentInput),
  'documents.checklist': method<DocumentFile>()(meetingDocumentInput),
  'documents.participants': method<DocumentFile>()(meetingDocumentInput),
  'documents.calendar': method<DocumentFile>()(meetingDocumentInput),
  'documents.plan': method<DocumentFile>()(planDocumentInput),
  'documents.followUp': method<DocumentFile>()(followUpDocumentInput),
  'documents.feedbackForm': method<DocumentFile>()(feedbackFormDocumentInput),
  'documents.timeReport': method<DocumentFile>()(conferenceDocumentInput),
  'documents.monthTimeReport': method<DocumentFile>()(monthDocumentInput),
  'settings.get': method<SavedSettings>()(getSettingsInput),
  'settings.update': method<SavedSettings>()(updateSettingsInput),
  'backup.list': method<BackupListItem[]>()(listBackupsInput),
  'backup.create': method<BackupListItem[]>()(createBackupInput),
  'backup.restore': method<BackupListItem[]>()(backupNameInput),
  'backup.copy': method<DocumentFile>()(backupNameInput),
  'transfer.exportConference': method<DocumentFile>()(exportConferenceInput),
  'transfer.exportAll': method<DocumentFile>()(exportAllInput),
  'transfer.import': method<ImportOutcome>()(importInput),
  'conference.deletePreview': method<DeletePreview>()(deletePreviewInput),
  'conference.delete': method<DeleteOutcome>()(deleteConferenceInput),
  'retention.due': method<RetentionDue>()(retentionDueInput),
  'retention.question': method<RetentionQuestion>()(retentionQuestionInput),
  'retention.purge': method<DeleteOutcome>()(retentionPurgeInput),
  'week.get': method<Week>()(weekInput),
  'statistics.get': method<StatisticsReport>()(statisticsInput),
  'statistics.csv': method<DocumentFile>()(statisticsCsvInput),
  'statistics.report': method<DocumentFile>()(statisticsReportInput),
} satisfies { [M in MethodName]: MethodSpec<z.ZodType, unknown> };

export type Contract = typeof contract;
/** What a caller passes to method M (before defaults and trimming). */
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** What a handler of M receives, after validation. */
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Contract[M]['output']>;
