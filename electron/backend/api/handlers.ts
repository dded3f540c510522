import { backupHandlers } from '../features/backup/backup.handlers';
import { checklistHandlers } from '../features/arrangements/checklist.handlers';
import { meetingHandlers } from '../features/arrangements/meeting.handlers';
import { meetingDayHandlers } from '../features/meeting-day/meeting-day.handlers';
import { feedbackHandlers } from '../features/feedback/feedback.handlers';
import { planHandlers } from '../features/plan/plan.handlers';
import { followUpHandlers } from '../features/follow-up/follow-up.handlers';
import { documentHandlers } from '../documents/documents.handlers';
import { commissionHandlers } from '../features/commission/commission.handlers';
import { conferenceHandlers } from '../features/conference/conference.handlers';
import { contactHandlers } from '../features/contacts/contact.handlers';
import { networkHandlers } from '../features/network/network.handlers';
import { preparationHandlers } from '../features/preparation/preparation.handlers';
import { settingsHandlers } from '../features/settings/settings.handlers';
import { summaryHandlers } from '../features/summary/summary.handlers';
import { transferHandlers } from '../features/transfer/transfer.handlers';
import { deletionHandlers } from '../features/deletion/deletion.handlers';
import { retentionHandlers } from '../features/retention/retention.handlers';
import { statisticsHandlers } from '../features/statistics/statistics.handlers';
import { statisticsExportHandlers } from '../features/statistics/statistics-export.handlers';
import { weekHandlers } from '../features/week/week.handlers';
import { workHandlers } from '../features/work/work.handlers';
import type { Handlers } from './handler-types';

export const handlers: Handlers = {
  ...conferenceHandlers,
  ...preparationHandlers,
  ...commissionHandlers,
  ...networkHandlers,
  ...contactHandlers,
  ...summaryHandlers,
  ...settingsHandlers,
  ...meetingHandlers,
  ...checklistHandlers,
  ...meetingDayHandlers,
  ...feedbackHandlers,
  ...planHandlers,
  ...followUpHandlers,
  ...documentHandlers,
  ...backupHandlers,
  ...transferHandlers,
  ...deletionHandlers,
  ...retentionHandlers,
  ...weekHandlers,
  ...statisticsHandlers,
  ...workHandlers,
  ...statisticsExportHandlers,
};
