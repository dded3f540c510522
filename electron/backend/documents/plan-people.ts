import type { Paragraph, ParagraphChild } from 'docx';
import { isolate } from '../../shared/i18n/isolate';
import { personKey as keyOf } from '../../shared/plan/plan-person';
import type { Plan, PlanOwner } from '../../shared/plan/plan.schema';
import type { Preparation } from '../../shared/preparation/preparation.schema';
import type { Words } from './format';
import { para, run } from './styles';

/*
 * The people of a plan as the paper names them: a network member by name with their
 * relation to the child (and a worker's organisation), the social worker as the social
 * worker, a child who does a task by first name as the child, with the contact details the
 * shared record lists for every adult who has a task (a child's are never printed).
 */

export interface PlanPersonView {
  /** One key per person: `member:<id>`, `child:<id>` or `social_worker`. */
  key: string;
  name: string;
  /** Relation to the child or role: "mummo", "koulukuraattori, Koulu", "sosiaalityöntekijä". */
  role: string;
  phone: string;
  email: string;
  /** Where the person comes in the contacts table: members in the network's order, the social worker last. */
  order: number;
}

/** Who `person` is, from the network (or the conference for the social worker and the children). */
export function personView(words: Words, prep: Preparation, person: PlanOwner): PlanPersonView {
  if (person.kind === 'social_worker') {
    const sw = prep.conference.socialWorker;
    return {
      key: keyOf(person),
      name: sw.name,
      role: words.t('documents.plan.socialWorker'),
      phone: sw.phone,
      email: sw.email,
      order: prep.members.length,
    };
  }
  if (person.kind === 'child') {
    const child = prep.conference.children.find((c) => c.id === person.childId);
    const name = child?.firstName ?? words.t('documents.plan.unknownPerson');
    // No contact details, and no place in the contacts table (see peopleWithTasks).
    return { key: keyOf(person), name, role: words.t('documents.plan.child'), phone: '', email: '', order: -1 };
  }
  const index = prep.members.findIndex((m) => m.id === person.memberId);
  const member = prep.members[index];
  // A person removed from the network after the plan was made is still named as unknown, never dropped.
  if (!member) return { key: keyOf(person), name: words.t('documents.plan.unknownPerson'), role: '', phone: '', email: '', order: prep.members.length + 1 };
  const role = [member.relation, member.worker?.organisation ?? '']
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(isolate);
  return { key: keyOf(person), name: member.name, role: role.join(', '), phone: member.phone, email: member.email, order: index };
}

/** "Aune Äijälä, mummo": a person on one line. */
export function personLine(view: PlanPersonView): string {
  return view.role === '' ? view.name : `${isolate(view.name)}, ${view.role}`;
}

/** A table cell naming a person: the name (after `label`, if any), and the relation or role under it, smaller; `before` adds space above. */
export function personCell(view: PlanPersonView, label: ParagraphChild[] = [], before = 0): Paragraph[] {
  return [
    para([...label, ...run(view.name)], { style: 'TableText', spacing: { before: 40 + before, after: view.role !== '' ? 0 : 40 } }),
    ...(view.role !== '' ? [para(view.role, { style: 'Small', spacing: { after: 40 } })] : []),
  ];
}

/**
 * Every adult who has a task in the plan (an item's owner or checker, a worker asked for
 * support), each once, members in the network's order and the social worker last. A child
 * who does a task is named with it, and reached through the family: never listed for contact.
 */
export function peopleWithTasks(words: Words, prep: Preparation, plan: Plan): PlanPersonView[] {
  const persons: PlanOwner[] = [
    ...plan.items.flatMap((item) => (item.checker ? [item.owner, item.checker] : [item.owner])),
    ...plan.services.map((service) => service.worker),
  ].filter((person) => person.kind !== 'child');
  const byKey = new Map<string, PlanPersonView>();
  for (const person of persons) {
    const key = keyOf(person);
    if (!byKey.has(key)) byKey.set(key, personView(words, prep, person));
  }
  return [...byKey.values()].sort((a, b) => a.order - b.order);
}

/** "8.3.2027–30.6.2027", "8.3.2027 alkaen", "viimeistään 30.6.2027" or a dash: when an item of a plan is done. */
export function whenCell(words: Words, item: Pick<Plan['items'][number], 'fromDate' | 'byDate'>): string {
  const { t } = words;
  if (item.fromDate && item.byDate) return `${words.date(item.fromDate)}–${words.date(item.byDate)}`;
  if (item.fromDate) return t('documents.plan.when.from', { date: words.date(item.fromDate) });
  if (item.byDate) return t('documents.plan.when.by', { date: words.date(item.byDate) });
  return t('documents.none');
}
