import { describe, expect, it } from 'vitest';
import { INVITE_DECISIONS, REPLIES, type InviteDecision, type Reply } from '../../electron/shared/preparation/network.schema';
import { hasFinalReply, needsPreparationTalk, replyShown } from '../../electron/shared/preparation/replies';

describe('what a reply to the invitation means', () => {
  it('settles whether the person comes only when it is yes, remote or no', () => {
    const settled = REPLIES.filter((reply) => hasFinalReply({ reply }));
    expect(settled).toEqual(['coming', 'remote', 'not_coming']);
  });

  it('is shown only for someone invited to the meeting', () => {
    expect(INVITE_DECISIONS.filter((invite) => replyShown({ invite }))).toEqual(['invite']);
  });

  it('asks a preparation talk of every invitee who has not said no', () => {
    const talk = (invite: InviteDecision, reply: Reply) => needsPreparationTalk({ invite, reply });
    expect(REPLIES.filter((reply) => talk('invite', reply))).toEqual(['not_asked', 'coming', 'remote', 'maybe']);
    expect(REPLIES.some((reply) => talk('written_views', reply))).toBe(false);
  });
});
