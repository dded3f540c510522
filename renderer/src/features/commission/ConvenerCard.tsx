import type { Convener } from '../../../../electron/shared/settings/settings.schema';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useI18n } from '../../i18n/I18nProvider';
import { useStoredSettings } from '../settings/useStoredSettings';

/** The convener on the case: their own details, kept in the settings. */
export function ConvenerCard() {
  const { t } = useI18n();
  const load = useStoredSettings();

  return (
    <section className="card commission-convener" aria-labelledby="commission-convener-title">
      <h2 id="commission-convener-title">{t('commission.convener.title')}</h2>
      {load.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {load.state === 'error' && <ErrorMessage error={load.error} />}
      {load.state === 'ready' && <ConvenerDetails convener={load.settings.convener} />}
    </section>
  );
}

function ConvenerDetails({ convener }: { convener: Convener }) {
  const { t } = useI18n();
  const rows = [
    { label: t('settings.convener.name'), value: convener.name },
    { label: t('settings.convener.jobTitle'), value: convener.title },
    { label: t('settings.convener.phone'), value: convener.phone },
    { label: t('settings.convener.email'), value: convener.email },
  ].filter((row) => row.value !== '');

  if (rows.length === 0) {
    return (
      <p className="muted">
        {t('commission.convener.missing')} <a href={href({ name: 'settings' })}>{t('commission.convener.add')}</a>
      </p>
    );
  }
  return (
    <>
      <dl className="commission-details">
        {rows.map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd dir="auto">{row.value}</dd>
          </div>
        ))}
      </dl>
      <a href={href({ name: 'settings' })}>{t('commission.convener.edit')}</a>
    </>
  );
}
