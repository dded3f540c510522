import type {
  Conference,
  ConferenceRecordInput,
  CreateConferenceFormInput,
} from '../../../../electron/shared/conference/conference.schema';

/** The form's values for an existing conference (ids kept, so children keep their identity). */
export function toFormValues(conference: Conference): ConferenceRecordInput {
  return {
    reference: conference.reference,
    children: conference.children.map(({ id, firstName, birthYear }) => ({ id, firstName, birthYear })),
    guardians: conference.guardians.map(({ id, name }) => ({ id, name })),
    socialWorker: { ...conference.socialWorker },
    commissionDate: conference.commissionDate,
    meetingType: conference.meetingType,
    language: conference.language,
    notes: conference.notes,
  };
}

/** An empty form for a new conference, dated today. */
export function emptyFormValues(today: string): CreateConferenceFormInput {
  return {
    reference: '',
    children: [{ firstName: '', birthYear: undefined as unknown as number }],
    guardians: [],
    socialWorker: { name: '', unit: '', phone: '', email: '' },
    commissionDate: today,
    meetingType: 'laheisneuvonpito',
    language: 'fi',
    notes: '',
    heldBefore: null,
  };
}
