/** The app's screens, addressed by the URL hash so links and Back work everywhere. */
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'conference'; id: string }
  | { name: 'notFound' };

const CONFERENCE = /^#\/conferences\/([0-9a-f-]{36})$/i;

/** The route a hash such as `#/conferences/<id>` stands for. */
export function parseHash(hash: string): Route {
  if (hash === '' || hash === '#' || hash === '#/' || hash === '#/conferences') return { name: 'list' };
  if (hash === '#/conferences/new') return { name: 'new' };
  const match = CONFERENCE.exec(hash);
  if (match?.[1]) return { name: 'conference', id: match[1] };
  return { name: 'notFound' };
}

/** The hash link to `route`. */
export function href(route: Exclude<Route, { name: 'notFound' }>): string {
  switch (route.name) {
    case 'list':
      return '#/conferences';
    case 'new':
      return '#/conferences/new';
    case 'conference':
      return `#/conferences/${route.id}`;
  }
}
