import type { ArrangementFlag } from '../../../../electron/shared/arrangements/attendance';
import { useI18n } from '../../i18n/I18nProvider';
import { goToSection, type SectionName } from './meeting-form';
import { useArrangementText } from './useArrangementText';

const SECTION_OF: Record<ArrangementFlag['code'], SectionName> = {
  duration: 'time',
  venueCapacity: 'venue',
  refreshmentsHeadcount: 'refreshments',
  interpreterMissing: 'interpreters',
  interpreterNotNeeded: 'interpreters',
  remoteLinkMissing: 'other',
};

/** What in the arrangements no longer fits the people or the method: one calm sentence each. */
export function FlagsPanel({ flags }: { flags: ArrangementFlag[] }) {
  const { t } = useI18n();
  const text = useArrangementText();
  return (
    <section
      className={`card arrangements-flags${flags.length > 0 ? ' arrangements-flags-open' : ''}`}
      aria-labelledby="arrangements-flags-title"
    >
      <h2 id="arrangements-flags-title">{t('arrangements.flags.title')}</h2>
      {flags.length === 0 ? (
        <p className="muted">{t('arrangements.flags.none')}</p>
      ) : (
        <ul className="arrangements-flag-list">
          {flags.map((flag) => (
            <li key={`${flag.code}-${'language' in flag ? flag.language : ''}`}>
              <span dir="auto">{text.flag(flag)}</span>{' '}
              <button type="button" className="link-button" onClick={() => goToSection(SECTION_OF[flag.code])}>
                {t(`arrangements.flags.goTo.${SECTION_OF[flag.code]}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
