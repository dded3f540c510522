import type { Conference } from '../conference/conference.schema';
import type { ChildTakingPart, NetworkMember } from '../preparation/network.schema';
import { interpreterLanguageKey } from './interpreter-language';
import type { Meeting } from './meeting.schema';

/*
 * What the arrangements follow from the people: who is coming, how many to feed, which
 * diets and which interpreter languages. Pure functions of the preparation, so the
 * screen, the checklist and the documents always agree, and change as replies change.
 */

/** A typical conference lasts 3–6 hours (DOMAIN.md); outside it the convener is warned, not stopped. */
export const TYPICAL_MINUTES = { min: 180, max: 360 } as const;

/** The people of one conference the arrangements depend on. */
export interface People {
  conference: Conference;
  children: ChildTakingPart[];
  members: NetworkMember[];
}

/** A group of people sharing one need (a diet, an interpreter language). */
export interface NeedGroup {
  /** The need as written (diet) or the language key (interpreter). */
  key: string;
  names: string[];
}

export interface Attendance {
  /** Invited members who said they are coming in person. */
  comingInPerson: NetworkMember[];
  /** Invited members who take part remotely. */
  remote: NetworkMember[];
  /** Invited members who may come. */
  maybe: NetworkMember[];
  /** First names of the children who are present. */
  childrenPresent: string[];
  /** The languages of the interpreters booked to be there in person (one per on-site line). */
  interpretersOnSite: string[];
  /** True when childcare is arranged: one childcare worker is there. */
  childcareWorker: boolean;
  /**
   * People in the room: members coming in person, children present, the social worker
   * and the convener, the on-site interpreters and the childcare worker. What refreshments
   * are ordered for.
   */
  headcount: number;
  /** Diets of the people coming in person or maybe, grouped by the text (case-insensitive). */
  diets: NeedGroup[];
  /** One line per language needed by invited people coming, remote or maybe. */
  interpreterNeeds: NeedGroup[];
}

/** The social worker and the convener are always there. */
export const STAFF_IN_ROOM = 2;

function groupBy<M extends Pick<NetworkMember, 'name'>>(people: readonly M[], keyOf: (m: M) => string): NeedGroup[] {
  const groups = new Map<string, NeedGroup>();
  for (const person of people) {
    const key = keyOf(person);
    if (key === '') continue;
    const id = key.toLocaleLowerCase('fi');
    const group = groups.get(id) ?? { key, names: [] };
    group.names.push(person.name);
    groups.set(id, group);
  }
  return [...groups.values()].sort((a, b) => b.names.length - a.names.length || a.key.localeCompare(b.key, 'fi'));
}

/** What the interpreter need reads of a network member. */
export type InterpreterNeedMember = Pick<
  NetworkMember,
  'name' | 'invite' | 'reply' | 'interpreterNeeded' | 'language' | 'otherLanguage'
>;

/** Invited members by their reply: coming in person, remote, maybe. */
function repliesOf<M extends Pick<NetworkMember, 'invite' | 'reply'>>(members: readonly M[]) {
  const invited = members.filter((m) => m.invite === 'invite');
  return {
    comingInPerson: invited.filter((m) => m.reply === 'coming'),
    remote: invited.filter((m) => m.reply === 'remote'),
    maybe: invited.filter((m) => m.reply === 'maybe'),
  };
}

function needsOf<M extends InterpreterNeedMember>(replies: { comingInPerson: M[]; remote: M[]; maybe: M[] }): NeedGroup[] {
  const { comingInPerson, remote, maybe } = replies;
  return groupBy([...comingInPerson, ...remote, ...maybe].filter((m) => m.interpreterNeeded), interpreterLanguageKey);
}

/**
 * One line per language needed by invited people coming, remote or maybe: what
 * `attendanceOf` gives as `interpreterNeeds`, from the few fields it depends on.
 */
export function interpreterNeedsOf(members: readonly InterpreterNeedMember[]): NeedGroup[] {
  return needsOf(repliesOf(members));
}

/** What the headcount reads of a meeting's arrangements: who else is there besides the network. */
export type HelpersOnSite = Pick<Meeting, 'interpreters' | 'childcareNeeded'>;

