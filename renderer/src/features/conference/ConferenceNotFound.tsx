import { href } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nProvider';

/** What a stale link or a removed conference shows: what happened and the way back. */
export function ConferenceNotFound() {
  const { t } = useI18n();
  return (
    <EmptyState
      level={1}
      title={t('conference.notFound.title')}
      body={t('conference.notFound.body')}
      action={
        <a className="button button-secondary" href={href({ name: 'list' })}>
          {t('conference.backToList')}
        </a>
      }
    />
  );
}
