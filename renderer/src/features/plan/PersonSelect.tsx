import { Controller, type Control, type FieldPathByValue } from 'react-hook-form';
import type { PlanFields, PlanOwner } from '../../../../electron/shared/plan/plan.schema';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n/I18nProvider';
import type { PlanFormValues } from './plan-form-values';
import { usePeople, type PersonOption } from './usePeople';
import { personKey, personOfKey } from '../../../../electron/shared/plan/plan-person';

export interface PersonSelectProps {
  control: Control<PlanFormValues, unknown, PlanFields>;
  name: FieldPathByValue<PlanFormValues, PlanOwner | null>;
  label: string;
  hint?: string;
  optional?: boolean;
  /** Only the workers: the social worker and the network's professionals. */
  workersOnly?: boolean;
  /** The children too, first: a task's owner may be one (nothing else in the plan may). */
  withChildren?: boolean;
  className?: string;
}

/**
 * A person from the network, or the social worker (and for a task, a child): the children
 * and the network's own people first, the workers apart. A person removed from the network
 * since stays shown as removed.
 */
export function PersonSelect({ control, name, label, hint, optional, workersOnly, withChildren, className }: PersonSelectProps) {
  const { t } = useI18n();
  const people = usePeople();
  const options: PersonOption<PlanOwner>[] = [
    ...(withChildren ? people.children : []),
    ...(workersOnly ? people.options.filter((option) => option.worker) : people.options),
  ];
  const children = options.filter((option) => option.person.kind === 'child');
  const network = options.filter((option) => !option.worker && option.person.kind !== 'child');
  const workers = options.filter((option) => option.worker);

  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const value = field.value ? personKey(field.value) : '';
        const missing = value !== '' && !options.some((option) => option.key === value);
        return (
          <Field label={label} hint={hint} optional={optional} error={fieldState.error?.message} className={className}>
            <select
              ref={field.ref}
              name={field.name}
              value={value}
              onBlur={field.onBlur}
              onChange={(event) => field.onChange(personOfKey(event.target.value))}
            >
              <option value="">{optional ? t('plan.person.nobody') : t('plan.person.choose')}</option>
              {missing && <option value={value}>{people.label(field.value)}</option>}
              <Group label={t('plan.person.children')} options={children} />
              <Group label={t('plan.person.network')} options={network} />
              <Group label={t('plan.person.workers')} options={workers} />
            </select>
          </Field>
        );
      }}
    />
  );
}

function Group({ label, options }: { label: string; options: PersonOption<PlanOwner>[] }) {
  if (options.length === 0) return null;
  return (
    <optgroup label={label}>
      {options.map((option) => (
        <option key={option.key} value={option.key}>
          {option.label}
        </option>
      ))}
    </optgroup>
  );
}
