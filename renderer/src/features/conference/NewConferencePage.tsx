import { todayInHelsinki } from '../../../../electron/shared/dates';
import { api } from '../../api/client';
import { useRouter } from '../../app/Router';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { emptyFormValues } from './conference-form-values';
import { ConferenceForm } from './ConferenceForm';

export function NewConferencePage() {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const notify = useNotify();
  return (
    <>
      <header className="page-header">
        <div>
          <h1>{t('new.title')}</h1>
          <p className="page-subtitle">{t('new.intro')}</p>
        </div>
      </header>
      <ConferenceForm
        defaultValues={emptyFormValues(todayInHelsinki(new Date()))}
        creating={{ submitLabel: t('form.create'), onCancel: () => navigate({ name: 'list' }) }}
        onSubmit={(values) => api.call('conference.create', values)}
        onSaved={(conference) => {
          notify(t('conference.created'));
          navigate({ name: 'conference', id: conference.id });
        }}
      />
    </>
  );
}
