import { isolate } from '../../../../electron/shared/i18n/isolate';
import type { MeetingKind } from '../../../../electron/shared/arrangements/meeting-kinds';
import { isBuiltInChecklistKey } from '../../../../electron/shared/settings/settings-lists';
import type { ArrangementFlag } from '../../../../electron/shared/arrangements/attendance';
import { builtInWording, type ChecklistEntry } from '../../../../electron/shared/arrangements/checklist';
import { useI18n, type I18n } from '../../i18n/I18nProvider';
import { clockText } from '../conference/day-text';

const UI_LANGUAGE_KEYS = ['fi', 'sv', 'en'] as const;

/** How the arrangements put computed things into words: languages, durations, flags, due dates. */
export interface ArrangementText {
  /** An interpreter language key: fi/sv/en in the UI language, any other as the convener wrote it. */
  language(key: string): string;
  /** "2 t 30 min". */
  duration(minutes: number): string;
  /** "Ville Ystävä, Aune Äijälä". */
  names(names: readonly string[]): string;
  /** One calm sentence per flag. */
  flag(flag: ArrangementFlag): string;
  /** "3 viikkoa ennen", "2 päivää ennen", "tapaamispäivänä". */
  daysBefore(days: number): string;
  /** A clock time as it is written in the UI language: "9.30" in Finnish and Swedish, "09:30" in English. */
  clock(time: string): string;
  /** A checklist item's label at a meeting of `kind`: a built-in item's from the catalog, the convener's own as written. */
  checklistLabel(entry: Pick<ChecklistEntry, 'key' | 'builtIn' | 'text'>, kind: MeetingKind): string;
}

export function arrangementText({ t, tn, language: ui }: Pick<I18n, 't' | 'tn' | 'language'>): ArrangementText {
  const language = (key: string) =>
    (UI_LANGUAGE_KEYS as readonly string[]).includes(key) ? t(`language.${key as (typeof UI_LANGUAGE_KEYS)[number]}`) : key;
  const duration = (minutes: number) => {
    const hours = Math.floor(Math.abs(minutes) / 60);
    const rest = Math.abs(minutes) % 60;
    if (hours === 0) return t('arrangements.duration.minutes', { minutes: rest });
    if (rest === 0) return t('arrangements.duration.hours', { hours });
    return t('arrangements.duration.hoursMinutes', { hours, minutes: rest });
  };
  const names = (list: readonly string[]) => list.map(isolate).join(', ');
  const flag = (f: ArrangementFlag): string => {
    switch (f.code) {
      case 'duration':
        return t('arrangements.flag.duration', { duration: duration(f.minutes) });
      case 'interpreterMissing':
        return t('arrangements.flag.interpreterMissing', { language: language(f.language), names: names(f.names) });
      case 'interpreterNotNeeded':
        return t('arrangements.flag.interpreterNotNeeded', { language: language(f.language) });
      case 'refreshmentsHeadcount':
        return t('arrangements.flag.refreshmentsHeadcount', { ordered: f.ordered, headcount: f.headcount });
      case 'venueCapacity':
        return t('arrangements.flag.venueCapacity', { capacity: f.capacity, headcount: f.headcount });
      case 'remoteLinkMissing':
        return t('arrangements.flag.remoteLinkMissing', { names: names(f.names) });
    }
  };
  const daysBefore = (days: number) => {
    if (days === 0) return t('arrangements.due.onTheDay');
    if (days % 7 === 0) return tn('arrangements.due.weeks', days / 7);
    return tn('arrangements.due.days', days);
  };
  const clock = (time: string) => clockText(time, ui);
  const checklistLabel = (entry: Pick<ChecklistEntry, 'key' | 'builtIn' | 'text'>, kind: MeetingKind) =>
    entry.builtIn && isBuiltInChecklistKey(entry.key) ? t(`checklist.item.${builtInWording(entry.key, kind)}`) : entry.text;
  return { language, duration, names, flag, daysBefore, clock, checklistLabel };
}

/** The arrangements' words in the current UI language. */
export function useArrangementText(): ArrangementText {
  const i18n = useI18n();
  return arrangementText(i18n);
}
