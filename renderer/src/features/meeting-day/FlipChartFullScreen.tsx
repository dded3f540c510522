import { useEffect, useRef } from 'react';
import type { FlipChart } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { useI18n } from '../../i18n/I18nProvider';

/**
 * The flip chart shown on a screen the whole room reads: the two lists in very large type,
 * nothing else. Escape or the close button returns to the meeting view.
 */
export function FlipChartFullScreen({ flipChart, onClose }: { flipChart: FlipChart; onClose(): void }) {
  const { t } = useI18n();
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    closeRef.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        onClose();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const lists = [
    { key: 'concerns', title: t('mappingDay.flipChart.concerns'), lines: flipChart.concerns },
    { key: 'supportNeeds', title: t('mappingDay.flipChart.supportNeeds'), lines: flipChart.supportNeeds },
  ];
  return (
    <div className="sm-fullscreen" role="dialog" aria-modal="true" aria-labelledby="sm-fullscreen-title">
      <div className="sm-fullscreen-bar">
        <h2 id="sm-fullscreen-title">{t('mappingDay.flipChart.title')}</h2>
        <button ref={closeRef} type="button" className="button button-secondary mm-button" onClick={onClose}>
          {t('mappingDay.flipChart.close')}
        </button>
      </div>
      <div className="sm-fullscreen-lists">
        {lists.map((list) => (
          <section key={list.key} className={`sm-fullscreen-list sm-fullscreen-${list.key}`} aria-labelledby={`sm-fs-${list.key}`}>
            <h3 id={`sm-fs-${list.key}`}>{list.title}</h3>
            {list.lines.length === 0 ? (
              <p className="sm-fullscreen-empty">{t('mappingDay.flipChart.empty')}</p>
            ) : (
              <ul>
                {list.lines.map((line, index) => (
                  <li key={index} dir="auto">
                    {line}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </div>
  );
}
