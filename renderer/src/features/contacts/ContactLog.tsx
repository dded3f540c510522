import { durationFieldText } from '../../../../electron/shared/amounts';
import { isolate } from '../../../../electron/shared/i18n/isolate';
import { useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import type { ContactEntry } from '../../../../electron/shared/preparation/contact.schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { isOverdue, logOf } from './contact-log';
import { ContactForm } from './ContactForm';
import './contacts.css';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string };

/** The contact log of one member, or of the family when `memberId` is null: newest first, editable in place. */
export function ContactLog({ memberId }: { memberId: string | null }) {
  const { t, formatDate } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, today, latest, change } = usePreparation();
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [removing, setRemoving] = useState<ContactEntry | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const entries = logOf(prep.contacts, memberId);
  const defaultChannel = memberId === null ? 'meeting' : 'phone';

  const remove = async () => {
    if (!removing) return;
    setBusy(true);
    const current = latest().contacts.find((c) => c.id === removing.id);
    const result = await change('contact.remove', { id: removing.id, version: current?.version ?? removing.version });
    setBusy(false);
    setRemoving(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    if (editing.kind === 'edit' && editing.id === removing.id) setEditing({ kind: 'none' });
    notify(t('contacts.removed'));
  };

  return (
    <div className="contact-log">
      {error && <ErrorMessage error={error} />}
      {!readOnly &&
        (editing.kind === 'add' ? (
          <ContactForm memberId={memberId} defaultChannel={defaultChannel} onDone={() => setEditing({ kind: 'none' })} />
        ) : (
          <button
            type="button"
            className="button button-secondary contact-add"
            onClick={() => setEditing({ kind: 'add' })}
          >
            {t('contacts.add')}
          </button>
        ))}

      {entries.length === 0 ? (
        <p className="muted">{t('contacts.log.empty')}</p>
      ) : (
        <ol className="contact-list" aria-label={t(memberId === null ? 'contacts.log.familyLabel' : 'contacts.log.label')}>
          {entries.map((entry, index) => (
            <li key={entry.id} className="contact-entry">
              {editing.kind === 'edit' && editing.id === entry.id ? (
                <ContactForm memberId={memberId} entry={entry} onDone={() => setEditing({ kind: 'none' })} />
              ) : (
                <EntryView
                  entry={entry}
                  // Only the newest entry's next step is still open; older ones were followed up.
                  overdue={index === 0 && isOverdue(entry, today)}
                  readOnly={readOnly}
                  onEdit={() => setEditing({ kind: 'edit', id: entry.id })}
                  onRemove={() => setRemoving(entry)}
                />
              )}
            </li>
          ))}
        </ol>
      )}

      <ConfirmDialog
        open={removing !== null}
        title={t('contacts.remove.title')}
        body={
          removing
            ? t('contacts.remove.body', {
                date: formatDate(removing.date),
                channel: t(`contacts.channel.${removing.channel}`),
                discussed: shorten(removing.discussed),
              })
            : undefined
        }
        confirmLabel={t('contacts.remove.confirm')}
        cancelLabel={t('form.cancel')}
        tone="danger"
        busy={busy}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      />
    </div>
  );
}

function shorten(text: string): string {
  return text.length > 80 ? `${isolate(text.slice(0, 80))}…` : text;
}

function EntryView({
  entry,
  overdue,
  readOnly,
  onEdit,
  onRemove,
}: {
  entry: ContactEntry;
  overdue: boolean;
  readOnly: boolean;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t, formatDate } = useI18n();
  const date = formatDate(entry.date);
  return (
    <article className="contact-entry-view">
      <header className="contact-entry-header">
        <p className="contact-entry-meta">
          <time dateTime={entry.date}>{date}</time>
          <span className="badge badge-neutral">{t(`contacts.channel.${entry.channel}`)}</span>
          {entry.durationMinutes !== null && (
            <span className="contact-duration">{t('work.contact.durationShown', { duration: durationFieldText(entry.durationMinutes) })}</span>
          )}
        </p>
        {!readOnly && (
          <div className="contact-entry-actions">
            <button type="button" className="button button-secondary button-small" onClick={onEdit} aria-label={t('contacts.edit.label', { date })}>
              {t('contacts.edit')}
            </button>
            <button
              type="button"
              className="button button-danger-outline button-small"
              onClick={onRemove}
              aria-label={t('contacts.remove.label', { date })}
            >
              {t('contacts.remove')}
            </button>
          </div>
        )}
      </header>
      <p className="contact-discussed" dir="auto">
        {entry.discussed}
      </p>
      {(entry.nextStep !== '' || entry.nextStepDate) && (
        <p className={`contact-next${overdue ? ' contact-next-overdue' : ''}`}>
          <span className="contact-next-label">{t('contacts.nextStep')}:</span>{' '}
          {entry.nextStep && <span dir="auto">{entry.nextStep}</span>}
          {entry.nextStepDate && (
            <>
              {entry.nextStep && ' · '}
              <time dateTime={entry.nextStepDate}>{formatDate(entry.nextStepDate)}</time>
            </>
          )}
          {overdue && <span className="badge badge-warning contact-overdue">{t('contacts.overdue')}</span>}
        </p>
      )}
    </article>
  );
}
