import { useState } from 'react';
import { durationFieldText, formatHours } from '../../../../electron/shared/amounts';
import type { ApiError } from '../../../../electron/shared/api/result';
import { WORK_ACTIVITIES, type WorkEntry } from '../../../../electron/shared/work/work.schema';
import { workLogRows, workTotals, type WorkLogRow } from '../../../../electron/shared/work/work-log';
import { href } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { WorkEntryForm } from './WorkEntryForm';

/** Minutes as hours in the UI's language: "1,5 h". */
export function useHours(): (minutes: number) => string {
  const { t, language } = useI18n();
  return (minutes) => t('work.hours', { hours: formatHours(minutes, language) });
}

/** The working-time log: the quick entry, the entries and contacts' lengths in date order, the totals. */
export function WorkLog() {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const [editing, setEditing] = useState<string | null>(null);
  const [removing, setRemoving] = useState<WorkEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const rows = workLogRows(prep);

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    const current = latest().work.find((w) => w.id === removing.id);
    const result = await change('work.remove', { id: removing.id, version: current?.version ?? removing.version });
    setBusy(false);
    setRemoving(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    if (editing === removing.id) setEditing(null);
    notify(t('work.removed'));
  };

  return (
    <section className="card work-section" aria-labelledby="work-title">
      <h2 id="work-title">{t('work.title')}</h2>
      <p className="muted">{t('work.hint')}</p>
      {!readOnly && <WorkEntryForm />}
      {error && <ErrorMessage error={error} />}
      {rows.length === 0 ? (
        <p className="muted">{t('work.log.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table work-table">
            <caption className="visually-hidden">{t('work.log.label')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('work.column.date')}</th>
                <th scope="col">{t('work.column.activity')}</th>
                <th scope="col" className="work-number">
                  {t('work.column.duration')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('work.column.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) =>
                row.source === 'entry' && editing === row.id ? (
                  <tr key={row.id}>
                    <td colSpan={4}>
                      <WorkEntryForm entry={row.entry} onDone={() => setEditing(null)} />
                    </td>
                  </tr>
                ) : (
                  <LogRow
                    key={row.id}
                    row={row}
                    readOnly={readOnly}
                    onEdit={() => setEditing(row.id)}
                    onRemove={() => row.source === 'entry' && setRemoving(row.entry)}
                  />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      <Totals rows={rows} />

      <ConfirmDialog
        open={removing !== null}
        title={t('work.remove.title')}
        body={
          removing
            ? t('work.remove.body', {
                date: formatDate(removing.date),
                activity: t(`work.activity.${removing.activity}`),
                duration: durationFieldText(removing.minutes),
              })
            : undefined
        }
        confirmLabel={t('work.remove.confirm')}
        cancelLabel={t('form.cancel')}
        tone="danger"
        busy={busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      />
    </section>
  );
}

function LogRow({ row, readOnly, onEdit, onRemove }: { row: WorkLogRow; readOnly: boolean; onEdit(): void; onRemove(): void }) {
  const { t, formatDate } = useI18n();
  const { prep } = usePreparation();
  const date = formatDate(row.date);
  const contactHref =
    row.source === 'contact' && row.contact.memberId
      ? href({ name: 'member', id: prep.conference.id, memberId: row.contact.memberId })
      : href({ name: 'conference', id: prep.conference.id, tab: 'contacts' });
  return (
    <tr>
      <td>
        <time dateTime={row.date}>{date}</time>
      </td>
      <td>
        {t(`work.activity.${row.activity}`)}
        {row.source === 'contact' && <span className="badge badge-neutral work-source">{t('work.fromContact')}</span>}
      </td>
      <td className="work-number">{durationFieldText(row.minutes)}</td>
      <td className="work-actions">
        {row.source === 'contact' ? (
          <a href={contactHref}>{t('work.fromContact.edit')}</a>
        ) : (
          !readOnly && (
            <span className="work-actions-buttons">
              <button type="button" className="button button-secondary button-small" onClick={onEdit} aria-label={t('work.edit.label', { date })}>
                {t('work.edit')}
              </button>
              <button type="button" className="button button-danger-outline button-small" onClick={onRemove} aria-label={t('work.remove.label', { date })}>
                {t('work.remove')}
              </button>
            </span>
          )
        )}
      </td>
    </tr>
  );
}

function Totals({ rows }: { rows: readonly WorkLogRow[] }) {
  const { t } = useI18n();
  const hours = useHours();
  const totals = workTotals(rows);
  if (totals.total === 0) return null;
  return (
    <table className="table work-totals">
      <caption>{t('work.totals.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('work.totals.activity')}</th>
          <th scope="col" className="work-number">
            {t('work.totals.hours')}
          </th>
        </tr>
      </thead>
      <tbody>
        {WORK_ACTIVITIES.filter((activity) => totals.byActivity[activity] > 0).map((activity) => (
          <tr key={activity}>
            <th scope="row">{t(`work.activity.${activity}`)}</th>
            <td className="work-number">{hours(totals.byActivity[activity])}</td>
          </tr>
        ))}
        <tr className="work-total-row">
          <th scope="row">{t('work.totals.all')}</th>
          <td className="work-number">{hours(totals.total)}</td>
        </tr>
      </tbody>
    </table>
  );
}
