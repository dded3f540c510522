import { useMemo, type ReactNode } from 'react';
import type { Conference } from '../../../../electron/shared/conference/conference.schema';
import { SECTORS, type NetworkMember, type Reply, type Sector } from '../../../../electron/shared/preparation/network.schema';
import { href } from '../../app/routes';
import { useI18n } from '../../i18n/I18nProvider';
import { layoutNetworkMap, MARKER_RADIUS, markerLabel, polar, SECTOR_ANGLES } from './network-map-layout';
import { replyShown } from '../../../../electron/shared/preparation/replies';
import { useNetworkText } from './useNetworkText';
import './network.css';

/** The width a marker's label has (about eight characters), in SVG units. */
const LABEL_ROOM = 56;

const REPLY_SIGNS: Record<Reply, string> = {
  not_asked: '…',
  coming: '✓',
  remote: '≈',
  maybe: '?',
  not_coming: '✕',
};

/** Where each sector's name goes: in the empty corner of the square outside the rings. */
const CORNERS: Record<Sector, { x: -1 | 1; y: -1 | 1 }> = {
  family: { x: -1, y: -1 },
  relatives: { x: 1, y: -1 },
  friends: { x: -1, y: 1 },
  professionals: { x: 1, y: 1 },
};

const round = (n: number) => Math.round(n * 100) / 100;

/** A quarter of a disc: one sector's background. */
function sectorPath(sector: Sector, radius: number): string {
  const [from, to] = SECTOR_ANGLES[sector];
  const [a, b] = [polar(radius, from), polar(radius, to)].map(({ x, y }) => ({ x: round(x), y: round(y) }));
  // Counterclockwise on paper is sweep-flag 0 in SVG, where y points down.
  return `M 0 0 L ${a!.x} ${a!.y} A ${radius} ${radius} 0 0 0 ${b!.x} ${b!.y} Z`;
}

/** The marker's shape: a circle for a close person, a rounded square for a worker. */
function MarkerShape({ worker, x, y, r, className }: { worker: boolean; x: number; y: number; r: number; className: string }) {
  return worker ? (
    <rect className={className} x={x - r} y={y - r} width={2 * r} height={2 * r} rx={3} />
  ) : (
    <circle className={className} cx={x} cy={y} r={r} />
  );
}

function Marker({ member, x, y, labelY, conferenceId }: { member: NetworkMember; x: number; y: number; labelY: number; conferenceId: string }) {
  const { personSummary } = useNetworkText();
  const r = MARKER_RADIUS;
  const summary = personSummary(member);
  const support = member.supportForChildIds.length > 0;
  const label = markerLabel(member.name);
  const firstName = member.name.trim().split(/\s+/)[0] ?? '';
  // A long first name is squeezed into the label's room, not cut: the visible text stays part
  // of the link's name (WCAG 2.5.3 Label in Name), so a person using voice control can say it.
  const squeezed = label !== firstName;
  return (
    <a
      href={href({ name: 'member', id: conferenceId, memberId: member.id })}
      className={`map-marker map-invite-${member.invite}`}
      aria-label={summary}
      data-member-id={member.id}
    >
      <title>{summary}</title>
      <circle className="map-focus-ring" cx={x} cy={y} r={r + 6} />
      {support && <circle className="map-support-ring" cx={x} cy={y} r={r + 3.5} />}
      <MarkerShape worker={member.worker !== null} x={x} y={y} r={r} className="map-shape" />
      {member.invite === 'not_invited' && (
        <path className="map-cross" d={`M ${x - 5} ${y - 5} L ${x + 5} ${y + 5} M ${x - 5} ${y + 5} L ${x + 5} ${y - 5}`} />
      )}
      {replyShown(member) && (
        <g className={`map-reply map-reply-${member.reply}`} aria-hidden="true">
          <circle cx={x + 9} cy={y - 8} r={6.5} />
          <text x={x + 9} y={y - 8} dy="0.35em" textAnchor="middle">
            {REPLY_SIGNS[member.reply]}
          </text>
        </g>
      )}
      <text className="map-label" x={x} y={labelY} textAnchor="middle" aria-hidden="true" {...(squeezed ? { textLength: LABEL_ROOM, lengthAdjust: 'spacingAndGlyphs' } : {})}>
        {squeezed ? firstName : label}
      </text>
    </a>
  );
}

/**
 * The network map (verkostokartta): the children in the centre, the four sectors as
 * quadrants and the three closeness rings, each person a marker that opens them.
 */
