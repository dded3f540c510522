import type { MeetingKind } from '../arrangements/meeting-kinds';
import type { DayStepPart } from '../meeting-day/meeting-day.schema';
import { PREPARATION_CHECKS, type PreparationCheck } from '../preparation/preparation-checks';
import { BUILT_IN_CHECKLIST_KEYS, type BuiltInChecklistKey } from '../settings/settings-lists';
import type { MeetingType, Phase } from './conference-lists';

/*
 * The kinds of meeting a convener runs, as data: the full family group conference
 * (läheisneuvonpito) and the lighter network-mapping meeting (läheisverkoston kartoitus,
 * DOMAIN.md "Related models"). The rules, the screens and the documents read a conference's
 * definition instead of asking which kind it is, so another kind is a new entry here plus
 * its texts in the catalogs (`meetingType.<type>…`, `meetingDay.step.<part>…`, the letters').
 */

/** The tabs of a conference page, in the order of the work; each kind shows some of them. */
export const CONFERENCE_TABS = ['overview', 'commission', 'network', 'contacts', 'summary', 'arrangements', 'documents', 'plan', 'followUp', 'feedback', 'work'] as const;
export type ConferenceTab = (typeof CONFERENCE_TABS)[number];

/** Who leads a step of the meeting. */
export type StepLead = 'facilitator' | 'social_worker' | 'work_pair' | 'client';

/** What the meeting view shows at a step beside its guidance. */
export type StepTool = 'turns' | 'flip_chart' | 'client_view' | 'plan' | 'next_steps';

export interface DayStep {
  part: DayStepPart;
  lead: StepLead;
  tool: StepTool | null;
}

/**
 * How a meeting day is run: the conference's three timed parts with their planned minutes
 * (information, the family's private time, the plan), or steps in order under one clock
 * held against the meeting's usual length.
 */
export type DayLayout =
  | { layout: 'parts' }
  | { layout: 'steps'; steps: readonly DayStep[]; minutes: { min: number; max: number } };

/** The papers the Asiakirjat tab offers (the letters are always there). */
export const CONFERENCE_DOCUMENTS = ['commission', 'summary', 'checklist', 'participants', 'calendar'] as const;
export type ConferenceDocument = (typeof CONFERENCE_DOCUMENTS)[number];

export interface MeetingTypeDefinition {
  type: MeetingType;
  /** The phases it passes through, in order; a new one starts in the first. */
  phases: readonly Phase[];
  /** The tabs of its page, in order. */
  tabs: readonly ConferenceTab[];
  /**
   * When its meeting is due, in days after the commission (or the request) date: the
   * conference's 4–6 weeks, the mapping meeting's "within a few weeks".
   */
  window: { opensAfterDays: number; closesAfterDays: number };
  /** What the overview's "what is missing" checks, in order. */
  preparationChecks: readonly PreparationCheck[];
  /** The built-in checklist items that apply to its meetings. */
  checklistItems: readonly BuiltInChecklistKey[];
  /** How each of its meetings is run on the day. */
  day: Record<MeetingKind, DayLayout>;
  /** The papers its Asiakirjat tab offers. */
  documents: readonly ConferenceDocument[];
  /** After the plan is accepted: whether a follow-up is part of the method or only when agreed. */
  followUp: 'expected' | 'when_agreed';
  /** True when the plan is posted to the client (the next thing due until its copy is sent). */
  planPostedToClient: boolean;
  /** Which wording its letters use (the documents' `LETTER_WORDINGS`): the conference's or the mapping meeting's. */
  letterWording: LetterWording;
  /** Who gets a child's letter: every child however they take part, or only a child who is there. */
  childLetters: 'every_child' | 'present';
  /** The layout of its plan paper: the conference's answers to the questions, or the mapping's letter to the client. */
  planPaper: PlanPaper;
}

export type LetterWording = 'conference' | 'mapping';
export type PlanPaper = 'conference' | 'mapping';

const CONFERENCE: MeetingTypeDefinition = {
  type: 'laheisneuvonpito',
  phases: ['toimeksianto', 'valmistelu', 'neuvonpito', 'seuranta', 'paattynyt'],
  tabs: CONFERENCE_TABS,
  window: { opensAfterDays: 28, closesAfterDays: 42 },
  preparationChecks: PREPARATION_CHECKS,
  checklistItems: BUILT_IN_CHECKLIST_KEYS,
  day: { conference: { layout: 'parts' }, follow_up: { layout: 'parts' } },
  documents: CONFERENCE_DOCUMENTS,
  followUp: 'expected',
  planPostedToClient: false,
  letterWording: 'conference',
  childLetters: 'every_child',
  planPaper: 'conference',
};

/**
 * The network-mapping meeting: the social worker has agreed with the client whom to invite,
 * so there is no commission agreement, no summary and no 4–6 week window; the meeting runs
 * the model's eight steps in 30–90 minutes, its written plan is posted to the client, and a
 * follow-up is held only when one is agreed.
 */
const MAPPING: MeetingTypeDefinition = {
  type: 'verkostokartoitus',
  phases: ['valmistelu', 'neuvonpito', 'seuranta', 'paattynyt'],
  tabs: ['overview', 'network', 'contacts', 'arrangements', 'documents', 'plan', 'followUp', 'feedback', 'work'],
  window: { opensAfterDays: 0, closesAfterDays: 28 },
  preparationChecks: ['network', 'contacted', 'replied', 'children', 'timing'],
  checklistItems: BUILT_IN_CHECKLIST_KEYS.filter((key) => key !== 'summary'),
  day: {
    conference: {
      layout: 'steps',
      steps: [
        { part: 'welcome', lead: 'facilitator', tool: null },
        { part: 'purpose', lead: 'social_worker', tool: null },
        { part: 'interviews', lead: 'facilitator', tool: 'turns' },
        { part: 'turns', lead: 'facilitator', tool: 'turns' },
        { part: 'flip_chart', lead: 'work_pair', tool: 'flip_chart' },
        { part: 'client_view', lead: 'client', tool: 'client_view' },
        { part: 'written_plan', lead: 'work_pair', tool: 'plan' },
        { part: 'closing', lead: 'facilitator', tool: 'next_steps' },
      ],
      minutes: { min: 30, max: 90 },
    },
    // A follow-up reviews the plan as a conference's does.
    follow_up: { layout: 'parts' },
  },
  documents: ['checklist', 'participants', 'calendar'],
  followUp: 'when_agreed',
  planPostedToClient: true,
  // The meeting hears the people who come: a child is asked only when they are there.
  letterWording: 'mapping',
  childLetters: 'present',
  planPaper: 'mapping',
};

export const MEETING_TYPE_DEFINITIONS: Record<MeetingType, MeetingTypeDefinition> = {
  laheisneuvonpito: CONFERENCE,
  verkostokartoitus: MAPPING,
};

/** The definition of a conference's kind of meeting. */
export function meetingTypeOf(conference: { meetingType: MeetingType }): MeetingTypeDefinition {
  return MEETING_TYPE_DEFINITIONS[conference.meetingType];
}

/** `tab` when the conference's kind has it, else the overview (a link or an old address to a tab it lacks). */
export function tabOfKind(conference: { meetingType: MeetingType }, tab: ConferenceTab): ConferenceTab {
  return meetingTypeOf(conference).tabs.includes(tab) ? tab : 'overview';
}

/** How `kind` of meeting is run on the day in a conference of `type`. */
export function dayLayoutOf(type: MeetingType, kind: MeetingKind): DayLayout {
  return MEETING_TYPE_DEFINITIONS[type].day[kind];
}
