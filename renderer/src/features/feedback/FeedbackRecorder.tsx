import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState, type FormEvent, type Ref } from 'react';
import { useFieldArray, useForm, useWatch, type Control } from 'react-hook-form';
import { z } from 'zod';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import { feedbackByGroup, feedbackFigures } from '../../../../electron/shared/feedback/feedback-summary';
import { figureText } from '../../../../electron/shared/statistics/statistics-format';
import type { Figure } from '../../../../electron/shared/statistics/statistics.schema';
import {
  ANSWERS,
  RESPONDENT_GROUPS,
  type Answer,
  type FeedbackResponse,
  type MeetingFeedback,
  type RespondentGroup,
} from '../../../../electron/shared/feedback/feedback.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { useUnsavedChangesGuard } from '../../app/Router';
import { useNotify } from '../../components/Notices';
import { SaveBar } from '../../components/SaveBar';
import { useSaveForm } from '../../components/useSaveForm';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';

/*
 * The returned forms of one meeting, recorded as the convener goes through the stack: the entry
 * keeps the group chosen and clears the answers after each Add, so nine forms are nine quick rows.
 * The list is one record under one version (like the flip chart): added, corrected and removed
 * forms are saved together, and leaving with any of them unsaved, or with a form half entered, asks.
 */

/** A form as the list edits it: the selects' values, '' for an unanswered question. */
const rowSchema = z.object({
  group: z.enum(RESPONDENT_GROUPS, { error: 'validation.choice' }),
  satisfaction: z.string(),
  heard: z.string(),
  planHelps: z.string(),
});
const listSchema = z.object({ responses: z.array(rowSchema) });
type ListValues = z.infer<typeof listSchema>;
type Row = ListValues['responses'][number];

const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

const toRow = (r: FeedbackResponse): Row => ({
  group: r.group,
  satisfaction: r.satisfaction === null ? '' : String(r.satisfaction),
  heard: r.heard ?? '',
  planHelps: r.planHelps ?? '',
});

const toResponse = (row: Row): FeedbackResponse => ({
  group: row.group,
  satisfaction: row.satisfaction === '' ? null : Number(row.satisfaction),
  heard: row.heard === '' ? null : (row.heard as Answer),
  planHelps: row.planHelps === '' ? null : (row.planHelps as Answer),
});

/** The feedback saved for `meetingId` in `prep`: version 1 and no forms before any was recorded. */
function savedFeedback(prep: Preparation, meetingId: string): MeetingFeedback {
  return prep.feedback.find((f) => f.meetingId === meetingId) ?? { meetingId, version: 1, responses: [] };
}

interface Draft {
  group: RespondentGroup | null;
  satisfaction: number | null;
  heard: Answer | null;
  planHelps: Answer | null;
}

const emptyDraft = (group: RespondentGroup | null): Draft => ({ group, satisfaction: null, heard: null, planHelps: null });

