import { useEffect, useId, useRef, useState } from 'react';
import { Controller, type UseFieldArrayReturn } from 'react-hook-form';
import type { BottomLine } from '../../../../electron/shared/plan/plan-checks';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import { CheckboxList } from './CheckboxList';
import { emptyItem, type PlanFormApi, type PlanFormValues } from './plan-form-values';
import { PersonSelect } from './PersonSelect';
import { DateField } from '../../components/DateField';
import { RowButtons } from '../../components/RowButtons';

export type ItemsArray = UseFieldArrayReturn<PlanFormValues, 'items', 'key'>;

type Control = 'what' | 'up' | 'down' | 'remove' | 'add';
type FocusTarget = { key: string; control: Control } | { last: true } | { add: true };

/**
 * The items that answer one question: add, remove and move them with the keyboard. The
 * items of every question are one list in the form; each question shows and moves its own.
 * Focus follows the item that moved, and a polite live region says what happened.
 */
export function PlanItems({
  form,
  items,
  questionId,
  mustInclude,
  quiet,
}: {
  form: PlanFormApi;
  items: ItemsArray;
  questionId: string | null;
  mustInclude: readonly BottomLine[];
  /** Under a question answered in its own fields: items are the exception, the button says so quietly. */
  quiet?: boolean;
}) {
  const { t } = useI18n();
  const [announcement, setAnnouncement] = useState('');
  const [focus, setFocus] = useState<FocusTarget | null>(null);
  const refs = useRef(new Map<string, HTMLElement>());
  const addRef = useRef<HTMLButtonElement>(null);
  const indexes = items.fields.flatMap((field, index) => (field.questionId === questionId ? [index] : []));
  const label = (position: number) => t('plan.item.label', { index: position + 1 });

  useEffect(() => {
    if (!focus) return;
    let target: HTMLElement | null | undefined;
    if ('add' in focus) target = addRef.current;
    else if ('last' in focus) {
      const last = indexes.at(-1);
      target = last === undefined ? null : refs.current.get(`${items.fields[last]?.key}:what`);
    } else target = refs.current.get(`${focus.key}:${focus.control}`);
    target?.focus();
    setFocus(null);
  }, [focus, indexes, items.fields]);

  const setRef = (key: string, control: Control) => (el: HTMLElement | null) => {
    if (el) refs.current.set(`${key}:${control}`, el);
    else refs.current.delete(`${key}:${control}`);
  };

  const move = (position: number, to: number) => {
    const key = items.fields[indexes[position]!]!.key;
    items.swap(indexes[position]!, indexes[to]!);
    setAnnouncement(t('textList.moved', { position: to + 1 }));
    const atEnd = to === 0 || to === indexes.length - 1;
    const pressed: Control = to < position ? 'up' : 'down';
    const control: Control = atEnd ? (pressed === 'up' ? 'down' : 'up') : pressed;
    setFocus({ key, control });
  };
  const remove = (position: number) => {
    const next = indexes[position + 1] ?? indexes[position - 1];
    const nextKey = next === undefined ? null : items.fields[next]!.key;
    items.remove(indexes[position]!);
    setAnnouncement(t('textList.removed', { item: label(position) }));
    setFocus(nextKey ? { key: nextKey, control: 'what' } : { add: true });
  };
  const add = () => {
    items.append(emptyItem(questionId), { shouldFocus: false });
    setFocus({ last: true });
  };

  return (
    <div className="plan-items">
      {indexes.length > 0 && (
        <ol className="plan-item-list">
          {indexes.map((index, position) => {
            const key = items.fields[index]!.key;
            return (
              <ItemEditor
                key={key}
                form={form}
                index={index}
                label={label(position)}
                mustInclude={mustInclude}
                first={position === 0}
                last={position === indexes.length - 1}
                setRef={(control) => setRef(key, control)}
                onMove={(to) => move(position, position + to)}
                onRemove={() => remove(position)}
              />
            );
          })}
        </ol>
      )}
      <div>
        <button ref={addRef} type="button" className={quiet ? 'link-button plan-add-quiet' : 'button button-secondary'} onClick={add}>
          {t('plan.item.add')}
        </button>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

function ItemEditor({
  form,
  index,
  label,
  mustInclude,
  first,
  last,
  setRef,
  onMove,
  onRemove,
}: {
  form: PlanFormApi;
  index: number;
  label: string;
  mustInclude: readonly BottomLine[];
  first: boolean;
  last: boolean;
  setRef(control: Control): (el: HTMLElement | null) => void;
  onMove(by: -1 | 1): void;
  onRemove(): void;
}) {
  const { t } = useI18n();
  const id = useId();
  const { register, control, formState } = form;
  const errors = formState.errors.items?.[index];
  const { ref: whatRef, ...what } = register(`items.${index}.what`);

  return (
    <li>
      <div className="plan-item" role="group" aria-labelledby={`${id}-title`}>
        <div className="plan-item-head">
          <h3 id={`${id}-title`} className="plan-item-title">
            {label}
          </h3>
          <RowButtons label={label} first={first} last={last} onMove={onMove} onRemove={onRemove} refFor={setRef} />
        </div>
        <Field label={t('plan.item.what')} error={errors?.what?.message}>
          <textarea
            rows={2}
            dir="auto"
            maxLength={1000}
            {...what}
            ref={(el) => {
              whatRef(el);
              setRef('what')(el);
            }}
          />
        </Field>
        <div className="plan-item-grid">
          <PersonSelect control={control} name={`items.${index}.owner`} label={t('plan.item.owner')} withChildren />
          <Field label={t('plan.item.fromDate')} optional error={errors?.fromDate?.message}>
            <DateField {...register(`items.${index}.fromDate`)} />
          </Field>
          <Field label={t('plan.item.byDate')} optional error={errors?.byDate?.message}>
            <DateField {...register(`items.${index}.byDate`)} />
          </Field>
        </div>
        <div className="plan-item-grid plan-item-grid-follow">
          <Field label={t('plan.item.followUp')} optional error={errors?.followUp?.message}>
            <input type="text" dir="auto" autoComplete="off" maxLength={500} {...register(`items.${index}.followUp`)} />
          </Field>
          <PersonSelect control={control} name={`items.${index}.checker`} label={t('plan.item.checker')} optional />
        </div>
        {mustInclude.length > 0 && (
          <Controller
            control={control}
            name={`items.${index}.bottomLineIds`}
            render={({ field }) => (
              <CheckboxList
                legend={t('plan.item.bottomLines')}
                options={mustInclude.map((line) => ({ key: line.id, value: line.id, label: line.text }))}
                value={field.value}
                keyOf={(value) => value}
                onChange={field.onChange}
              />
            )}
          />
        )}
      </div>
    </li>
  );
}
