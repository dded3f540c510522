import type { Handlers } from '../../api/handlers';

export const meetingHandlers: Pick<Handlers, 'meeting.update'> = {
  'meeting.update'() {
    throw new Error('not implemented yet');
  },
};
