import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { Plan } from '../../../../electron/shared/plan/plan.schema';
import { useI18n } from '../../i18n/I18nProvider';
import type { QuestionBlock } from './plan-layout';
import { usePlanPrep } from './usePlanPrep';

/** How the plan screen names things: questions, items, meetings, versions, decisions. */
export function usePlanText() {
  const { t, formatDate } = useI18n();
  const { conference } = usePlanPrep();

  /** "Avoin kysymys 2", "Yleinen kysymys 1", "Muut sopimukset". */
  const blockKind = (block: QuestionBlock) =>
    block.kind === 'other' || block.kind === 'agreed' ? blockTitle(block) : t(`plan.question.${block.kind}`, { index: block.number });

  /** The question's text, "Muut sopimukset" for the other agreements, "Sovitut asiat" in a plan without questions. */
  function blockTitle(block: QuestionBlock): string {
    if (block.kind === 'other') return t('plan.other');
    return block.kind === 'agreed' ? t('plan.agreed') : block.text;
  }

  /**
   * One short name for every item, by its index in the plan: "Sopimus 2 · Koulunkäynti…",
   * numbered within its question, so a flag can say which item it means.
   */
  const itemNames = (items: readonly { questionId: string | null }[], blocks: readonly QuestionBlock[]): string[] => {
    const seen = new Map<string | null, number>();
    return items.map((item) => {
      const position = (seen.get(item.questionId) ?? 0) + 1;
      seen.set(item.questionId, position);
      const block = blocks.find((b) => b.id === item.questionId) ?? blocks.at(-1);
      const title = block ? blockTitle(block) : '';
      return t('plan.item.reference', { index: position, question: shorten(title, 48) });
    });
  };

  /** "neuvonpito 20.1.2027", "seurantakokous 12.6.2027". */
  const meetingLabel = (meeting: Meeting | undefined) => {
    const kind =
      (meeting?.kind ?? 'conference') === 'conference' ? t(`plan.meeting.conference.${conference.meetingType}`) : t('plan.meeting.follow_up');
    return meeting?.date ? t('plan.meeting.withDate', { kind, date: formatDate(meeting.date) }) : kind;
  };

  /** The plan's state in a word or two: draft, or the decision with its date. */
  const status = (plan: Plan) =>
    plan.decision
      ? t('plan.status.decided', { decision: t(`plan.decision.${plan.decision.outcome}`), date: formatDate(plan.decision.date) })
      : t('plan.status.draft');

  return { blockKind, blockTitle, itemNames, meetingLabel, status };
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
