import { eurosFieldText } from '../../../../electron/shared/amounts';
import {
  interpreterSchema,
  meetingFieldsSchema,
  type Meeting,
  type MeetingFields,
  type MeetingFieldsInput,
} from '../../../../electron/shared/arrangements/meeting.schema';

/** The form's values for a stored meeting: empty dates, times and counts are '' in their inputs, costs are euros as text. */
export function toMeetingFormValues(meeting: Meeting): MeetingFieldsInput {
  return {
    date: meeting.date ?? '',
    startTime: meeting.startTime ?? '',
    endTime: meeting.endTime ?? '',
    venue: {
      ...meeting.venue,
      mainRoom: { ...meeting.venue.mainRoom },
      accessibility: { ...meeting.venue.accessibility },
      parking: { ...meeting.venue.parking },
      capacity: meeting.venue.capacity ?? '',
      cost: eurosFieldText(meeting.venue.cost),
    },
    refreshments: {
      ...meeting.refreshments,
      orderedDate: meeting.refreshments.orderedDate ?? '',
      orderedHeadcount: meeting.refreshments.orderedHeadcount ?? '',
      cost: eurosFieldText(meeting.refreshments.cost),
    },
    interpreters: meeting.interpreters.map((line) => ({ ...line, bookedDate: line.bookedDate ?? '', cost: eurosFieldText(line.cost) })),
    remoteLink: meeting.remoteLink,
    remoteFor: meeting.remoteFor,
    childcareNeeded: meeting.childcareNeeded,
    childcare: meeting.childcare,
    travelSupport: meeting.travelSupport,
    materials: [...meeting.materials],
    otherMaterials: meeting.otherMaterials,
    invitation: {
      replyBy: meeting.invitation.replyBy ?? '',
      purpose: { ...meeting.invitation.purpose },
    },
    notes: meeting.notes,
  };
}

/** An empty interpreter line for `language`, as the form holds it. */
export function newInterpreterLine(language: string): NonNullable<MeetingFieldsInput['interpreters']>[number] {
  return { ...interpreterSchema.parse({ language }), bookedDate: '', cost: '' };
}

/**
 * The meeting as the form shows it now, for what is computed while typing (the duration,
 * the flags); the stored meeting while the form holds something that does not validate.
 */
export function meetingAsTyped(meeting: Meeting, values: MeetingFieldsInput): Meeting {
  const parsed = meetingFieldsSchema.safeParse(values);
  return parsed.success ? { ...meeting, ...(parsed.data satisfies MeetingFields) } : meeting;
}

/** Whole-number inputs keep '' for "not given" and a number otherwise, as optionalCount expects. */
export function countFromInput(value: unknown): number | '' {
  if (value === '' || value === null || value === undefined) return '';
  return Number(value);
}
