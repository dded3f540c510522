import type { Attendance } from '../../../../electron/shared/arrangements/attendance';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { useArrangementText } from './useArrangementText';

/**
 * Who is coming and what they need, computed from the replies: the headcount with its
 * parts, the diets and the interpreter languages with names, and accessibility needs.
 */
export function PeopleNeeds({ attendance }: { attendance: Attendance }) {
  const { t, tn } = useI18n();
  const text = useArrangementText();
  const { prep } = usePreparation();
  const accessibility = [...attendance.comingInPerson, ...attendance.maybe].filter((m) => m.accessibility.trim() !== '');
  const children = attendance.childrenPresent;

  return (
    <section className="card arrangements-people" aria-labelledby="arrangements-people-title">
      <h2 id="arrangements-people-title">{t('arrangements.people.title')}</h2>
      <p className="arrangements-headcount">
        <strong>{tn('arrangements.people.headcount', attendance.headcount)}</strong>{' '}
        <span className="muted">{t('arrangements.people.inTheRoom')}</span>
      </p>
      <ul className="arrangements-breakdown" aria-label={t('arrangements.people.breakdown')}>
        <li>{tn('arrangements.people.comingInPerson', attendance.comingInPerson.length)}</li>
        <li>
          {tn('arrangements.people.children', children.length)}
          {children.length > 0 && <span dir="auto"> ({text.names(children)})</span>}
        </li>
        <li>{t('arrangements.people.socialWorker')}</li>
        <li>{t('arrangements.people.convener')}</li>
        {attendance.interpretersOnSite.map((language) => (
          <li key={language}>{t('arrangements.people.interpreterOnSite', { language: text.language(language) })}</li>
        ))}
        {attendance.childcareWorker && <li>{t('arrangements.people.childcareWorker')}</li>}
      </ul>

      <dl className="arrangements-needs">
        <PeopleRow label={t('arrangements.people.comingList')} people={attendance.comingInPerson} conferenceId={prep.conference.id} />
        {attendance.remote.length > 0 && (
          <PeopleRow label={t('arrangements.people.remote')} people={attendance.remote} conferenceId={prep.conference.id} />
        )}
        {attendance.maybe.length > 0 && (
          <PeopleRow
            label={t('arrangements.people.maybe')}
            note={t('arrangements.people.maybe.note')}
            people={attendance.maybe}
            conferenceId={prep.conference.id}
          />
        )}
        <div>
          <dt>{t('arrangements.people.diets')}</dt>
          <dd>
            {attendance.diets.length === 0 ? (
              <span className="muted">{t('arrangements.people.diets.none')}</span>
            ) : (
              <ul className="arrangements-need-list">
                {attendance.diets.map((diet) => (
                  <li key={diet.key}>
                    <span dir="auto" className="arrangements-need">
                      {diet.key}
                    </span>{' '}
                    <span className="muted">
                      ({diet.names.length}): <span dir="auto">{text.names(diet.names)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('arrangements.people.accessibility')}</dt>
          <dd>
            {accessibility.length === 0 ? (
              <span className="muted">{t('arrangements.people.accessibility.none')}</span>
            ) : (
              <ul className="arrangements-need-list">
                {accessibility.map((member) => (
                  <li key={member.id}>
                    <span dir="auto">{member.name}</span>: <span dir="auto">{member.accessibility}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('arrangements.people.interpreters')}</dt>
          <dd>
            {attendance.interpreterNeeds.length === 0 ? (
              <span className="muted">{t('arrangements.people.interpreters.none')}</span>
            ) : (
              <ul className="arrangements-need-list">
                {attendance.interpreterNeeds.map((need) => (
                  <li key={need.key}>
                    <span dir="auto" className="arrangements-need">
                      {text.language(need.key)}
                    </span>
                    : <span dir="auto">{text.names(need.names)}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function PeopleRow({
  label,
  note,
  people,
  conferenceId,
}: {
  label: string;
  note?: string;
  people: NetworkMember[];
  conferenceId: string;
}) {
  const { t } = useI18n();
  return (
    <div>
      <dt>
        {label} ({people.length})
      </dt>
      <dd>
        {people.length === 0 ? (
          <span className="muted">{t('arrangements.people.nobody')}</span>
        ) : (
          <span className="arrangements-names">
            {people.map((member, index) => (
              <span key={member.id}>
                <a href={href({ name: 'member', id: conferenceId, memberId: member.id })} dir="auto">
                  {member.name}
                </a>
                {index < people.length - 1 && ', '}
              </span>
            ))}
          </span>
        )}
        {note && <span className="arrangements-note muted"> {note}</span>}
      </dd>
    </div>
  );
}
