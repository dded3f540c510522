import { isolate } from '../../../../electron/shared/i18n/isolate';
import { useId, type ReactNode } from 'react';
import { bottomLinesToCheck } from '../../../../electron/shared/conference/held-before';
import { planChecks } from '../../../../electron/shared/plan/plan-checks';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { BottomLinePanel } from './BottomLinePanel';
import type { PlanLayout, PlanPart } from './plan-layout';
import { usePeople } from './usePeople';
import { usePlanPrep } from './usePlanPrep';
import { usePlanText } from './usePlanText';
import './plan-view.css';

type Item = Plan['items'][number];

/**
 * A plan to read: a decided plan, an earlier version, or a closed conference's. The same
 * order as the form, as text rather than greyed-out inputs.
 */
export function PlanView({
  plan,
  layout,
  meetingDate,
  withRecipients,
}: {
  plan: Plan;
  layout: PlanLayout;
  meetingDate: string | null;
  /** Off where the distribution log is shown as a form below. */
  withRecipients: boolean;
}) {
  const { t, formatDate } = useI18n();
  const prep = usePlanPrep();
  const people = usePeople();
  const text = usePlanText();
  // An item whose question is gone from the summary reads among the other agreements.
  const questionOf = (item: Item) => (item.questionId !== null && layout.questionIds.has(item.questionId) ? item.questionId : null);
  const items = plan.items.map((item) => ({ ...item, questionId: questionOf(item) }));
  const itemNames = text.itemNames(items, layout.blocks);
  const checks = planChecks(plan, bottomLinesToCheck(plan, prep.meetings, prep.summary), meetingDate);

  return (
    <div className="plan-view">
      {layout.blocks.map((block) => {
        const own = items.filter((item) => item.questionId === block.id);
        const part = block.part ? <PartView plan={plan} part={block.part} /> : null;
        // Other agreements are a place for what fits no question: nothing to read when there are none.
        if (block.kind === 'other' && own.length === 0) return null;
        return (
          <ReadSection
            key={block.id ?? 'other'}
            kind={block.kind === 'open' || block.kind === 'general' ? text.blockKind(block) : undefined}
            title={text.blockTitle(block)}
          >
            {part}
            {own.length > 0 ? (
              <ol className="plan-view-items">
                {own.map((item) => (
                  <ItemView key={item.id} item={item} />
                ))}
              </ol>
            ) : (
              !part && <p className="muted">{t('plan.view.noAnswer')}</p>
            )}
          </ReadSection>
        );
      })}
      {layout.standalone.map((part) => (
        <ReadSection key={part} title={t(`plan.part.${part}`)}>
          <PartView plan={plan} part={part} />
        </ReadSection>
      ))}
      <ReadSection title={t('plan.dissents')}>
        {plan.dissents.length === 0 ? (
          <p className="muted">{t('plan.view.noDissents')}</p>
        ) : (
          <ul className="plan-view-list">
            {plan.dissents.map((dissent) => (
              <li key={dissent.id}>
                <strong dir="auto">{people.label(dissent.person)}</strong>
                <p className="plan-view-text" dir="auto">
                  {dissent.text}
                </p>
              </li>
            ))}
          </ul>
        )}
      </ReadSection>
      {layout.bottomLines && <BottomLinePanel checks={checks} itemNames={itemNames} title={t('plan.checks.titleRead')} />}
      <ReadSection title={t('plan.decision.title')}>
        {plan.decision ? (
          <div className="plan-view-decision">
            <p>
              <strong>{t(`plan.decision.${plan.decision.outcome}`)}</strong> {formatDate(plan.decision.date)}
            </p>
            {plan.decision.reasons && (
              <p className="plan-view-text" dir="auto">
                {plan.decision.reasons}
              </p>
            )}
          </div>
        ) : (
          <p className="muted">{t('plan.decision.none')}</p>
        )}
      </ReadSection>
      {withRecipients && (
        <ReadSection title={t('plan.recipients')}>
          {plan.recipients.length === 0 ? (
            <p className="muted">{t('plan.view.noRecipients')}</p>
          ) : (
            <ul className="plan-view-list">
              {plan.recipients.map((line) => (
                <li key={line.id} dir="auto">
                  {people.label(line.recipient)} · {t(`plan.channel.${line.channel}`)}
                  {line.sentDate ? ` · ${t('plan.view.sent', { date: formatDate(line.sentDate) })}` : ` · ${t('plan.view.notSent')}`}
                </li>
              ))}
            </ul>
          )}
        </ReadSection>
      )}
    </div>
  );
}

function ReadSection({ kind, title, children }: { kind?: string; title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="form-section plan-question" aria-labelledby={`${id}-title`}>
      <div className="plan-question-head">
        {kind && <p className="plan-question-kind">{kind}</p>}
        <h2 id={`${id}-title`} dir="auto">
          {title}
        </h2>
      </div>
      {children}
    </section>
  );
}

function ItemView({ item }: { item: Item }) {
  const { t, formatDate } = useI18n();
  const prep = usePlanPrep();
  const people = usePeople();
  const from = item.fromDate ? formatDate(item.fromDate) : null;
  const by = item.byDate ? formatDate(item.byDate) : null;
  const schedule =
    from && by
      ? t('plan.view.fromTo', { from, by })
      : by
        ? t('plan.view.by', { by })
        : from
          ? t('plan.view.from', { from })
          : t('plan.view.noSchedule');
  const lines = prep.summary.mustInclude.filter((line) => item.bottomLineIds.includes(line.id));
  return (
    <li className="plan-view-item">
      <p className="plan-view-what" dir="auto">
        {item.what}
      </p>
      <dl className="plan-view-meta">
        <Meta term={t('plan.item.owner')}>{people.label(item.owner)}</Meta>
        <Meta term={t('plan.view.schedule')}>{schedule}</Meta>
        {item.followUp && <Meta term={t('plan.item.followUp')}>{item.followUp}</Meta>}
        {item.checker && <Meta term={t('plan.item.checker')}>{people.label(item.checker)}</Meta>}
        {lines.length > 0 && <Meta term={t('plan.item.bottomLines')}>{lines.map((line) => isolate(line.text)).join('; ')}</Meta>}
      </dl>
    </li>
  );
}

function Meta({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd dir="auto">{children}</dd>
    </div>
  );
}

/** The answer held in a part's own fields. */
function PartView({ plan, part }: { plan: Plan; part: PlanPart }) {
  const { t, formatDate } = useI18n();
  const people = usePeople();
  const empty = <p className="muted">{t('plan.view.noAnswer')}</p>;
  switch (part) {
    case 'services':
      return plan.services.length === 0 ? (
        empty
      ) : (
        <ul className="plan-view-list">
          {plan.services.map((service) => (
            <li key={service.id} dir="auto">
              <strong>{people.label(service.worker)}</strong>: {service.what}
            </li>
          ))}
        </ul>
      );
    case 'monitoring':
    case 'problems':
      return plan[part] ? (
        <p className="plan-view-text" dir="auto">
          {plan[part]}
        </p>
      ) : (
        empty
      );
    case 'followUp':
      return (
        <div className="plan-view-decision">
          <p>{plan.followUpDate ? formatDate(plan.followUpDate) : t('plan.view.noFollowUpDate')}</p>
          {plan.followUpInvitees.length > 0 && (
            <p dir="auto">
              {t('plan.view.invited', { names: plan.followUpInvitees.map((person) => isolate(people.name(person))).join(', ') })}
            </p>
          )}
        </div>
      );
    case 'recipients':
      return <p className="muted">{t('plan.view.recipientsBelow')}</p>;
  }
}
