import { useRef, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import { isHandTickable, type ChecklistEntry } from '../../../../electron/shared/arrangements/checklist';
import { isFactKey, type ChecklistSource, type FactKey } from '../../../../electron/shared/arrangements/checklist-facts';
import { meetingChecklist } from '../../../../electron/shared/arrangements/meetings';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { MeetingKind } from '../../../../electron/shared/arrangements/meeting-kinds';
import type { ConferenceTab } from '../../../../electron/shared/conference/meeting-types';
import type { SettingsLoad } from '../../app/SettingsProvider';
import { daysBetween } from '../../../../electron/shared/dates';
import type { ChecklistTemplateItem } from '../../../../electron/shared/settings/settings.schema';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useInTurn } from '../preparation/useInTurn';
import { ChecklistItemForm } from './ChecklistItemForm';
import { useEntryVersion } from './useEntryVersion';
import { useArrangementText } from './useArrangementText';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'edit'; id: string };

/**
 * The meeting's checklist: the default items that apply, due relative to the meeting date,
 * and the meeting's own items. Ticking saves at once with today's date. An item a recorded
 * fact answers says where its tick came from and links there; it has no hand tick to give.
 */

/** The tab where each kind of fact is recorded. */
const SOURCE_TAB: Record<ChecklistSource, ConferenceTab> = {
  arrangements: 'arrangements',
  letters: 'documents',
  summary: 'summary',
  contacts: 'contacts',
};

/** Where an item's fact is recorded, also while it is not yet. */
const FACT_HOME: Record<FactKey, ChecklistSource> = {
  venue: 'arrangements',
  interpreter: 'arrangements',
  refreshments: 'arrangements',
  invitations: 'letters',
  summary: 'summary',
  reminders: 'contacts',
};
export function ChecklistSection({ meeting, settings }: { meeting: Meeting; settings: SettingsLoad }) {
  const { t } = useI18n();
  const { prep, today } = usePreparation();

  return (
    <section className="card arrangements-checklist" aria-labelledby="arrangements-checklist-title">
      <div className="arrangements-card-head">
        <h2 id="arrangements-checklist-title">{t('arrangements.checklist.title')}</h2>
        <a href={href({ name: 'settings' })} className="arrangements-small-link">
          {t('arrangements.checklist.editDefaults')}
        </a>
      </div>
      {settings.state === 'loading' && <p className="loading">{t('app.loading')}</p>}
      {settings.state === 'error' && <ErrorMessage error={settings.error} />}
      {settings.state === 'ready' && (
        <ChecklistItems
          meeting={meeting}
          template={settings.settings.checklist}
          entries={meetingChecklist(prep, meeting, settings.settings.checklist, today)}
        />
      )}
    </section>
  );
}

function ChecklistItems({
  meeting,
  template,
  entries,
}: {
  meeting: Meeting;
  template: ChecklistTemplateItem[];
  entries: ChecklistEntry[];
}) {
  const { t, tn } = useI18n();
  const notify = useNotify();
  const { readOnly, today, change } = usePreparation();
  const entryVersion = useEntryVersion(meeting.id);
  const inTurn = useInTurn();
  // The tick shows at once; it is the saved state again when the answer arrives.
  const [pending, setPending] = useState<{ key: string; done: boolean } | null>(null);
  const latestTick = useRef(0);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [error, setError] = useState<ApiError | null>(null);
  const done = entries.filter((entry) => entry.status === 'done').length;
  const overdue = entries.filter((entry) => entry.status === 'overdue').length;

  const tick = async (entry: ChecklistEntry, on: boolean) => {
    const tickNumber = ++latestTick.current;
    setPending({ key: entry.key, done: on });
    const result = await inTurn(() =>
      change('checklist.setDone', {
        meetingId: meeting.id,
        key: entry.key,
        version: entryVersion(entry.key),
        doneDate: on ? today : null,
      }),
    );
    // A quicker second click owns the box until its own answer arrives.
    if (tickNumber !== latestTick.current) return;
    setPending(null);
    setError(result.ok ? null : result.error);
  };

  const remove = async (entry: ChecklistEntry) => {
    const tickNumber = ++latestTick.current;
    setPending({ key: entry.key, done: entry.doneDate !== null });
    const result = await inTurn(() =>
      change('checklist.removeItem', { meetingId: meeting.id, id: entry.key, version: entryVersion(entry.key) }),
    );
    if (tickNumber === latestTick.current) setPending(null);
    if (!result.ok) return setError(result.error);
    setError(null);
    notify(t('arrangements.checklist.removed'));
  };

  return (
    <>
      <p className="arrangements-checklist-progress">
        {t('arrangements.checklist.progress', { done, total: entries.length })}
        {overdue > 0 && (
          <>
            {' · '}
            <strong className="arrangements-overdue-text">{tn('arrangements.checklist.overdueCount', overdue)}</strong>
          </>
        )}
      </p>
      {meeting.date === null && <p className="field-hint">{t('arrangements.checklist.noDate')}</p>}
      {error && <ErrorMessage error={error} />}
      <ul className="checklist" aria-label={t('arrangements.checklist.title')}>
        {entries.map((entry) =>
          editing.kind === 'edit' && editing.id === entry.key ? (
            <li key={entry.key} className="checklist-item checklist-item-editing">
              <ChecklistItemForm meetingId={meeting.id} item={entry} onDone={() => setEditing({ kind: 'none' })} />
            </li>
          ) : (
            <ChecklistRow
              key={entry.key}
              entry={entry}
              meetingKind={meeting.kind}
              template={template}
              busy={pending?.key === entry.key}
              checked={pending?.key === entry.key ? pending.done : entry.doneDate !== null}
              readOnly={readOnly}
              onTick={(on) => void tick(entry, on)}
              onEdit={() => setEditing({ kind: 'edit', id: entry.key })}
              onRemove={() => void remove(entry)}
            />
          ),
        )}
      </ul>
      {!readOnly &&
        (editing.kind === 'add' ? (
          <ChecklistItemForm meetingId={meeting.id} onDone={() => setEditing({ kind: 'none' })} />
        ) : (
          <button type="button" className="button button-secondary" onClick={() => setEditing({ kind: 'add' })}>
            {t('arrangements.checklist.add')}
          </button>
        ))}
    </>
  );
}

