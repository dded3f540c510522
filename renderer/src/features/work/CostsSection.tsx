import { useState } from 'react';
import { formatEuros } from '../../../../electron/shared/amounts';
import type { ApiError } from '../../../../electron/shared/api/result';
import type { CostEntry } from '../../../../electron/shared/work/work.schema';
import { conferenceCosts, type CostLine, type MeetingCosts } from '../../../../electron/shared/work/work-log';
import { href } from '../../app/routes';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { meetingName } from '../conference/NextDueLine';
import { usePreparation } from '../preparation/PreparationContext';
import { CostForm } from './CostForm';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * The conference's costs: each meeting's (its arrangements' own, entered there, and the travel
 * tied to it), the preparation's, and the total. Travel and other costs are entered here.
 */
export function CostsSection() {
  const { t, language, formatDate } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [removing, setRemoving] = useState<CostEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const costs = conferenceCosts(prep);
  const euros = (cents: number) => formatEuros(cents, language);

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    const current = latest().costs.find((c) => c.id === removing.id);
    const result = await change('cost.remove', { id: removing.id, version: current?.version ?? removing.version });
    setBusy(false);
    setRemoving(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    notify(t('cost.removed'));
  };

  const lineProps = { editing, readOnly, onEdit: (id: string) => setEditing({ kind: 'edit', id }), onRemove: setRemoving, onDone: () => setEditing({ kind: 'none' }) };

  return (
    <section className="card work-section" aria-labelledby="costs-title">
      <h2 id="costs-title">{t('cost.title')}</h2>
      <p className="muted">{t('cost.hint')}</p>
      {error && <ErrorMessage error={error} />}
      {costs.meetings.map((meetingCosts) => (
        <MeetingCostsView key={meetingCosts.meeting.id} costs={meetingCosts} {...lineProps} />
      ))}
      <div className="cost-group">
        <h3>{t('cost.preparation')}</h3>
        {costs.preparation.length === 0 ? (
          <p className="muted">{t('cost.preparation.none')}</p>
        ) : (
          <CostTable lines={costs.preparation} total={costs.preparationTotal} caption={t('cost.preparation')} {...lineProps} />
        )}
      </div>
      {!readOnly &&
        (editing.kind === 'add' ? (
          <CostForm onDone={() => setEditing({ kind: 'none' })} />
        ) : (
          <button type="button" className="button button-secondary cost-add" onClick={() => setEditing({ kind: 'add' })}>
            {t('cost.add')}
          </button>
        ))}
      <p className="cost-total">
        {t('cost.total')}: <strong>{euros(costs.total)}</strong>
      </p>

      <ConfirmDialog
        open={removing !== null}
        title={t('cost.remove.title')}
        body={
          removing
            ? t('cost.remove.body', { date: formatDate(removing.date), kind: t(`cost.kind.${removing.kind}`), amount: euros(removing.amount) })
            : undefined
        }
        confirmLabel={t('cost.remove.confirm')}
        cancelLabel={t('form.cancel')}
        tone="danger"
        busy={busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      />
    </section>
  );
}

interface LineProps {
  editing: Editing;
  readOnly: boolean;
  onEdit(id: string): void;
  onRemove(cost: CostEntry): void;
  onDone(): void;
}

function MeetingCostsView({ costs, ...lineProps }: { costs: MeetingCosts } & LineProps) {
  const { t, formatDate } = useI18n();
  const { prep } = usePreparation();
  const { meeting } = costs;
  const name = `${meetingName(t, meeting.kind, prep.conference.meetingType)} ${meeting.date ? formatDate(meeting.date) : `(${t('cost.meeting.noDate')})`}`;
  return (
    <div className="cost-group">
      <h3>{name}</h3>
      {costs.lines.length === 0 ? (
        <p className="muted">{t('cost.meeting.none')}</p>
      ) : (
        <CostTable lines={costs.lines} total={costs.total} caption={name} {...lineProps} />
      )}
      {costs.missing.length > 0 && (
        <p className="cost-missing">
          {t('cost.missing', { what: costs.missing.map((what) => t(`cost.missing.${what}`)).join(', ') })}{' '}
          <a href={href({ name: 'conference', id: prep.conference.id, tab: 'arrangements' })}>{t('cost.missing.link')}</a>
        </p>
      )}
    </div>
  );
}

function lineLabel(t: ReturnType<typeof useI18n>['t'], line: CostLine): string {
  if (line.kind !== 'interpreter') return t(`cost.kind.${line.kind}`);
  const language = line.what === 'fi' || line.what === 'sv' || line.what === 'en' ? t(`language.${line.what}`) : line.what;
  return t('cost.interpreter', { language });
}

function CostTable({ lines, total, caption, editing, readOnly, onEdit, onRemove, onDone }: { lines: CostLine[]; total: number; caption: string } & LineProps) {
  const { t, language, formatDate } = useI18n();
  return (
    <div className="table-scroll">
      <table className="table cost-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('cost.column.date')}</th>
            <th scope="col">{t('cost.column.kind')}</th>
            <th scope="col">{t('cost.column.what')}</th>
            <th scope="col" className="work-number">
              {t('cost.column.amount')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('work.column.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => {
            const cost = line.cost;
            if (cost && editing.kind === 'edit' && editing.id === cost.id) {
              return (
                <tr key={cost.id}>
                  <td colSpan={5}>
                    <CostForm cost={cost} onDone={onDone} />
                  </td>
                </tr>
              );
            }
            const date = line.date ? formatDate(line.date) : '–';
            return (
              <tr key={cost?.id ?? `${line.kind}-${index}`}>
                <td>{date}</td>
                <td>{lineLabel(t, line)}</td>
                <td dir="auto">{cost ? line.what : ''}</td>
                <td className="work-number">{formatEuros(line.amount, language)}</td>
                <td className="work-actions">
                  {cost && !readOnly && (
                    <span className="work-actions-buttons">
                      <button type="button" className="button button-secondary button-small" onClick={() => onEdit(cost.id)} aria-label={t('cost.edit.label', { date })}>
                        {t('work.edit')}
                      </button>
                      <button type="button" className="button button-danger-outline button-small" onClick={() => onRemove(cost)} aria-label={t('cost.remove.label', { date })}>
                        {t('work.remove')}
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
          <tr className="work-total-row">
            <th scope="row" colSpan={3}>
              {t('cost.meeting.total')}
            </th>
            <td className="work-number">{formatEuros(total, language)}</td>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
