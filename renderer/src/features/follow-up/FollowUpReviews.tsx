import { useId, useMemo, useState } from 'react';
import type { ApiError } from '../../../../electron/shared/api/result';
import {
  REVIEW_STATUSES,
  reviewItemInput,
  type FollowUp,
  type ItemReview,
  type ReviewStatus,
} from '../../../../electron/shared/follow-up/follow-up.schema';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { useUnsavedChangesGuard } from '../../app/Router';
import { href } from '../../app/routes';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { planLayoutFor } from '../plan/plan-layout';
import { usePeople } from '../plan/usePeople';
import { usePlanText } from '../plan/usePlanText';
import { usePreparation } from '../preparation/PreparationContext';
import { useInTurn } from '../preparation/useInTurn';

type Item = Plan['items'][number];

/** The plan under review, item by item, grouped by question as the plan is; each review saved as it is made. */
export function FollowUpReviews({ followUp, plan }: { followUp: FollowUp; plan: Plan | undefined }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const text = usePlanText();
  // A decided plan's own questions, kept as it was decided.
  const meetingType = prep.conference.meetingType;
  const layout = useMemo(() => planLayoutFor(prep.summary, plan, meetingType), [prep.summary, plan, meetingType]);
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
      <p className="field-hint">
        {t('followUp.review.intro', { number: plan.number })} {t('followUp.review.autosave')}
      </p>
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
            {(block.kind === 'open' || block.kind === 'general') && <p className="plan-question-kind">{text.blockKind(block)}</p>}
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

const commentSchema = reviewItemInput.shape.comment;

/** The version of an item's review at a follow-up meeting (1 before it was first reviewed). */
function reviewVersion(followUps: FollowUp[], meetingId: string, itemId: string): number {
  return followUps.find((f) => f.meetingId === meetingId)?.reviews.find((r) => r.itemId === itemId)?.version ?? 1;
}

/**
 * One item: its text and owner, how it went, and a comment. Saved as it is made, as the
 * checklist is: the choice at once, the comment when the field is left. A comment not yet
 * saved (being typed, refused, or waiting for a choice) keeps the unsaved-changes guard on.
 */
function ReviewRow({ meetingId, item, review }: { meetingId: string; item: Item; review: ItemReview | undefined }) {
  const { t } = useI18n();
  const { readOnly, change, latest } = usePreparation();
  const inTurn = useInTurn();
  const people = usePeople();
  const id = useId();
  const savedStatus = review?.status ?? null;
  const savedComment = review?.comment ?? '';
  // The choice shows at once; it is the saved one again if the save is refused.
  const [chosen, setChosen] = useState<ReviewStatus | null>(null);
  const status = chosen ?? savedStatus;
  const [comment, setComment] = useState(savedComment);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [commentError, setCommentError] = useState<string | undefined>();
  const [missingStatus, setMissingStatus] = useState(false);
  // Compared as it would be stored (trimmed, invisible controls gone), so a saved comment is not "changed".
  const typed = commentSchema.safeParse(comment);
  const commentChanged = (typed.success ? typed.data : comment) !== savedComment;
  const allowLeave = useUnsavedChangesGuard(!readOnly && commentChanged);

  const save = async (nextStatus: ReviewStatus | null, nextComment: string) => {
    const parsed = commentSchema.safeParse(nextComment);
    if (!parsed.success) return setCommentError(parsed.error.issues[0]?.message ?? 'validation.invalid');
    setCommentError(undefined);
    if (nextStatus === null) return setMissingStatus(true);
    setMissingStatus(false);
    setError(null);
    setBusy(true);
    // The call is on its way and lands even if the screen is left now.
    allowLeave();
    // One save after another (a choice, then the comment as the field is left), each on the
    // review's version after the one before.
    const result = await inTurn(() =>
      change('followUp.reviewItem', {
        meetingId,
        itemId: item.id,
        version: reviewVersion(latest().followUps, meetingId, item.id),
        status: nextStatus,
        comment: nextComment,
      }),
    );
    setBusy(false);
    setChosen(null);
    if (result.ok) return;
    const issue = result.error.issues?.find((i) => i.path[0] === 'comment');
    if (issue) setCommentError(issue.message);
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

  const state = busy
    ? t('followUp.review.saving')
    : review && !commentChanged
      ? t('followUp.review.savedLine')
      : !review
        ? t('followUp.review.notReviewed')
        : '';

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
                setChosen(value);
                void save(value, comment);
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
      <Field label={t('followUp.review.comment')} optional error={commentError}>
        <textarea
          rows={2}
          maxLength={2000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          onBlur={() => {
            if (commentChanged) void save(status, comment);
          }}
        />
      </Field>
      <p className="follow-up-item-state muted" role="status">
        {state}
      </p>
      {error && <ErrorMessage error={error} />}
    </li>
  );
}
