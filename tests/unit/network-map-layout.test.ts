import { describe, expect, it } from 'vitest';
import {
  CLOSENESS,
  SECTORS,
  type Closeness,
  type Sector,
} from '../../electron/shared/preparation/network.schema';
import {
  layoutNetworkMap,
  MARKER_RADIUS,
  markerLabel,
  SLOT_RADIUS,
  type MapLayout,
  type MapPerson,
} from '../../renderer/src/features/network/network-map-layout';

let seq = 0;
function people(count: number, sector: Sector, closeness: Closeness): MapPerson[] {
  return Array.from({ length: count }, () => {
    seq += 1;
    return { id: `p${seq}`, sector, closeness };
  });
}

/** Which quadrant a sector is drawn in: the sign of x and of y (SVG y points down). */
const QUADRANT: Record<Sector, { x: 1 | -1; y: 1 | -1 }> = {
  family: { x: -1, y: -1 },
  relatives: { x: 1, y: -1 },
  friends: { x: -1, y: 1 },
  professionals: { x: 1, y: 1 },
};

/** Every marker (and its label) inside its own sector and ring, never touching a boundary. */
function expectInsideCells(layout: MapLayout) {
  for (const p of layout.people) {
    const ring = layout.rings.find((r) => r.closeness === p.closeness)!;
    const q = QUADRANT[p.sector];
    for (const [x, y, margin] of [
      [p.x, p.y, MARKER_RADIUS],
      [p.x, p.labelY, 0],
    ] as const) {
      const r = Math.hypot(x, y);
      expect(r, `${p.id} ring`).toBeGreaterThanOrEqual(ring.inner + margin);
      expect(r, `${p.id} ring`).toBeLessThanOrEqual(ring.outer - margin);
      expect(x * q.x, `${p.id} sector`).toBeGreaterThanOrEqual(margin);
      expect(y * q.y, `${p.id} sector`).toBeGreaterThanOrEqual(margin);
    }
    expect(Math.abs(p.x) + MARKER_RADIUS).toBeLessThanOrEqual(layout.half);
    expect(Math.abs(p.y) + MARKER_RADIUS).toBeLessThanOrEqual(layout.half);
  }
}

/** No two markers overlap, and no two name labels sit closer than a slot's width. */
function expectNoOverlaps(layout: MapLayout) {
  const list = layout.people;
  let closest = Infinity;
  let closestLabels = Infinity;
  for (let i = 0; i < list.length; i += 1) {
    for (let j = i + 1; j < list.length; j += 1) {
      const a = list[i]!;
      const b = list[j]!;
      closest = Math.min(closest, Math.hypot(a.x - b.x, a.y - b.y));
      closestLabels = Math.min(closestLabels, Math.hypot(a.x - b.x, a.labelY - b.labelY));
    }
  }
  expect(closest).toBeGreaterThanOrEqual(2 * MARKER_RADIUS);
  // Marker and label travel together, so whole slots are apart: labels never run into each other.
  expect(closestLabels).toBeGreaterThanOrEqual(2 * SLOT_RADIUS - 1e-6);
}

function quadrantOf(x: number, y: number): Sector {
  if (y < 0) return x < 0 ? 'family' : 'relatives';
  return x < 0 ? 'friends' : 'professionals';
}

