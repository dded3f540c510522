import { useEffect, useRef, useState } from 'react';
import { isGuardian } from '../../../../electron/shared/conference/guardians';
import { memberPlanRoles } from '../../../../electron/shared/plan/plan-rules';
import type { ApiError } from '../../../../electron/shared/api/result';
import type { NetworkMember } from '../../../../electron/shared/preparation/network.schema';
import type { Preparation } from '../../../../electron/shared/preparation/preparation.schema';
import { href, type Route } from '../../app/routes';
import { useRouter } from '../../app/Router';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useNotify } from '../../components/Notices';
import { useI18n } from '../../i18n/I18nProvider';
import { ContactLog } from '../contacts/ContactLog';
import { usePreparation } from '../preparation/PreparationContext';
import { emptyMemberFormValues, toMemberFormValues } from './member-form-values';
import { MemberForm } from './MemberForm';
import { contactsOf, memberRoles } from './network-model';
import { useNetworkText } from './useNetworkText';
import './network.css';

type Destination = Exclude<Route, { name: 'notFound' }>;

/** One network member; `memberId` 'new' adds one (`worker` presets a worker who gives information). */
export function MemberPage({ memberId, worker }: { memberId: string; worker: boolean }) {
  const { t } = useI18n();
  const { navigate } = useRouter();
  const { prep } = usePreparation();
  // Set after an add or a delete. The page first shows nothing, so the form and its
  // unsaved-changes guard are gone, and only then moves on: the move is intended.
  const [leavingTo, setLeavingTo] = useState<Destination | null>(null);
  useEffect(() => {
    if (leavingTo) navigate(leavingTo);
  }, [leavingTo, navigate]);
  const conferenceId = prep.conference.id;
  const networkRoute = { name: 'conference', id: conferenceId, tab: 'network' } as const;

  if (leavingTo) return null;
  const backLink = (
    <a className="back-link" href={href(networkRoute)}>
      ← {t('network.member.back')}
    </a>
  );

  if (memberId === 'new') {
    return (
      <>
        {backLink}
        <NewMember worker={worker} leave={setLeavingTo} />
      </>
    );
  }
  const member = prep.members.find((m) => m.id === memberId);
  if (!member) {
    return (
      <div className="empty-state">
        <h2 className="empty-state-title">{t('network.member.notFound.title')}</h2>
        <p className="empty-state-body">{t('network.member.notFound.body')}</p>
        <a className="button button-secondary" href={href(networkRoute)}>
          {t('network.member.back')}
        </a>
      </div>
    );
  }
  return (
    <>
      {backLink}
      <ExistingMember member={member} leave={setLeavingTo} />
    </>
  );
}

/** Child id → the name of the person (other than `exceptId`) who supports that child. */
function supportTakenBy(members: readonly NetworkMember[], exceptId: string | null): Record<string, string> {
  const taken: Record<string, string> = {};
  for (const member of members) {
    if (member.id === exceptId) continue;
    for (const childId of member.supportForChildIds) taken[childId] = member.name;
  }
  return taken;
}

interface PageParts {
  leave(to: Destination): void;
}

function NewMember({ worker, leave }: { worker: boolean } & PageParts) {
  const { t } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const conferenceId = prep.conference.id;
  const [defaultValues] = useState(() => emptyMemberFormValues(worker));
  // The ids there were before the add: the new person is the one not among them.
  const idsBefore = useRef<Set<string>>(new Set());

  return (
    <>
      <header className="member-header">
        <h2>{t(worker ? 'network.member.newWorker.title' : 'network.member.new.title')}</h2>
      </header>
      <p className="muted">{t('network.member.new.intro')}</p>
      <MemberForm<Preparation>
        defaultValues={defaultValues}
        children={prep.conference.children}
        supportTakenBy={supportTakenBy(prep.members, null)}
        creating={{ submitLabel: t('network.member.add') }}
        readOnly={readOnly}
        onSubmit={(values) => {
          idsBefore.current = new Set(latest().members.map((m) => m.id));
          return change('network.addMember', { conferenceId, ...values });
        }}
        onSaved={(next) => {
          const added = next.members.find((m) => !idsBefore.current.has(m.id));
          notify(t('network.member.added', { name: added?.name ?? '' }));
          leave(
            added
              ? { name: 'member', id: conferenceId, memberId: added.id }
              : { name: 'conference', id: conferenceId, tab: 'network' },
          );
        }}
      />
    </>
  );
}

