import { describe, expect, it } from 'vitest';
import { makeConferenceInput } from '../fixtures/conference';
import { makeMemberInput, memberNamed } from '../fixtures/preparation';
import { call, openTestBackend } from '../helpers/backend';
import { docxText } from '../helpers/docx';
import { useTempDir } from '../helpers/temp-dir';

/*
 * Someone who speaks another language and has no letter language picked for them gets the
 * letter in the conference's language: Swedish in a Swedish conference, English in an English
 * one — never Finnish by default. Every person is invented.
 */

const CASES = [
  { language: 'sv', greeting: 'Bästa Hodan Cali Warsame,', name: 'Inbjudan - Hodan Cali Warsame.docx', interpreter: 'Det finns en tolk för dig på mötet (språk: somali).' },
  { language: 'en', greeting: 'Dear Hodan Cali Warsame,', name: 'Invitation - Hodan Cali Warsame.docx', interpreter: 'An interpreter will be there for you (language: somali).' },
] as const;

describe('the letter of someone of another language with no letter language picked', { timeout: 60_000 }, () => {
  for (const c of CASES) {
    it(`goes out in the conference's language (${c.language}), not Finnish`, async () => {
      const { dispatch } = openTestBackend(useTempDir());
      const conference = await call(dispatch, 'conference.create', makeConferenceInput({ language: c.language }));
      const prep = await call(
        dispatch,
        'network.addMember',
        makeMemberInput(conference.id, {
          name: 'Hodan Cali Warsame',
          relation: 'täti',
          language: 'other',
          otherLanguage: 'somali',
          interpreterNeeded: true,
          letterLanguage: null,
        }),
      );
      const member = memberNamed(prep, 'Hodan Cali Warsame');
      expect(member.letterLanguage).toBeNull();

      const letter = await call(dispatch, 'documents.invitation', { meetingId: prep.meetings[0]!.id, recipient: { kind: 'member', memberId: member.id } });
      const text = docxText(letter.bytes);
      expect(letter.name).toBe(c.name);
      expect(text).toContain(c.greeting);
      expect(text).toContain(c.interpreter);
      expect(text).not.toContain('Hyvä ');
      expect(text).not.toContain('tulkki');
    });
  }
});