export function NetworkMap({
  conferenceId,
  children,
  members,
}: {
  conferenceId: string;
  children: Conference['children'];
  members: readonly NetworkMember[];
}) {
  const { t } = useI18n();
  const layout = useMemo(() => layoutNetworkMap(members, children.length), [members, children.length]);
  const byId = useMemo(() => new Map(members.map((m) => [m.id, m])), [members]);
  const { half, size, rings, childRadius, outerRadius } = layout;
  const countIn = (sector: Sector) => members.filter((m) => m.sector === sector).length;
  const childLineHeight = 15;

  return (
    <svg
      className="network-map"
      viewBox={`${-half} ${-half} ${size} ${size}`}
      // Never drawn larger than life: a small network stays at its natural size.
      style={{ maxWidth: `${Math.max(size, 560)}px` }}
      role="group"
      aria-label={t('network.map.title')}
    >
      {SECTORS.map((sector) => (
        <path key={sector} className={`map-sector map-sector-${sector}`} d={sectorPath(sector, outerRadius)} />
      ))}
      {rings.map((ring) => (
        <circle key={ring.closeness} className="map-ring" cx={0} cy={0} r={ring.outer} />
      ))}
      <line className="map-axis" x1={-outerRadius} y1={0} x2={outerRadius} y2={0} />
      <line className="map-axis" x1={0} y1={-outerRadius} x2={0} y2={outerRadius} />

      <g aria-hidden="true">
        {rings.map((ring, index) => (
          // On the axis between the sectors, where no marker goes; neighbouring rings' names on
          // opposite sides, so a thin ring's name never runs into the next one.
          <text
            key={ring.closeness}
            className="map-ring-label"
            x={(index % 2 === 0 ? 1 : -1) * ((ring.inner + ring.outer) / 2)}
            y={0}
            dy="0.35em"
            textAnchor="middle"
          >
            {t(`network.map.ring.${ring.closeness}`)}
          </text>
        ))}
        {SECTORS.map((sector) => {
          const corner = CORNERS[sector];
          return (
            <text
              key={sector}
              className="map-sector-label"
              x={corner.x * (half - 8)}
              y={corner.y < 0 ? -half + 22 : half - 10}
              textAnchor={corner.x < 0 ? 'start' : 'end'}
            >
              {`${t(`network.sector.${sector}`)} (${countIn(sector)})`}
            </text>
          );
        })}
      </g>

      <g className="map-children">
        <circle className="map-centre" cx={0} cy={0} r={childRadius} />
        {children.map((child, index) => (
          <text
            key={child.id}
            className="map-child"
            x={0}
            y={(index - (children.length - 1) / 2) * childLineHeight}
            dy="0.35em"
            textAnchor="middle"
          >
            {markerLabel(child.firstName, 10) !== child.firstName && <title>{child.firstName}</title>}
            {markerLabel(child.firstName, 10)}
          </text>
        ))}
      </g>

      {layout.people.map((placed) => {
        const member = byId.get(placed.id);
        return (
          member && (
            <Marker key={placed.id} member={member} x={placed.x} y={placed.y} labelY={placed.labelY} conferenceId={conferenceId} />
          )
        );
      })}
    </svg>
  );
}

/** What the markers mean. */
export function NetworkMapLegend() {
  const { t } = useI18n();
  const r = 8;
  const swatch = (content: ReactNode) => (
    <svg className="legend-swatch" viewBox="-14 -14 28 28" width="22" height="22" aria-hidden="true">
      {content}
    </svg>
  );
  const groups: { title: string; items: { key: string; className?: string; sign: ReactNode; text: string }[] }[] = [
    {
      title: t('network.legend.invite'),
      items: (['invite', 'written_views', 'not_invited', 'undecided'] as const).map((decision) => ({
        key: decision,
        className: `map-invite-${decision}`,
        sign: (
          <>
            <circle className="map-shape" r={r} />
            {decision === 'not_invited' && <path className="map-cross" d="M -4 -4 L 4 4 M -4 4 L 4 -4" />}
          </>
        ),
        text: t(`network.invite.${decision}`),
      })),
    },
    {
      title: t('network.legend.reply'),
      items: (['coming', 'remote', 'maybe', 'not_coming', 'not_asked'] as const).map((reply) => ({
        key: reply,
        sign: (
          <g className={`map-reply map-reply-${reply}`}>
            <circle r={7} />
            <text dy="0.35em" textAnchor="middle">
              {REPLY_SIGNS[reply]}
            </text>
          </g>
        ),
        text: t(`network.reply.${reply}`),
      })),
    },
    {
      title: t('network.legend.other'),
      items: [
        {
          key: 'worker',
          className: 'map-invite-invite',
          sign: <rect className="map-shape" x={-r} y={-r} width={2 * r} height={2 * r} rx={3} />,
          text: t('network.legend.worker'),
        },
        {
          key: 'support',
          className: 'map-invite-invite',
          sign: (
            <>
              <circle className="map-support-ring" r={r + 3.5} />
              <circle className="map-shape" r={r} />
            </>
          ),
          text: t('network.legend.support'),
        },
      ],
    },
  ];
  return (
    <div className="map-legend">
      {groups.map((group) => (
        <div key={group.title}>
          <h4 className="map-legend-title">{group.title}</h4>
          <ul>
            {group.items.map((item) => (
              <li key={item.key} className={item.className}>
                {swatch(item.sign)}
                {item.text}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
