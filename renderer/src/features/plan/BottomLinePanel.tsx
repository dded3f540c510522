import { isolate } from '../../../../electron/shared/i18n/isolate';
import { useId } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { unresolvedBottomLines, type PlanChecks } from '../../../../electron/shared/plan/plan-checks';
import type { PlanFields } from '../../../../electron/shared/plan/plan.schema';
import { useI18n } from '../../i18n/I18nProvider';
import type { PlanFormValues } from './plan-form-values';

/**
 * The plan against the social worker's bottom lines, and what else is still open, before
 * the decision. The convener does not judge the plan: this only says, in words, which
 * bottom lines no item answers yet and which have not been checked.
 */
export function BottomLinePanel({
  checks,
  itemNames,
  control,
  title,
}: {
  checks: PlanChecks;
  /** Each item's short name, by its index in the plan. */
  itemNames: readonly string[];
  /** The form, while the plan can be edited; without it the panel only reads. */
  control?: Control<PlanFormValues, unknown, PlanFields>;
  /** "Tarkista ennen päätöstä" by default. */
  title?: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const names = (indexes: number[]) => indexes.map((index) => isolate(itemNames[index] ?? '')).join('; ');
  const others = otherFlags(checks, names, t);
  const open = unresolvedBottomLines(checks) > 0 || others.length > 0;
  const noBottomLines = checks.mustInclude.length === 0 && checks.notAcceptable.length === 0;

  return (
    <section className={`form-section plan-checks${open ? ' plan-checks-open' : ''}`} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title ?? t('plan.checks.title')}</h2>
      {noBottomLines && <p className="muted">{t('plan.checks.noBottomLines')}</p>}

      {checks.mustInclude.length > 0 && (
        <div className="plan-checks-block">
          <h3>{t('plan.checks.mustInclude')}</h3>
          <ul className="plan-checks-list">
            {checks.mustInclude.map((line) =>
              line.itemIndexes.length > 0 ? (
                <li key={line.id} className="plan-check-ok">
                  <span className="plan-check-mark" aria-hidden="true">✓</span>
                  <span>
                    <span dir="auto">{line.text}</span>
                    <span className="plan-check-detail">{t('plan.checks.fulfilledBy', { items: names(line.itemIndexes) })}</span>
                  </span>
                </li>
              ) : (
                <li key={line.id} className="plan-check-open">
                  <span className="plan-check-mark" aria-hidden="true">!</span>
                  <span dir="auto">{t('plan.checks.mustIncludeUnmet', { text: line.text })}</span>
                </li>
              ),
            )}
          </ul>
        </div>
      )}

      {checks.notAcceptable.length > 0 && (
        <div className="plan-checks-block">
          <h3>{t('plan.checks.notAcceptable')}</h3>
          <ul className="plan-checks-list">
            {checks.notAcceptable.map((line) => (
              <li key={line.id} className={line.checked ? 'plan-check-ok' : 'plan-check-open'}>
                <span className="plan-check-mark" aria-hidden="true">
                  {line.checked ? '✓' : '!'}
                </span>
                <span className="plan-check-body">
                  <span id={`${id}-${line.id}`} dir="auto">
                    {line.text}
                  </span>
                  {control ? (
                    <NotAcceptableBox control={control} lineId={line.id} describedBy={`${id}-${line.id}`} />
                  ) : (
                    <span className="plan-check-detail">
                      {line.checked ? t('plan.checks.notIncluded') : t('plan.checks.notChecked')}
                    </span>
                  )}
                  {!line.checked && control && <span className="plan-check-detail">{t('plan.checks.notChecked')}</span>}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      <div className="plan-checks-block">
        <h3>{t('plan.checks.other')}</h3>
        {others.length === 0 ? (
          <p className="muted">{t('plan.checks.nothingElse')}</p>
        ) : (
          <ul className="plan-checks-list">
            {others.map((text) => (
              <li key={text} className="plan-check-open">
                <span className="plan-check-mark" aria-hidden="true">!</span>
                <span dir="auto">{text}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}

/** "Suunnitelma ei sisällä tätä": the convener has checked the plan against one line. */
function NotAcceptableBox({
  control,
  lineId,
  describedBy,
}: {
  control: Control<PlanFormValues, unknown, PlanFields>;
  lineId: string;
  /** The element holding the line's text. */
  describedBy: string;
}) {
  const { t } = useI18n();
  return (
    <Controller
      control={control}
      name="checkedNotAcceptableIds"
      render={({ field }) => (
        <label className="plan-check">
          <input
            type="checkbox"
            checked={field.value.includes(lineId)}
            aria-describedby={describedBy}
            onChange={(event) =>
              field.onChange(
                event.target.checked ? [...field.value, lineId] : field.value.filter((value) => value !== lineId),
              )
            }
          />
          <span>{t('plan.checks.notIncluded')}</span>
        </label>
      )}
    />
  );
}

/** The open things besides the bottom lines, one sentence each. */
function otherFlags(
  checks: PlanChecks,
  names: (indexes: number[]) => string,
  t: ReturnType<typeof useI18n>['t'],
): string[] {
  const flags: string[] = [];
  if (checks.withoutOwner.length > 0) flags.push(t('plan.checks.withoutOwner', { items: names(checks.withoutOwner) }));
  if (checks.withoutByDate.length > 0) flags.push(t('plan.checks.withoutByDate', { items: names(checks.withoutByDate) }));
  if (checks.byBeforeFrom.length > 0) flags.push(t('plan.checks.byBeforeFrom', { items: names(checks.byBeforeFrom) }));
  const followUp = checks.followUp;
  if (followUp.status === 'missing') flags.push(t('plan.checks.followUpMissing'));
  if (followUp.status === 'early' || followUp.status === 'late') flags.push(t('plan.checks.followUpOutside'));
  return flags;
}
