import { href } from '../../app/routes';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n/I18nProvider';
import { usePreparation } from '../preparation/PreparationContext';
import { ChildrenSection } from './ChildrenSection';
import { MemberTable } from './MemberTable';
import { NetworkMap, NetworkMapLegend } from './NetworkMap';
import { networkCounts } from './network-model';
import './network.css';

/** "8 kutsuttu · 5 tulossa · 1 kirjalliset näkemykset · 1 ei kutsuta": only what is there. */
function useCountsLine(): string {
  const { tn } = useI18n();
  const { prep } = usePreparation();
  const counts = networkCounts(prep.members);
  const parts: [number, Parameters<typeof tn>[0]][] = [
    [counts.invite.invite, 'network.count.invited'],
    [counts.reply.coming, 'network.count.coming'],
    [counts.reply.remote, 'network.count.remote'],
    [counts.reply.maybe, 'network.count.maybe'],
    [counts.reply.not_coming, 'network.count.notComing'],
    [counts.invite.written_views, 'network.count.writtenViews'],
    [counts.invite.not_invited, 'network.count.notInvited'],
    [counts.invite.undecided, 'network.count.undecided'],
  ];
  return parts
    .filter(([count]) => count > 0)
    .map(([count, key]) => tn(key, count))
    .join(' · ');
}

/** The network tab: the children, the network map and everyone in the network by sector. */
export function NetworkPage() {
  const { t, tn } = useI18n();
  const { prep, readOnly } = usePreparation();
  const countsLine = useCountsLine();
  const conferenceId = prep.conference.id;
  const members = prep.members;

  const addButtons = !readOnly && (
    <div className="page-actions">
      <a className="button button-primary" href={href({ name: 'member', id: conferenceId, memberId: 'new' })}>
        {t('network.add.member')}
      </a>
      <a className="button button-secondary" href={href({ name: 'member', id: conferenceId, memberId: 'new', worker: true })}>
        {t('network.add.worker')}
      </a>
    </div>
  );

  return (
    <>
      {readOnly && <p className="alert alert-info">{t('form.readOnly')}</p>}
      <ChildrenSection />

      <section className="network-section" aria-labelledby="network-members-title">
        <header className="network-header">
          <div>
            <h2 id="network-members-title">{t('network.members.title')}</h2>
            <p className="network-counts">{members.length > 0 ? `${tn('network.count.members', members.length)} · ${countsLine}` : t('network.members.none')}</p>
          </div>
          {addButtons}
        </header>

        {members.length === 0 ? (
          <EmptyState title={t('network.empty.title')} body={t('network.empty.body')} action={addButtons || undefined} />
        ) : (
          <>
            <figure className="card map-card" aria-labelledby="network-map-title">
              <div className="map-card-head">
                <h3 id="network-map-title">{t('network.map.title')}</h3>
                <p className="muted map-hint">{t('network.map.hint')}</p>
              </div>
              <NetworkMap conferenceId={conferenceId} children={prep.conference.children} members={members} />
              <figcaption>
                <NetworkMapLegend />
              </figcaption>
            </figure>
            <MemberTable conference={prep.conference} members={members} />
          </>
        )}
      </section>
    </>
  );
}
