import { Fragment, type ReactNode } from 'react';
import { isPastPreparation } from '../../../../electron/shared/conference/conference-timing';
import { tabOfKind } from '../../../../electron/shared/conference/meeting-types';
import type { MessageKey } from '../../../../electron/shared/i18n';
import {
  preparationProgress,
  preparationStatus,
  type FixTarget,
  type MissingField,
  type MissingThing,
  type PreparationItem,
} from '../../../../electron/shared/preparation/preparation-status';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { TimingBadge } from '../conference/TimingBadge';
import { usePreparation } from './PreparationContext';
import './preparation.css';

/** Missing fields that read as a whole sentence, not as one word in a "Puuttuu: …" list. */
const SENTENCE_FIELDS: ReadonlySet<MissingField> = new Set(['members', 'invitees', 'supportPersons', 'familyMeetings']);

/** The label before a list of people who still lack something, per check. */
const PEOPLE_LABELS: Partial<Record<PreparationItem['id'], MessageKey>> = {
  network: 'preparation.missing.network',
  contacted: 'preparation.missing.contacted',
  prepared: 'preparation.missing.prepared',
  replied: 'preparation.missing.replied',
  supportBriefed: 'preparation.missing.supportBriefed',
  workers: 'preparation.missing.workers',
};

/** What the preparation still lacks, derived from the data, each gap a link to where it is fixed. */
export function PreparationGlance() {
  const { t, tn } = useI18n();
  const { prep, today } = usePreparation();
  const items = preparationStatus(prep, today);
  const progress = preparationProgress(items);
  const open = items.filter((item) => !item.done);
  const done = items.filter((item) => item.done);
  const conferenceId = prep.conference.id;
  const past = isPastPreparation(prep.conference.phase);
  // None for a conference held before the app: its preparation happened before it.
  if (items.length === 0) return null;

  const link = (fix: FixTarget): string => {
    if ('memberId' in fix) return href({ name: 'member', id: conferenceId, memberId: fix.memberId });
    // A child's participation and support person are set on the network tab.
    if ('childId' in fix) return href({ name: 'conference', id: conferenceId, tab: 'network' });
    // Only to a tab this kind of meeting has (a mapping meeting has no commission or summary).
    return href({ name: 'conference', id: conferenceId, tab: tabOfKind(prep.conference, fix.tab) });
  };

  return (
    <section className="card glance" aria-labelledby="glance-title">
      <div className="glance-header">
        <h2 id="glance-title">{t('preparation.glance.title')}</h2>
        <p className="glance-progress">
          <strong>{t('preparation.glance.progress', { done: progress.done, total: progress.total })}</strong>
          {open.length > 0 && !past && <span className="muted"> · {tn('preparation.glance.open', open.length)}</span>}
        </p>
      </div>
      <progress
        className="glance-bar"
        max={progress.total}
        value={progress.done}
        aria-label={t('preparation.glance.progressLabel')}
      />

      {open.length === 0 ? (
        <p className="glance-all-done">{t('preparation.glance.allDone')}</p>
      ) : past ? (
        // After the meeting what was left undone is history: kept, folded away.
        <details className="glance-done">
          <summary>{tn('preparation.glance.leftOpen', open.length)}</summary>
          <ul className="glance-list glance-list-compact" aria-label={t('preparation.mark.missing')}>
            {open.map((item) => (
              <GlanceItem key={item.id} item={item} link={link} />
            ))}
          </ul>
        </details>
      ) : (
        <ul className="glance-list" aria-label={t('preparation.mark.missing')}>
          {open.map((item) => (
            <GlanceItem key={item.id} item={item} link={link} />
          ))}
        </ul>
      )}

      {done.length > 0 && (
        <details className="glance-done" open={open.length === 0}>
          <summary>{t('preparation.glance.doneList', { count: done.length })}</summary>
          <ul className="glance-list glance-list-compact" aria-label={t('preparation.glance.doneList', { count: done.length })}>
            {done.map((item) => (
              <GlanceItem key={item.id} item={item} link={link} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function GlanceItem({ item, link }: { item: PreparationItem; link(fix: FixTarget): string }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const state = item.done ? 'done' : 'missing';
  // The meetings count is the point of that check even when done ("3/2" reads oddly, so show it plainly).
  const showCount = item.count !== null && item.count.total > 0 && item.id !== 'familyMeetings';
  return (
    <li className={`glance-item glance-item-${state}`}>
      <span className={`glance-mark glance-mark-${state}`} aria-hidden="true">
        {item.done ? '✓' : '!'}
      </span>
      <div className="glance-body">
        <p className="glance-item-title">
          <span className="visually-hidden">{t(`preparation.mark.${state}`)}: </span>
          {t(item.id === 'timing' ? `preparation.check.timing.${prep.conference.meetingType}` : `preparation.check.${item.id}`)}
          {showCount && item.count && (
            <span className="glance-count"> {t('preparation.count', { done: item.count.done, total: item.count.total })}</span>
          )}
        </p>
        <ItemDetails item={item} link={link} />
      </div>
    </li>
  );
}

function ItemDetails({ item, link }: { item: PreparationItem; link(fix: FixTarget): string }) {
  const { t, tn } = useI18n();
  const lines: ReactNode[] = [];

  if (item.timing) lines.push(<TimingBadge key="timing" timing={item.timing} />);
  if (item.id === 'familyMeetings' && item.count) {
    lines.push(<span key="meetings">{tn('preparation.familyMeetings.count', item.count.done, { total: item.count.total })}</span>);
  }
  if (item.id === 'workers' && item.count?.total === 0) lines.push(<span key="none">{t('preparation.noWorkers')}</span>);

  const fields = item.missing.filter((m): m is Extract<MissingThing, { kind: 'field' }> => m.kind === 'field');
  for (const sentence of fields.filter((m) => SENTENCE_FIELDS.has(m.field))) {
    lines.push(
      <a key={sentence.field} href={link(sentence.fix)}>
        {t(`preparation.field.${sentence.field}`)}
      </a>,
    );
  }
  const words = fields.filter((m) => !SENTENCE_FIELDS.has(m.field));
  if (words.length > 0) {
    lines.push(
      <LinkList key="fields" label={t('preparation.missing')}>
        {words.map((m) => (
          <a key={m.field} href={link(m.fix)}>
            {t(`preparation.field.${m.field}`)}
          </a>
        ))}
      </LinkList>,
    );
  }

  const people = item.missing.filter((m): m is Extract<MissingThing, { kind: 'member' }> => m.kind === 'member');
  const peopleLabel = PEOPLE_LABELS[item.id];
  if (people.length > 0 && peopleLabel) {
    lines.push(
      <LinkList key="people" label={t(peopleLabel)}>
        {people.map((m) => (
          <a key={m.memberId} href={link(m.fix)} dir="auto">
            {m.name}
          </a>
        ))}
      </LinkList>,
    );
  }

  const children = item.missing.filter((m): m is Extract<MissingThing, { kind: 'child' }> => m.kind === 'child');
  if (children.length > 0) {
    lines.push(
      <LinkList key="children" label={t('preparation.missing.children')}>
        {children.map((m) => (
          <span key={m.childId}>
            <a href={link(m.fix)} dir="auto">
              {m.name}
            </a>{' '}
            ({m.lacks.map((lack) => t(`preparation.childLack.${lack}`)).join(', ')})
          </span>
        ))}
      </LinkList>,
    );
  }

  const notes = item.notes.filter((m): m is Extract<MissingThing, { kind: 'member' }> => m.kind === 'member');
  if (notes.length > 0) {
    lines.push(
      <LinkList key="notes" label={t('preparation.note.workers')} className="glance-note">
        {notes.map((m) => (
          <a key={m.memberId} href={link(m.fix)} dir="auto">
            {m.name}
          </a>
        ))}
      </LinkList>,
    );
  }

  if (lines.length === 0) return null;
  return (
    <div className="glance-details">
      {lines.map((line, index) => (
        <p key={index} className="glance-detail">
          {line}
        </p>
      ))}
    </div>
  );
}

/** "Ei yhteydenottoa: Aune Äijälä, Pekka Lind", each name a link. */
function LinkList({ label, children, className }: { label: string; children: ReactNode[]; className?: string }) {
  return (
    <span className={className}>
      {label}:{' '}
      {children.map((child, index) => (
        <Fragment key={index}>
          {index > 0 && ', '}
          {child}
        </Fragment>
      ))}
    </span>
  );
}