function ChecklistRow({
  entry,
  meetingKind,
  template,
  busy,
  checked,
  readOnly,
  onTick,
  onEdit,
  onRemove,
}: {
  entry: ChecklistEntry;
  meetingKind: MeetingKind;
  template: ChecklistTemplateItem[];
  busy: boolean;
  checked: boolean;
  readOnly: boolean;
  onTick(on: boolean): void;
  onEdit(): void;
  onRemove(): void;
}) {
  const { t, tn, formatDate } = useI18n();
  const text = useArrangementText();
  const { prep, today } = usePreparation();
  const label = text.checklistLabel(entry, meetingKind);
  const handTick = isHandTickable(entry);
  const home = entry.source ?? (isFactKey(entry.key) ? FACT_HOME[entry.key] : null);
  const homeLink =
    home && entry.answer !== 'hand' ? (
      <a href={href({ name: 'conference', id: prep.conference.id, tab: SOURCE_TAB[home] })}>{t(`checklist.source.${home}`)}</a>
    ) : null;
  const note = entry.note;
  const daysBefore = entry.custom ? null : (template.find((item) => item.key === entry.key)?.daysBefore ?? null);
  const id = `checklist-${entry.key}`;

  const due = (): string => {
    const date = entry.dueDate ? formatDate(entry.dueDate) : null;
    if (daysBefore === null) return date ?? t('arrangements.checklist.noDueDate');
    return `${text.daysBefore(daysBefore)} · ${date ?? t('arrangements.checklist.dateMissing')}`;
  };

  return (
    <li className={`checklist-item checklist-${entry.status}`}>
      <label className="check checklist-check" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={checked}
          disabled={readOnly || !handTick}
          aria-busy={busy || undefined}
          aria-describedby={`${id}-meta`}
          onChange={(e) => onTick(e.target.checked)}
        />
        <span dir="auto" className="checklist-label">
          {label}
        </span>
      </label>
      <p id={`${id}-meta`} className="checklist-meta">
        <span className="checklist-due">{due()}</span>
        {entry.status === 'done' && entry.doneDate && entry.source && isFactKey(entry.key) && (
          <span className="checklist-source">
            <span className="badge badge-success">{t(`checklist.fact.${entry.key}`, { date: formatDate(entry.doneDate) })}</span>{' '}
            – {homeLink}
          </span>
        )}
        {entry.status === 'done' && entry.doneDate && !entry.source && (
          <span className="badge badge-success">{t('arrangements.checklist.doneOn', { date: formatDate(entry.doneDate) })}</span>
        )}
        {entry.status === 'overdue' && entry.dueDate && (
          <span className="badge badge-danger">{tn('arrangements.checklist.overdue', daysBetween(entry.dueDate, today))}</span>
        )}
        {entry.status === 'dueSoon' && entry.dueDate && (
          <span className="badge badge-warning">
            {entry.dueDate === today ? t('arrangements.checklist.dueToday') : tn('arrangements.checklist.dueIn', daysBetween(today, entry.dueDate))}
          </span>
        )}
        {entry.status !== 'done' && homeLink && (
          <span className="checklist-source muted">
            {t(entry.answer === 'fact' ? 'checklist.byFact' : 'checklist.byLog')} {homeLink}
          </span>
        )}
      </p>
      {note && (
        <p className="checklist-note">
          {note.code === 'venueRequested' && t('checklist.note.venueRequested')}
          {note.code === 'interpreterMissing' &&
            t('checklist.note.interpreterMissing', { languages: note.languages.map(text.language).join(', ') })}
          {note.code === 'headcountGrew' && t('checklist.note.headcountGrew', { ordered: note.ordered, headcount: note.headcount })}
          {note.code === 'lettersMissing' && t('checklist.note.lettersMissing', { missing: note.missing, of: note.of })}
          {note.code === 'remindersMissing' && t('checklist.note.remindersMissing', { missing: note.missing, of: note.of })}
        </p>
      )}
      {entry.custom && !readOnly && (
        <div className="checklist-actions">
          <button type="button" className="link-button" onClick={onEdit}>
            {t('arrangements.checklist.edit')}
            <span className="visually-hidden">: {label}</span>
          </button>
          <button type="button" className="link-button link-button-danger" disabled={busy} onClick={onRemove}>
            {t('arrangements.checklist.remove')}
            <span className="visually-hidden">: {label}</span>
          </button>
        </div>
      )}
    </li>
  );
}