function ExistingMember({ member, leave }: { member: NetworkMember } & PageParts) {
  const { t, tn } = useI18n();
  const notify = useNotify();
  const { prep, readOnly, latest, change } = usePreparation();
  const { roleLabel } = useNetworkText();
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // The form starts from the person as they were when the page opened; after a save it takes
  // what was saved, so changes made elsewhere never overwrite what is being typed.
  const [defaultValues] = useState(() => toMemberFormValues(member));
  const conferenceId = prep.conference.id;
  const roles = memberRoles(member, prep.conference.children);
  const contactCount = contactsOf(prep.contacts, member.id).length;
  // A person the plan names cannot go: the plan would lose its task's owner (the API refuses too).
  const planRoles = memberPlanRoles(prep.plans, member.id);
  // A guardian stops being one on the conference form, and stays in the network (the API refuses too).
  const guardian = isGuardian(prep.conference, member.id);
  const currentVersion = () => latest().members.find((m) => m.id === member.id)?.version ?? member.version;

  const goesWith = [
    ...roles.map(roleLabel),
    ...(contactCount > 0 ? [tn('network.delete.contacts', contactCount)] : []),
    ...(member.worker ? [t('network.delete.worker')] : []),
  ];

  const remove = async () => {
    setBusy(true);
    const result = await change('network.removeMember', { id: member.id, version: currentVersion() });
    setBusy(false);
    if (!result.ok) return setDeleteError(result.error);
    notify(t('network.member.removed', { name: member.name }));
    leave({ name: 'conference', id: conferenceId, tab: 'network' });
  };

  return (
    <>
      <header className="member-header">
        <div>
          <h2 dir="auto">{member.name}</h2>
          <p className="page-subtitle">
            <span dir="auto">{member.relation}</span> · {t(`network.sector.${member.sector}`)}
            {guardian && (
              <>
                {' '}
                <span className="badge badge-info">{t('network.badge.guardian')}</span>
              </>
            )}
            {member.worker && (
              <>
                {' '}
                <span className="badge badge-info">{t('network.badge.worker')}</span>
              </>
            )}
          </p>
        </div>
        {!readOnly && guardian && <p className="muted member-in-plan">{t('network.delete.guardian')}</p>}
        {!readOnly && !guardian && planRoles.length === 0 && (
          <button type="button" className="button button-danger-outline" onClick={() => setDeleting(true)}>
            {t('network.member.delete')}
          </button>
        )}
        {!readOnly && !guardian && planRoles.length > 0 && (
          <p className="muted member-in-plan">
            {t('network.delete.inPlan', { roles: planRoles.map((role) => t(`network.planRole.${role}`)).join(', ') })}
          </p>
        )}
      </header>

      <MemberForm<Preparation>
        defaultValues={defaultValues}
        children={prep.conference.children}
        supportTakenBy={supportTakenBy(prep.members, member.id)}
        readOnly={readOnly}
        onSubmit={(values) => change('network.updateMember', { id: member.id, version: currentVersion(), ...values })}
        valuesAfterSave={(next) => {
          const saved = next.members.find((m) => m.id === member.id);
          return saved ? toMemberFormValues(saved) : defaultValues;
        }}
        onSaved={() => notify(t('form.saved'))}
      />

      <section className="member-contacts" aria-labelledby="member-contacts-title">
        <h2 id="member-contacts-title" className="section-title">
          {t('network.member.contacts')}
        </h2>
        <ContactLog memberId={member.id} />
      </section>

      <ConfirmDialog
        open={deleting}
        title={t('network.delete.title', { name: member.name })}
        body={goesWith.length > 0 ? t('network.delete.body') : t('network.delete.bodyNothing')}
        cancelLabel={t('form.cancel')}
        confirmLabel={t('network.delete.confirm')}
        tone="danger"
        busy={busy}
        onCancel={() => {
          setDeleting(false);
          setDeleteError(null);
        }}
        onConfirm={() => void remove()}
      >
        {goesWith.length > 0 && (
          <ul className="delete-list">
            {goesWith.map((line) => (
              <li key={line} dir="auto">
                {line}
              </li>
            ))}
          </ul>
        )}
        {deleteError && <ErrorMessage error={deleteError} />}
      </ConfirmDialog>
    </>
  );
}
