import { useId, useMemo, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import {
  REVIEW_STATUSES,
  type FollowUp,
  type ItemReview,
  type ReviewStatus,
} from '../../../../electron/shared/follow-up/follow-up.schema';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { planLayout } from '../plan/plan-layout';
import { usePeople } from '../plan/usePeople';
import { usePlanText } from '../plan/usePlanText';
import { usePreparation } from '../preparation/PreparationContext';

type Item = Plan['items'][number];

/** The plan under review, item by item, grouped by question as the plan is; each review saved on its own. */
export function FollowUpReviews({ followUp, plan }: { followUp: FollowUp; plan: Plan | undefined }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const text = usePlanText();
  const layout = useMemo(() => planLayout(prep.summary), [prep.summary]);
  const titleId = useId();

  if (!plan) {
    return (
      <section className="form-section" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('followUp.review.title')}</h2>
        <p className="muted">{t('followUp.review.noPlan')}</p>
      </section>
    );
  }

  const reviews = new Map(followUp.reviews.map((review) => [review.itemId, review]));
  const reviewed = plan.items.filter((item) => reviews.has(item.id)).length;
  // An item whose question is gone from the summary reads among the other agreements, as in the plan.
  const questionOf = (item: Item) =>
    item.questionId !== null && layout.questionIds.has(item.questionId) ? item.questionId : null;

  return (
    <section className="form-section follow-up-reviews" aria-labelledby={titleId}>
      <div className="follow-up-reviews-head">
        <h2 id={titleId}>{t('followUp.review.title')}</h2>
        <p className="follow-up-count" aria-live="polite">
          {t('followUp.review.count', { reviewed, total: plan.items.length })}
        </p>
      </div>
      <p className="field-hint">{t('followUp.review.intro', { number: plan.number })}</p>
      <p className="alert alert-info follow-up-revise">
        {t('followUp.revise.hint')}{' '}
        <a href={href({ name: 'conference', id: prep.conference.id, tab: 'plan' })}>{t('followUp.revise.link')}</a>
      </p>
      {plan.items.length === 0 && <p className="muted">{t('followUp.review.noItems')}</p>}
      {layout.blocks.map((block) => {
        const own = plan.items.filter((item) => questionOf(item) === block.id);
        if (own.length === 0) return null;
        return (
          <div key={block.id ?? 'other'} className="follow-up-question">
            {block.kind !== 'other' && <p className="plan-question-kind">{text.blockKind(block)}</p>}
            <h3 dir="auto">{text.blockTitle(block)}</h3>
            <ol className="follow-up-items">
              {own.map((item) => (
                <ReviewRow key={item.id} meetingId={followUp.meetingId} item={item} review={reviews.get(item.id)} />
              ))}
            </ol>
          </div>
        );
      })}
    </section>
  );
}

/** One item: its text and owner, how it went, and a comment; saved on its own. */
function ReviewRow({ meetingId, item, review }: { meetingId: string; item: Item; review: ItemReview | undefined }) {
  const { t } = useI18n();
  const notify = useNotify();
  const { readOnly, change } = usePreparation();
  const people = usePeople();
  const id = useId();
  const [status, setStatus] = useState<ReviewStatus | null>(review?.status ?? null);
  const [comment, setComment] = useState(review?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [missingStatus, setMissingStatus] = useState(false);
  const changed = status !== (review?.status ?? null) || comment !== (review?.comment ?? '');

  const save = async () => {
    if (status === null) {
      setMissingStatus(true);
      return;
    }
    setBusy(true);
    setError(null);
    const result = await change('followUp.reviewItem', { meetingId, itemId: item.id, status, comment });
    setBusy(false);
    if (result.ok) notify(t('followUp.review.saved'));
    else setError(result.error);
  };

  const owner = t('followUp.review.owner', { person: people.label(item.owner) });
  if (readOnly) {
    return (
      <li className="follow-up-item">
        <p className="plan-view-what" dir="auto">
          {item.what}
        </p>
        <p className="muted">{owner}</p>
        <p>
          <strong>{review ? t(`followUp.review.status.${review.status}`) : t('followUp.review.notReviewed')}</strong>
          {review?.comment && (
            <span dir="auto">
              {' – '}
              {review.comment}
            </span>
          )}
        </p>
      </li>
    );
  }

  return (
    <li className="follow-up-item">
      <p className="plan-view-what" dir="auto" id={`${id}-what`}>
        {item.what}
      </p>
      <p className="muted">{owner}</p>
      <fieldset className="follow-up-statuses" aria-describedby={`${id}-what`}>
        <legend className="field-label">{t('followUp.review.status')}</legend>
        {REVIEW_STATUSES.map((value) => (
          <label key={value} className="radio">
            <input
              type="radio"
              name={`${id}-status`}
              value={value}
              checked={status === value}
              onChange={() => {
                setStatus(value);
                setMissingStatus(false);
              }}
            />
            {t(`followUp.review.status.${value}`)}
          </label>
        ))}
      </fieldset>
      {missingStatus && (
        <p className="field-error" role="alert">
          {t('followUp.review.chooseStatus')}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${id}-comment`} className="field-label">
          {t('followUp.review.comment')}
          <span className="field-optional"> ({t('form.optional')})</span>
        </label>
        <textarea
          id={`${id}-comment`}
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
        />
      </div>
      <div className="follow-up-item-actions">
        {changed ? (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => void save()}>
            {t('followUp.review.save')}
          </button>
        ) : (
          !review && <span className="muted">{t('followUp.review.notReviewed')}</span>
        )}
      </div>
      {error && <ErrorMessage error={error} />}
    </li>
  );
}