describe('the network map layout', () => {
  it('puts each person in their sector and ring: family top-left, relatives top-right, friends bottom-left, professionals bottom-right', () => {
    const everyone = SECTORS.flatMap((sector) => CLOSENESS.map((closeness) => people(1, sector, closeness)[0]!));
    const layout = layoutNetworkMap(everyone, 2);

    expect(layout.people).toHaveLength(12);
    for (const person of everyone) {
      const placed = layout.people.find((p) => p.id === person.id)!;
      expect(quadrantOf(placed.x, placed.y)).toBe(person.sector);
    }
    // Closer people are nearer the children in the centre.
    for (const sector of SECTORS) {
      const radii = CLOSENESS.map((closeness) => {
        const p = layout.people.find((q) => q.sector === sector && q.closeness === closeness)!;
        return Math.hypot(p.x, p.y);
      });
      expect(radii[0]).toBeLessThan(radii[1]!);
      expect(radii[1]).toBeLessThan(radii[2]!);
    }
    expect(layout.rings.map((r) => r.closeness)).toEqual(['close', 'middle', 'distant']);
    expect(layout.rings[0]!.inner).toBe(layout.childRadius);
    expect(layout.rings[1]!.inner).toBe(layout.rings[0]!.outer);
    expectInsideCells(layout);
  });

  it('keeps 40 people spread over the map apart and inside their cells', () => {
    const forty = [
      ...people(6, 'family', 'close'),
      ...people(2, 'family', 'middle'),
      ...people(4, 'relatives', 'close'),
      ...people(8, 'relatives', 'middle'),
      ...people(6, 'relatives', 'distant'),
      ...people(5, 'friends', 'middle'),
      ...people(4, 'friends', 'distant'),
      ...people(2, 'professionals', 'close'),
      ...people(3, 'professionals', 'middle'),
    ];
    expect(forty).toHaveLength(40);
    const layout = layoutNetworkMap(forty, 2);
    expect(layout.people).toHaveLength(40);
    expectNoOverlaps(layout);
    expectInsideCells(layout);
    // Readable on a 1280 px window: the drawing is not much larger than the space it gets.
    expect(layout.size).toBeLessThan(1000);
  });

  it.each(SECTORS.flatMap((sector) => CLOSENESS.map((closeness) => [sector, closeness] as const)))(
    'keeps 40 people apart with 20 of them in %s / %s',
    (sector, closeness) => {
      const others = SECTORS.flatMap((s) => CLOSENESS.map((c) => [s, c] as const)).filter(
        ([s, c]) => s !== sector || c !== closeness,
      );
      const crowd = [
        ...people(20, sector, closeness),
        // The other 20 spread over the other eleven cells.
        ...others.flatMap(([s, c], i) => people(i < 9 ? 2 : 1, s, c)),
      ].slice(0, 40);
      expect(crowd).toHaveLength(40);
      const layout = layoutNetworkMap(crowd, 3);
      expect(layout.people).toHaveLength(40);
      expectNoOverlaps(layout);
      expectInsideCells(layout);
    },
  );

  it('keeps 40 people in a single cell apart', () => {
    const layout = layoutNetworkMap(people(40, 'family', 'close'), 1);
    expectNoOverlaps(layout);
    expectInsideCells(layout);
  });

  it('gives the same positions for the same people, whatever the order of other cells', () => {
    const family = people(5, 'family', 'close');
    const friends = people(4, 'friends', 'middle');
    const workers = people(3, 'professionals', 'distant');
    const a = layoutNetworkMap([...family, ...friends, ...workers], 2);
    const b = layoutNetworkMap([...workers, ...friends, ...family], 2);
    expect(layoutNetworkMap([...family, ...friends, ...workers], 2)).toEqual(a);
    const at = (layout: MapLayout, id: string) => layout.people.find((p) => p.id === id);
    for (const person of [...family, ...friends, ...workers]) {
      expect(at(b, person.id)).toEqual(at(a, person.id));
    }
  });

  it('does not move anyone when a person is added to another cell of a ring that has room', () => {
    const family = people(3, 'family', 'middle');
    const before = layoutNetworkMap(family, 2);
    const after = layoutNetworkMap([...family, ...people(1, 'relatives', 'middle')], 2);
    for (const person of family) {
      expect(after.people.find((p) => p.id === person.id)).toEqual(before.people.find((p) => p.id === person.id));
    }
  });

  it('lists people in the order given, so the tab order follows the members list', () => {
    const list = [...people(2, 'friends', 'distant'), ...people(2, 'family', 'close')];
    expect(layoutNetworkMap(list, 1).people.map((p) => p.id)).toEqual(list.map((p) => p.id));
  });

  it('makes room in the centre for many children', () => {
    expect(layoutNetworkMap([], 8).childRadius).toBeGreaterThan(layoutNetworkMap([], 2).childRadius);
  });
});

describe('markerLabel', () => {
  it('shows the first name whole when it is short, in any script', () => {
    expect(markerLabel('Öljymäki Äänekoski')).toBe('Öljymäki');
    expect(markerLabel('فاطمة الحسيني')).toBe('فاطمة');
    expect(markerLabel('Людмила Соколова')).toBe('Людмила');
    expect(markerLabel('  Cawo Maxamed Xuseen ')).toBe('Cawo');
  });

  it('cuts a long first name with an ellipsis', () => {
    expect(markerLabel('Maximiliane Virtanen')).toBe('Maximil…');
    expect(Array.from(markerLabel('Александрина'))).toHaveLength(8);
  });
});
