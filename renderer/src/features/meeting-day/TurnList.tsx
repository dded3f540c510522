import { useState } from 'react';
import type { Meeting } from '../../../../electron/shared/arrangements/meeting.schema';
import type { TurnAction } from '../../../../electron/shared/meeting-day/meeting-day.schema';
import { turnListOf } from '../../../../electron/shared/meeting-day/turns';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useDayChange } from './useDayChange';

/**
 * The close people's turns to speak: who has spoken (✓), who speaks now, one at a time.
 * Giving the floor to someone ends the turn of whoever had it.
 */
export function TurnList({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const { prep } = usePreparation();
  const people = turnListOf(prep, meeting);
  const turns = meeting.day.turns;
  const spoken = people.filter((person) => turns.some((turn) => turn.memberId === person.id)).length;

  return (
    <div className="card sm-panel" role="group" aria-labelledby="sm-turns-title">
      <div className="sm-panel-head">
        <h3 id="sm-turns-title">{t('mappingDay.turns.title')}</h3>
        {people.length > 0 && <span className="mm-block-count">{t('mappingDay.turns.count', { count: spoken, total: people.length })}</span>}
      </div>
      <p className="field-hint">{t('mappingDay.turns.hint')}</p>
      {people.length === 0 ? (
        <p className="muted">{t('mappingDay.turns.none')}</p>
      ) : (
        <ul className="sm-turns">
          {people.map((person) => (
            <TurnRow key={person.id} meeting={meeting} person={person} />
          ))}
        </ul>
      )}
    </div>
  );
}

function TurnRow({ meeting, person }: { meeting: Meeting; person: NetworkMember }) {
  const { t } = useI18n();
  const { readOnly } = usePreparation();
  const run = useDayChange();
  const [busy, setBusy] = useState(false);
  const turn = meeting.day.turns.find((entry) => entry.memberId === person.id);
  const state = !turn ? 'waiting' : turn.endedAt === null ? 'speaking' : 'spoken';
  const act = async (action: TurnAction) => {
    setBusy(true);
    await run('meetingDay.turn', { meetingId: meeting.id, memberId: person.id, action });
    setBusy(false);
  };

  return (
    <li className={`sm-turn sm-turn-${state}`}>
      <span className="sm-turn-mark" aria-hidden="true">
        {state === 'spoken' ? '✓' : state === 'speaking' ? '●' : ''}
      </span>
      <div className="sm-turn-who">
        <p className="mm-person-name" dir="auto">
          {person.name}
        </p>
        <p className="mm-person-detail">
          <span dir="auto">{person.relation}</span> · {t(`mappingDay.turns.${state}`)}
        </p>
      </div>
      {!readOnly && (
        <div className="sm-turn-actions">
          {state === 'speaking' ? (
            <button type="button" className="button button-primary mm-button" disabled={busy} onClick={() => void act('done')}>
              {t('mappingDay.turns.done')}
            </button>
          ) : (
            <button
              type="button"
              className={`button ${state === 'spoken' ? 'button-secondary' : 'button-primary'} mm-button`}
              disabled={busy}
              onClick={() => void act('speak')}
            >
              {t('mappingDay.turns.give')}
            </button>
          )}
          {turn && (
            <button
              type="button"
              className="mm-link sm-turn-undo"
              disabled={busy}
              aria-label={t('mappingDay.turns.undoOf', { name: person.name })}
              onClick={() => void act('undo')}
            >
              {t('mappingDay.turns.undo')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
