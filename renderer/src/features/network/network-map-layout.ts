import { isolate } from '../../../../electron/shared/i18n/isolate';
import { CLOSENESS, SECTORS, type Closeness, type Sector } from '../../../../electron/shared/preparation/network.schema';

/*
 * Where every person goes on the network map (easyNWK's sectors and rings), as pure geometry.
 * Coordinates are SVG user units with the children's circle at the origin and y pointing down.
 *
 * Each person takes a "slot": a circle holding the marker and the name label below it. Slots
 * are placed so that they never overlap and stay inside their sector and ring:
 * - rows of one ring are 2 × SLOT apart, so slots on different rows never touch;
 * - on a row, neighbours are at least 2 × SLOT apart along the chord;
 * - every slot keeps SLOT away from the sector's boundary rays and the ring's edges, so
 *   slots in different cells are separated by the boundary between them.
 * A ring gets as many rows as its fullest cell needs (at least MIN_ROWS), so a crowded cell
 * makes its ring wider rather than letting markers pile up; the viewBox grows with it.
 */

/** Radius of a person's marker. */
export const MARKER_RADIUS = 10;
/** Radius of the circle that holds a marker, its badges and its name label. */
export const SLOT_RADIUS = 30;
/** The marker sits this far above the slot's centre; the label below it. */
const MARKER_LIFT = 9;
const LABEL_DROP = 15;
/** Every ring is at least one row deep, so an empty map still reads as rings. */
const MIN_ROWS = 1;
const MIN_CHILD_RADIUS = 52;
/** Room around the outer ring for the sector labels in the corners. */
const MARGIN = 16;
const EPSILON = 1e-9;

/** Each sector's angles in degrees, counterclockwise from east (as on paper, y up). */
export const SECTOR_ANGLES: Record<Sector, readonly [number, number]> = {
  relatives: [0, 90],
  family: [90, 180],
  friends: [180, 270],
  professionals: [270, 360],
};

export interface MapPerson {
  id: string;
  sector: Sector;
  closeness: Closeness;
}

export interface PlacedPerson {
  id: string;
  sector: Sector;
  closeness: Closeness;
  /** Centre of the marker. */
  x: number;
  y: number;
  /** Baseline of the name label (centred on x). */
  labelY: number;
}

export interface Ring {
  closeness: Closeness;
  inner: number;
  outer: number;
}

export interface MapLayout {
  /** The viewBox is `-half -half size size`. */
  size: number;
  half: number;
  childRadius: number;
  rings: Ring[];
  outerRadius: number;
  people: PlacedPerson[];
}

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;

/** The smallest angle (radians) that keeps two slots on a row of radius r apart. */
function minStep(r: number): number {
  return 2 * Math.asin(SLOT_RADIUS / r);
}

/** The usable angular range of a row inside a 90° sector: SLOT away from both boundary rays. */
function usableSpan(r: number): number {
  return Math.PI / 2 - 2 * Math.asin(SLOT_RADIUS / r);
}

/** How many slots fit on a row of radius r inside one sector. */
export function rowCapacity(r: number): number {
  if (r <= SLOT_RADIUS * Math.SQRT2) return 0;
  const span = usableSpan(r);
  if (span < 0) return 0;
  return Math.floor(span / minStep(r) + EPSILON) + 1;
}

/** The radius of row `index` of a ring that starts at `inner`. */
function rowRadius(inner: number, index: number): number {
  return inner + SLOT_RADIUS * (2 * index + 1);
}

/** Rows a ring starting at `inner` needs for its fullest cell of `count` people. */
function rowsNeeded(inner: number, count: number): number {
  let rows = 0;
  let capacity = 0;
  while (capacity < count || rows < MIN_ROWS) {
    capacity += rowCapacity(rowRadius(inner, rows));
    rows += 1;
  }
  return rows;
}

/** The children's circle: big enough for their first names stacked in the middle. */
export function childCircleRadius(childCount: number): number {
  const halfHeight = 7.5 * Math.max(1, childCount);
  return Math.max(MIN_CHILD_RADIUS, Math.ceil(Math.hypot(32, halfHeight)) + 8);
}

/**
 * Picks which rows of a ring a cell uses: the fewest that hold `count`, as near the middle
 * of the ring as they can be, so a small cell does not hug one edge.
 */
function rowsForCell(radii: number[], count: number): number[] {
  const total = radii.length;
  for (let k = 1; k <= total; k += 1) {
    const centred = Math.floor((total - k) / 2);
    for (const start of [centred, total - k]) {
      const window = radii.slice(start, start + k);
      if (window.reduce((sum, r) => sum + rowCapacity(r), 0) >= count) return window;
    }
  }
  return radii;
}

