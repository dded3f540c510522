import { expectedReply, meetingInvitees, type InviteeSources } from '../arrangements/meetings';
import type { Meeting } from '../arrangements/meeting.schema';
import type { Conference } from '../conference/conference.schema';
import type { NetworkMember } from '../preparation/network.schema';
import type { SpeakingTurn, TurnAction } from './meeting-day.schema';

/*
 * The close people's turns to speak at a meeting run in steps (the network-mapping meeting):
 * the facilitator interviews each in turn while the others listen, one at a time. Pure, so
 * the backend and the meeting view agree on who has the floor.
 */

function close(turn: SpeakingTurn, now: string): SpeakingTurn {
  if (turn.endedAt !== null) return turn;
  // A clock set back during the meeting must not make a turn end before it began.
  return { ...turn, endedAt: now < turn.startedAt ? turn.startedAt : now };
}

/**
 * The turns after `action` for `memberId` at the instant `now` (ISO 8601 UTC). Speak gives
 * them the floor and ends whoever had it (someone who already spoke speaks again on their
 * own turn); done ends their turn; undo takes their turn away as if it had not been given.
 * What would change nothing returns the same turns.
 */
export function applyTurnAction(turns: SpeakingTurn[], memberId: string, action: TurnAction, now: string): SpeakingTurn[] {
  const own = turns.find((turn) => turn.memberId === memberId);
  switch (action) {
    case 'speak':
      if (own && own.endedAt === null) return turns;
      return [
        ...turns.map((turn) => (turn.memberId === memberId ? { ...turn, endedAt: null } : close(turn, now))),
        ...(own ? [] : [{ memberId, startedAt: now, endedAt: null }]),
      ];
    case 'done':
      if (!own || own.endedAt !== null) return turns;
      return turns.map((turn) => (turn.memberId === memberId ? close(turn, now) : turn));
    case 'undo':
      if (!own) return turns;
      return turns.filter((turn) => turn.memberId !== memberId);
  }
}

/** The person who has the floor, if anyone. */
export function speakerOf(turns: readonly SpeakingTurn[]): string | null {
  return turns.find((turn) => turn.endedAt === null)?.memberId ?? null;
}

type TurnMember = Pick<NetworkMember, 'id' | 'invite' | 'reply' | 'worker'>;

/**
 * Who is on `meeting`'s turn list, in the network's order: the close people expected there
 * (invited, not "not coming", not marked absent or sending written views on the day), not the
 * workers and not the guardians, who are the client and are asked last. Anyone who has
 * already had a turn stays on it, so a turn given is never hidden.
 */
export function turnListOf<M extends TurnMember>(
  prep: InviteeSources<M> & { conference: Pick<Conference, 'guardians'> },
  meeting: Pick<Meeting, 'id' | 'kind' | 'replies'> & { day: { attendance: readonly { memberId: string; presence: string }[]; turns: readonly SpeakingTurn[] } },
): M[] {
  const invited = new Set(meetingInvitees(prep, meeting).map((member) => member.id));
  const client = new Set(prep.conference.guardians.map((guardian) => guardian.memberId));
  const away = new Set(
    meeting.day.attendance.filter((a) => a.presence === 'absent' || a.presence === 'written_views').map((a) => a.memberId),
  );
  const hadTurn = new Set(meeting.day.turns.map((turn) => turn.memberId));
  return prep.members.filter(
    (member) =>
      hadTurn.has(member.id) ||
      (invited.has(member.id) &&
        expectedReply(member, meeting) !== 'not_coming' &&
        !away.has(member.id) &&
        member.worker === null &&
        !client.has(member.id)),
  );
}