const NO_HELPERS: HelpersOnSite = { interpreters: [], childcareNeeded: false };

/** The interpreter lines of those interpreting in the room: a remote interpreter is not there. */
export function interpretersOnSiteOf(meeting: Pick<Meeting, 'interpreters'>): Meeting['interpreters'] {
  return meeting.interpreters.filter((line) => line.mode === 'on_site');
}

/**
 * Who is coming and what follows from it. The arrangements add those who are there for the
 * meeting but not of the network: an interpreter on site for each on-site line (a remote
 * interpreter is not in the room) and a childcare worker when childcare is arranged.
 */
export function attendanceOf(people: People, helpers: HelpersOnSite = NO_HELPERS): Attendance {
  const replies = repliesOf(people.members);
  const { comingInPerson, remote, maybe } = replies;
  const present = new Set(people.children.filter((c) => c.participation === 'present').map((c) => c.childId));
  const childrenPresent = people.conference.children.filter((c) => present.has(c.id)).map((c) => c.firstName);
  const interpretersOnSite = interpretersOnSiteOf(helpers).map((line) => line.language);
  const childcareWorker = helpers.childcareNeeded;
  return {
    comingInPerson,
    remote,
    maybe,
    childrenPresent,
    interpretersOnSite,
    childcareWorker,
    headcount: comingInPerson.length + childrenPresent.length + STAFF_IN_ROOM + interpretersOnSite.length + (childcareWorker ? 1 : 0),
    diets: groupBy([...comingInPerson, ...maybe], (m) => m.diet.trim()),
    interpreterNeeds: needsOf(replies),
  };
}

/** Minutes from start to end, or null while either is missing. */
export function meetingMinutes(meeting: Pick<Meeting, 'startTime' | 'endTime'>): number | null {
  if (!meeting.startTime || !meeting.endTime) return null;
  const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return minutes(meeting.endTime) - minutes(meeting.startTime);
}

/** Something in the arrangements that no longer fits the people, or the method. */
export type ArrangementFlag =
  | { code: 'duration'; minutes: number }
  | { code: 'interpreterMissing'; language: string; names: string[] }
  | { code: 'interpreterNotNeeded'; language: string }
  | { code: 'refreshmentsHeadcount'; ordered: number; headcount: number }
  | { code: 'venueCapacity'; capacity: number; headcount: number }
  | { code: 'remoteLinkMissing'; names: string[] };

/** What the convener should look at again, in the order of the arrangements form. */
export function arrangementFlags(meeting: Meeting, attendance: Attendance): ArrangementFlag[] {
  const flags: ArrangementFlag[] = [];
  const minutes = meetingMinutes(meeting);
  if (minutes !== null && (minutes < TYPICAL_MINUTES.min || minutes > TYPICAL_MINUTES.max)) {
    flags.push({ code: 'duration', minutes });
  }
  const capacity = meeting.venue.capacity;
  if (capacity !== null && capacity < attendance.headcount) {
    flags.push({ code: 'venueCapacity', capacity, headcount: attendance.headcount });
  }
  const ordered = meeting.refreshments.orderedHeadcount;
  if (meeting.refreshments.orderedDate && ordered !== null && ordered !== attendance.headcount) {
    flags.push({ code: 'refreshmentsHeadcount', ordered, headcount: attendance.headcount });
  }
  const lines = new Set(meeting.interpreters.map((line) => interpreterLanguageKey(line.language)));
  const needed = new Set(attendance.interpreterNeeds.map((need) => interpreterLanguageKey(need.key)));
  for (const need of attendance.interpreterNeeds) {
    if (!lines.has(interpreterLanguageKey(need.key))) {
      flags.push({ code: 'interpreterMissing', language: need.key, names: need.names });
    }
  }
  for (const line of meeting.interpreters) {
    if (!needed.has(interpreterLanguageKey(line.language))) flags.push({ code: 'interpreterNotNeeded', language: line.language });
  }
  if (attendance.remote.length > 0 && meeting.remoteLink === '') {
    flags.push({ code: 'remoteLinkMissing', names: attendance.remote.map((m) => m.name) });
  }
  return flags;
}
