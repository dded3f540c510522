import { useId, useMemo, useState, type FormEvent } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { bottomLinesToCheck } from '../../../../electron/shared/conference/held-before';
import { planChecks, unresolvedBottomLines, type BottomLine, type BottomLines, type PlanChecks } from '../../../../electron/shared/plan/plan-checks';
import { meetingTypeOf } from '../../../../electron/shared/conference/meeting-types';
import { isAcceptance } from '../../../../electron/shared/plan/plan-rules';
import type { Plan, PlanOwner } from '../../../../electron/shared/plan/plan.schema';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { SaveBar } from '../../components/SaveBar';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { BottomLinePanel } from './BottomLinePanel';
import { DecisionSection } from './DecisionSection';
import { checkedPlanOf, type PlanFormApi, type PlanFormValues } from './plan-form-values';
import type { PlanLayout, QuestionBlock } from './plan-layout';
import { PlanItems, type ItemsArray } from './PlanItems';
import { DissentsSection, DistributionLog } from './PlanLists';
import { PlanPartFields } from './PlanParts';
import { usePlanForm } from './usePlanForm';
import { usePlanText } from './usePlanText';

/**
 * The plan as one form, in the order the family presents it: each question with its items,
 * the other agreements, dissents, the check against the bottom lines, the social worker's
 * decision, and who gets the plan. A decision taken while bottom lines are open is confirmed.
 */
export function PlanForm({ plan, layout, meetingDate }: { plan: Plan; layout: PlanLayout; meetingDate: string | null }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const [confirming, setConfirming] = useState<PlanChecks | null>(null);
  const { form, save } = usePlanForm(plan, layout);
  const { control, formState } = form;
  const items: ItemsArray = useFieldArray({ control, name: 'items', keyName: 'key' });


  const bottomLines = bottomLinesToCheck(plan, prep.meetings, prep.summary);
  const checksNow = () => planChecks(checkedPlanOf(form.getValues()), bottomLines, meetingDate);
  const taskPeople = () =>
    form
      .getValues('items')
      .flatMap((item) => [item.owner, item.checker].filter((person): person is PlanOwner => person !== null));

  // Accepting a plan that does not yet meet its bottom lines is the social worker's call, but never by accident.
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = form.getValues('decision.outcome');
    const accepting = outcome !== '' && isAcceptance({ outcome });
    const checks = checksNow();
    if (accepting && unresolvedBottomLines(checks) > 0 && (await form.trigger())) setConfirming(checks);
    else await save.submit();
  };
  const confirm = async () => {
    setConfirming(null);
    await save.submit();
  };

  return (
    <>
      <form className="form plan-form" onSubmit={submit} noValidate aria-label={t('plan.form')}>
        {layout.blocks.map((block) => (
          <QuestionSection
            key={block.id ?? 'other'}
            form={form}
            items={items}
            block={block}
            mustInclude={prep.summary.mustInclude}
            meetingDate={meetingDate}
          />
        ))}
        {layout.standalone.map((part) => (
          <section key={part} className="form-section" aria-label={t(`plan.part.${part}`)}>
            <h2>{t(`plan.part.${part}`)}</h2>
            <PlanPartFields form={form} part={part} meetingDate={meetingDate} />
          </section>
        ))}
        <DissentsSection form={form} />
        {layout.bottomLines && <LiveChecks form={form} layout={layout} bottomLines={bottomLines} meetingDate={meetingDate} />}
        <DecisionSection form={form} meetingDate={meetingDate} />
        <DistributionLog form={form} taskPeople={taskPeople} postedToClient={meetingTypeOf(prep.conference).planPostedToClient} />
        <SaveBar save={save} dirty={formState.isDirty} submitting={formState.isSubmitting} />
      </form>
      <ConfirmDialog
        open={confirming !== null}
        title={t('plan.confirm.title')}
        confirmLabel={t('plan.confirm.save')}
        cancelLabel={t('plan.confirm.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
      >
        <ul className="plan-confirm-list">
          {confirming?.unmetMustInclude.map((line) => (
            <li key={line.id} dir="auto">
              {t('plan.checks.mustIncludeUnmet', { text: line.text })}
            </li>
          ))}
          {confirming?.uncheckedNotAcceptable.map((line) => (
            <li key={line.id} dir="auto">
              {t('plan.checks.notAcceptableUnchecked', { text: line.text })}
            </li>
          ))}
        </ul>
        <p className="dialog-body">{t('plan.confirm.body')}</p>
      </ConfirmDialog>
    </>
  );
}

/** The check against the bottom lines, recomputed as the form changes: only this panel follows every keystroke. */
function LiveChecks({
  form,
  layout,
  bottomLines,
  meetingDate,
}: {
  form: PlanFormApi;
  layout: PlanLayout;
  bottomLines: BottomLines;
  meetingDate: string | null;
}) {
  const text = usePlanText();
  const values = useWatch({ control: form.control }) as PlanFormValues;
  const checks = useMemo(() => planChecks(checkedPlanOf(values), bottomLines, meetingDate), [values, bottomLines, meetingDate]);
  return (
    <BottomLinePanel checks={checks} itemNames={text.itemNames(values.items ?? [], layout.blocks)} control={form.control} />
  );
}

/** One question with the family's answer to it: its own fields, if it has some, then its items. */
function QuestionSection({
  form,
  items,
  block,
  mustInclude,
  meetingDate,
}: {
  form: PlanFormApi;
  items: ItemsArray;
  block: QuestionBlock;
  mustInclude: readonly BottomLine[];
  meetingDate: string | null;
}) {
  const { t } = useI18n();
  const text = usePlanText();
  const id = useId();
  return (
    <section className="form-section plan-question" aria-labelledby={`${id}-title`}>
      <div className="plan-question-head">
        {(block.kind === 'open' || block.kind === 'general') && <p className="plan-question-kind">{text.blockKind(block)}</p>}
        <h2 id={`${id}-title`} dir="auto">
          {text.blockTitle(block)}
        </h2>
        {block.kind === 'other' && <p className="field-hint">{t('plan.other.hint')}</p>}
        {block.kind === 'agreed' && <p className="field-hint">{t('plan.agreed.hint')}</p>}
      </div>
      {block.part && <PlanPartFields form={form} part={block.part} meetingDate={meetingDate} />}
      <PlanItems form={form} items={items} questionId={block.id} mustInclude={mustInclude} quiet={block.part !== null} />
    </section>
  );
}
