import { useState } from 'react';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { RESPONDENT_GROUPS, type RespondentGroup } from '../../../../electron/shared/feedback/feedback.schema';
import { UI_LANGUAGES, type UiLanguage } from '../../../../electron/shared/i18n/locales';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nProvider';
import { MeetingPicker } from '../arrangements/MeetingPicker';
import { useMeetingChoice } from '../arrangements/useMeetingChoice';
import { ExportLine } from '../documents/ExportLine';
import { useExportQueue } from '../documents/useExportQueue';
import { usePreparation } from '../preparation/PreparationContext';
import { FeedbackRecorder } from './FeedbackRecorder';
import './feedback.css';

/**
 * The participants' feedback of a meeting (the conference's own or a follow-up, chosen as the
 * arrangements tab chooses): the blank forms to print, and the returned forms recorded one after
 * another, with a summary per group. Only counts and scores are kept: no names, no comments.
 */
export function FeedbackPage() {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const { meeting, meetings, choose } = useMeetingChoice();
  if (!meeting) return <EmptyState title={t('feedback.title')} body={t('feedback.list.empty')} />;
  return (
    <div className="feedback-page">
      <MeetingPicker meetings={meetings} meeting={meeting} onChoose={choose} />
      <p className="alert alert-info feedback-privacy">{t('feedback.privacy')}</p>
      {readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
      <BlankForms meeting={meeting} />
      <FeedbackRecorder key={meeting.id} meeting={meeting} />
    </div>
  );
}

/** The blank form of one group in one language: the child's group gets the child's version. */
function BlankForms({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const [group, setGroup] = useState<RespondentGroup>('parents');
  const [language, setLanguage] = useState<UiLanguage>(prep.conference.language);
  const queue = useExportQueue();
  const download = () =>
    void queue.run([
      {
        label: `${t(`feedback.group.${group}`)} (${t(`language.${language}`)})`,
        method: 'documents.feedbackForm',
        input: { meetingId: meeting.id, group, language },
      },
    ]);
  return (
    <section className="card feedback-forms" aria-labelledby="feedback-forms-title">
      <h2 id="feedback-forms-title">{t('feedback.forms.title')}</h2>
      <p className="field-hint">{t('feedback.forms.hint')}</p>
      <div className="feedback-forms-row">
        <label className="feedback-inline-field">
          <span className="field-label">{t('feedback.forms.group')}</span>
          <select value={group} onChange={(event) => setGroup(event.target.value as RespondentGroup)}>
            {RESPONDENT_GROUPS.map((g) => (
              <option key={g} value={g}>
                {t(`feedback.group.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="feedback-inline-field">
          <span className="field-label">{t('feedback.forms.language')}</span>
          <select value={language} onChange={(event) => setLanguage(event.target.value as UiLanguage)}>
            {UI_LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button button-secondary" onClick={download} disabled={queue.status.state === 'running'}>
          {t('feedback.forms.download')}
        </button>
      </div>
      <ExportLine status={queue.status} working={t('feedback.forms.working')} />
    </section>
  );
}
