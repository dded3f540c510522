import { isValidIsoDate } from '../../../electron/shared/dates';
import { CONFERENCE_TABS, type ConferenceTab } from '../../../electron/shared/conference/meeting-types';

/** The app's screens, addressed by the URL hash so links and Back work everywhere. */
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'settings' }
  /** The convener's week across conferences; `from` any day of it, omitted for this week. */
  | { name: 'week'; from?: string }
  /** The figures of a period: the period and type are the page's own choice. */
  | { name: 'statistics' }
  | { name: 'conference'; id: string; tab?: ConferenceTab }
  /** One network member; `memberId` 'new' adds one, `worker` presets a worker who gives information. */
  | { name: 'member'; id: string; memberId: string; worker?: boolean }
  /** The meeting day itself, full width: timers, attendance, the children's information. */
  | { name: 'meetingMode'; id: string }
  | { name: 'notFound' };

/** Every kind of screen, so a test can walk them all; the type below keeps it complete. */
export const ROUTE_NAMES = ['list', 'new', 'settings', 'week', 'statistics', 'conference', 'member', 'meetingMode', 'notFound'] as const satisfies readonly Route['name'][];
/** A compile error here means a route kind is missing from ROUTE_NAMES. */
export type RouteNamesComplete = Exclude<Route['name'], (typeof ROUTE_NAMES)[number]> extends never ? true : never;

const WEEK = /^#\/week\/(\d{4}-\d{2}-\d{2})$/;
const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';
const CONFERENCE = new RegExp(`^#/conferences/${UUID}(?:/(${CONFERENCE_TABS.join('|')}))?$`, 'i');
const MEETING_MODE = new RegExp(`^#/conferences/${UUID}/meeting$`, 'i');
const MEMBER = new RegExp(`^#/conferences/${UUID}/network/(?:${UUID}|(new)(/worker)?)$`, 'i');

/** The route a hash such as `#/conferences/<id>/network` stands for. */
export function parseHash(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/conferences') return { name: 'list' };
  if (hash === '#/conferences/new') return { name: 'new' };
  if (hash === '#/settings') return { name: 'settings' };
  if (hash === '#/week') return { name: 'week' };
  if (hash === '#/statistics') return { name: 'statistics' };
  const week = WEEK.exec(hash);
  if (week?.[1] && isValidIsoDate(week[1])) return { name: 'week', from: week[1] };
  const conference = CONFERENCE.exec(hash);
  if (conference?.[1]) return { name: 'conference', id: conference[1], tab: (conference[2] as ConferenceTab) ?? 'overview' };
  const meetingMode = MEETING_MODE.exec(hash);
  if (meetingMode?.[1]) return { name: 'meetingMode', id: meetingMode[1] };
  const member = MEMBER.exec(hash);
  if (member?.[1]) {
    if (member[2]) return { name: 'member', id: member[1], memberId: member[2] };
    return { name: 'member', id: member[1], memberId: 'new', ...(member[4] ? { worker: true } : {}) };
  }
  return { name: 'notFound' };
}

/** The hash link to `route`. */
export function href(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'list':
      return '#/conferences';
    case 'new':
      return '#/conferences/new';
    case 'settings':
      return '#/settings';
    case 'statistics':
      return '#/statistics';
    case 'week':
      return route.from ? `#/week/${route.from}` : '#/week';
    case 'conference':
      return !route.tab || route.tab === 'overview'
        ? `#/conferences/${route.id}`
        : `#/conferences/${route.id}/${route.tab}`;
    case 'meetingMode':
      return `#/conferences/${route.id}/meeting`;
    case 'member':
      return `#/conferences/${route.id}/network/${route.memberId}${route.memberId === 'new' && route.worker ? '/worker' : ''}`;
  }
}
