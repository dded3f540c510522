import { useI18n } from '../i18n/I18nProvider';
import './RowButtons.css';

export type RowButton = 'up' | 'down' | 'remove';

/**
 * Move up, move down and remove for one row of an ordered list, each named with the row
 * ("Siirrä ylös: Huoli 2"); an arrow with nowhere to go is disabled. The list keeps the
 * refs (`refFor`) to put the focus back where the row went.
 */
export function RowButtons({
  label,
  first,
  last,
  onMove,
  onRemove,
  refFor,
}: {
  label: string;
  first: boolean;
  last: boolean;
  onMove(by: -1 | 1): void;
  onRemove(): void;
  refFor(button: RowButton): (el: HTMLElement | null) => void;
}) {
  const { t } = useI18n();
  const button = (kind: RowButton, name: string, symbol: string, disabled: boolean, onClick: () => void) => (
    <button
      type="button"
      ref={refFor(kind)}
      className={kind === 'remove' ? 'button button-quiet row-button row-remove' : 'button button-quiet row-button'}
      disabled={disabled}
      onClick={onClick}
      aria-label={name}
      title={name}
    >
      <span aria-hidden="true">{symbol}</span>
    </button>
  );
  return (
    <div className="row-buttons">
      {button('up', t('textList.moveUp', { item: label }), '↑', first, () => onMove(-1))}
      {button('down', t('textList.moveDown', { item: label }), '↓', last, () => onMove(1))}
      {button('remove', t('textList.remove', { item: label }), '×', false, onRemove)}
    </div>
  );
}