export function FeedbackRecorder({ meeting }: { meeting: Meeting }) {
  const { t, tKey } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const form = useForm<ListValues>({
    resolver: zodResolver(listSchema),
    defaultValues: { responses: savedFeedback(prep, meeting.id).responses.map(toRow) },
    mode: 'onSubmit',
  });
  const { control, register, formState } = form;
  const { errors, isDirty, isSubmitting } = formState;
  const { fields, append, remove } = useFieldArray({ control, name: 'responses' });
  const save = useSaveForm(form, {
    readOnly,
    save: (values) =>
      change('feedback.save', {
        meetingId: meeting.id,
        version: savedFeedback(latest(), meeting.id).version,
        responses: values.responses.map(toResponse),
      }),
    valuesAfterSave: (saved) => ({ responses: savedFeedback(saved, meeting.id).responses.map(toRow) }),
    onSaved: () => notify(t('feedback.saved')),
  });

  const [draft, setDraft] = useState<Draft>(emptyDraft(null));
  const [groupMissing, setGroupMissing] = useState(false);
  const started = draft.satisfaction !== null || draft.heard !== null || draft.planHelps !== null;
  useUnsavedChangesGuard(started && !readOnly);
  const scoresRef = useRef<HTMLFieldSetElement>(null);
  const groupsRef = useRef<HTMLFieldSetElement>(null);

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (draft.group === null) {
      setGroupMissing(true);
      groupsRef.current?.querySelector('input')?.focus();
      return;
    }
    append(toRow({ ...draft, group: draft.group }));
    // The stack is often sorted by group: the group stays for the next form.
    setDraft(emptyDraft(draft.group));
    scoresRef.current?.querySelector('input')?.focus();
  };

  const prefix = `fb-${meeting.id}`;
  return (
    <>
      {!readOnly && (
        <form className="card feedback-entry" onSubmit={add} noValidate aria-labelledby={`${prefix}-entry`}>
          <h2 id={`${prefix}-entry`}>{t('feedback.entry.title')}</h2>
          <p className="field-hint">{t('feedback.entry.hint')}</p>
          <ChoiceGroup
            refTo={groupsRef}
            legend={t('feedback.entry.group')}
            name={`${prefix}-group`}
            options={RESPONDENT_GROUPS}
            value={draft.group}
            labelOf={(g) => t(`feedback.group.${g}`)}
            onChange={(group) => {
              setGroupMissing(false);
              setDraft({ ...draft, group });
            }}
            error={groupMissing ? t('feedback.entry.groupMissing') : undefined}
          />
          <ChoiceGroup
            refTo={scoresRef}
            legend={t('feedback.entry.satisfaction')}
            name={`${prefix}-score`}
            options={SCORES}
            value={draft.satisfaction}
            labelOf={String}
            noAnswer={t('feedback.entry.noAnswer')}
            onChange={(satisfaction) => setDraft({ ...draft, satisfaction })}
            compact
          />
          <ChoiceGroup
            legend={t('feedback.entry.heard')}
            name={`${prefix}-heard`}
            options={ANSWERS}
            value={draft.heard}
            labelOf={(a) => t(`feedback.answer.${a}`)}
            noAnswer={t('feedback.entry.noAnswer')}
            onChange={(heard) => setDraft({ ...draft, heard })}
          />
          <ChoiceGroup
            legend={t('feedback.entry.planHelps')}
            name={`${prefix}-plan`}
            options={ANSWERS}
            value={draft.planHelps}
            labelOf={(a) => t(`feedback.answer.${a}`)}
            noAnswer={t('feedback.entry.noAnswer')}
            onChange={(planHelps) => setDraft({ ...draft, planHelps })}
          />
          <div className="feedback-entry-buttons">
            <button type="submit" className="button button-primary">
              + {t('feedback.entry.add')}
            </button>
          </div>
        </form>
      )}

      <form className="card feedback-list" onSubmit={save.submit} noValidate aria-labelledby={`${prefix}-list`}>
        <h2 id={`${prefix}-list`}>{t('feedback.list.title')}</h2>
        {fields.length === 0 ? (
          <p className="muted">{t('feedback.list.empty')}</p>
        ) : (
          <fieldset className="form-fieldset" disabled={readOnly}>
            <table className="table feedback-table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('feedback.entry.group')}</th>
                  <th scope="col">{t('feedback.entry.satisfaction')}</th>
                  <th scope="col">{t('feedback.entry.heard')}</th>
                  <th scope="col">{t('feedback.entry.planHelps')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('feedback.list.remove')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {fields.map((field, index) => {
                  const n = index + 1;
                  const rowErrors = errors.responses?.[index];
                  const error = rowErrors?.satisfaction ?? rowErrors?.group ?? rowErrors?.heard ?? rowErrors?.planHelps;
                  const label = (what: string) => `${t('feedback.list.form', { index: n })}: ${what}`;
                  return (
                    <tr key={field.id}>
                      <th scope="row">{n}</th>
                      <td>
                        <select aria-label={label(t('feedback.entry.group'))} {...register(`responses.${index}.group`)}>
                          {RESPONDENT_GROUPS.map((g) => (
                            <option key={g} value={g}>
                              {t(`feedback.group.${g}`)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <select
                          aria-label={label(t('feedback.entry.satisfaction'))}
                          aria-invalid={rowErrors?.satisfaction ? true : undefined}
                          {...register(`responses.${index}.satisfaction`)}
                        >
                          <option value="">{t('feedback.summary.none')}</option>
                          {SCORES.map((s) => (
                            <option key={s} value={String(s)}>
                              {s}
                            </option>
                          ))}
                        </select>
                        {error?.message && <p className="field-error">{tKey(error.message)}</p>}
                      </td>
                      <td>
                        <AnswerSelect label={label(t('feedback.entry.heard'))} {...register(`responses.${index}.heard`)} />
                      </td>
                      <td>
                        <AnswerSelect label={label(t('feedback.entry.planHelps'))} {...register(`responses.${index}.planHelps`)} />
                      </td>
                      <td>
                        {!readOnly && (
                          <button
                            type="button"
                            className="button button-secondary feedback-remove"
                            aria-label={t('feedback.list.removeForm', { index: n })}
                            onClick={() => remove(index)}
                          >
                            {t('feedback.list.remove')}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </fieldset>
        )}
        {!readOnly && <SaveBar save={save} dirty={isDirty} submitting={isSubmitting} />}
      </form>

      <FeedbackSummary control={control} unsaved={isDirty} />
    </>
  );
}

type SelectProps = ReturnType<ReturnType<typeof useForm<ListValues>>['register']>;

function AnswerSelect({ label, ...props }: { label: string } & SelectProps) {
  const { t } = useI18n();
  return (
    <select aria-label={label} {...props}>
      <option value="">{t('feedback.summary.none')}</option>
      {ANSWERS.map((a) => (
        <option key={a} value={a}>
          {t(`feedback.answer.${a}`)}
        </option>
      ))}
    </select>
  );
}

/** A row of choices drawn as buttons (radio inputs, so arrows and space work), with "no answer" last when allowed. */
function ChoiceGroup<T extends string | number>({
  legend,
  name,
  options,
  value,
  labelOf,
  onChange,
  noAnswer,
  error,
  compact,
  refTo,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T | null;
  labelOf(option: T): string;
  onChange(value: T | null): void;
  noAnswer?: string;
  error?: string | undefined;
  compact?: boolean;
  refTo?: Ref<HTMLFieldSetElement>;
}) {
  return (
    <fieldset ref={refTo} className="feedback-choices" aria-invalid={error ? true : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className={`feedback-choice-row${compact ? ' feedback-choice-row-compact' : ''}`}>
        {options.map((option) => (
          <label key={String(option)} className="feedback-choice">
            <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
            <span>{labelOf(option)}</span>
          </label>
        ))}
        {noAnswer && (
          <label className="feedback-choice feedback-choice-none">
            <input type="radio" name={name} checked={value === null} onChange={() => onChange(null)} />
            <span>{noAnswer}</span>
          </label>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Forms, mean score and the shares of "yes" per group and for all, of what the list holds now. */
function FeedbackSummary({ control, unsaved }: { control: Control<ListValues>; unsaved: boolean }) {
  const { t, language } = useI18n();
  const rows = useWatch({ control, name: 'responses' }) ?? [];
  const responses = rows.map(toResponse);
  if (responses.length === 0) return null;
  const cells = (figures: Figure[]) => figures.map((figure) => figureText(figure, language));
  const lines = [
    ...feedbackByGroup(responses).map(({ group, figures }) => ({ key: group, label: t(`feedback.group.${group}`), figures })),
    { key: 'all', label: t('feedback.summary.total'), figures: feedbackFigures(responses) },
  ];
  return (
    <section className="card feedback-summary" aria-labelledby="feedback-summary-title">
      <h2 id="feedback-summary-title">{t('feedback.summary.title')}</h2>
      {unsaved && <p className="field-hint">{t('feedback.summary.unsaved')}</p>}
      <table className="table feedback-summary-table">
        <thead>
          <tr>
            <th scope="col">{t('feedback.summary.group')}</th>
            <th scope="col">{t('feedback.summary.forms')}</th>
            <th scope="col">{t('feedback.summary.mean')}</th>
            <th scope="col">{t('feedback.summary.heard')}</th>
            <th scope="col">{t('feedback.summary.planHelps')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.key} className={line.key === 'all' ? 'feedback-summary-total' : undefined}>
              <th scope="row">{line.label}</th>
              {cells(line.figures).map((text, i) => (
                <td key={i}>{text}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