/** How many of `count` people go on each row: in proportion to what each row holds. */
function shareRows(radii: number[], count: number): number[] {
  const capacities = radii.map(rowCapacity);
  const counts = radii.map(() => 0);
  for (let n = 0; n < count; n += 1) {
    let best = -1;
    let bestRatio = Infinity;
    capacities.forEach((capacity, i) => {
      if ((counts[i] ?? 0) >= capacity) return;
      const ratio = ((counts[i] ?? 0) + 1) / capacity;
      // Ties go to the outer row, which has more room around it.
      if (ratio <= bestRatio) {
        bestRatio = ratio;
        best = i;
      }
    });
    if (best < 0) break;
    counts[best] = (counts[best] ?? 0) + 1;
  }
  return counts;
}

/** Angles (radians, counterclockwise) for `count` slots spread evenly along a row. */
function rowAngles(sector: Sector, r: number, count: number): number[] {
  const [from, to] = SECTOR_ANGLES[sector];
  const margin = Math.asin(SLOT_RADIUS / r);
  const start = toRadians(from) + margin;
  const span = toRadians(to) - toRadians(from) - 2 * margin;
  const step = span / count;
  if (count === 1 || step >= minStep(r) - EPSILON) {
    // Evenly spread with half a step at either end: balanced and never at the edge.
    return Array.from({ length: count }, (_, i) => start + step * (i + 0.5));
  }
  // A full row: from one edge of the usable range to the other.
  const fullStep = span / (count - 1);
  return Array.from({ length: count }, (_, i) => start + fullStep * i);
}

/**
 * The map's geometry for `people` around `childCount` children. Deterministic: the same
 * people in the same order always land in the same places, and a person moves only when
 * their own cell changes or their ring has to grow.
 */
export function layoutNetworkMap(people: readonly MapPerson[], childCount: number): MapLayout {
  const cells = new Map<string, MapPerson[]>();
  for (const person of people) {
    const key = `${person.sector}:${person.closeness}`;
    const cell = cells.get(key);
    if (cell) cell.push(person);
    else cells.set(key, [person]);
  }

  const childRadius = childCircleRadius(childCount);
  const rings: Ring[] = [];
  const placed = new Map<string, PlacedPerson>();
  let inner = childRadius;

  for (const closeness of CLOSENESS) {
    const fullest = Math.max(0, ...SECTORS.map((sector) => cells.get(`${sector}:${closeness}`)?.length ?? 0));
    const rows = rowsNeeded(inner, fullest);
    const radii = Array.from({ length: rows }, (_, i) => rowRadius(inner, i));
    rings.push({ closeness, inner, outer: inner + 2 * SLOT_RADIUS * rows });

    for (const sector of SECTORS) {
      const cell = cells.get(`${sector}:${closeness}`) ?? [];
      if (cell.length === 0) continue;
      const used = rowsForCell(radii, cell.length);
      const counts = shareRows(used, cell.length);
      let next = 0;
      used.forEach((r, row) => {
        for (const angle of rowAngles(sector, r, counts[row] ?? 0)) {
          const person = cell[next];
          next += 1;
          if (!person) continue;
          const x = r * Math.cos(angle);
          const y = -r * Math.sin(angle);
          placed.set(person.id, {
            id: person.id,
            sector,
            closeness,
            x,
            y: y - MARKER_LIFT,
            labelY: y + LABEL_DROP,
          });
        }
      });
    }
    inner += 2 * SLOT_RADIUS * rows;
  }

  const outerRadius = inner;
  const half = outerRadius + MARGIN;
  return {
    size: 2 * half,
    half,
    childRadius,
    rings,
    outerRadius,
    // In the order given, so the SVG's tab order follows the members list.
    people: people.map((person) => placed.get(person.id)).filter((p): p is PlacedPerson => p !== undefined),
  };
}

/** The short label under a marker: the first name, cut with an ellipsis when long. */
export function markerLabel(name: string, max = 8): string {
  const first = name.trim().split(/\s+/)[0] ?? '';
  const chars = Array.from(first);
  // The cut name is isolated, so a right-to-left name keeps its ellipsis at its end.
  return chars.length <= max ? first : `${isolate(chars.slice(0, max - 1).join(''))}…`;
}

/** Point on a circle of radius r at `degrees` (counterclockwise from east), in SVG coordinates. */
export function polar(r: number, degrees: number): { x: number; y: number } {
  const a = toRadians(degrees);
  return { x: r * Math.cos(a), y: -r * Math.sin(a) };
}
