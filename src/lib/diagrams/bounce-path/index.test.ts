import { describe, expect, it } from 'vitest';
import {
  EDGES,
  NODES,
  VARIANTS,
  VIEW,
  edgeOf,
  edgesOf,
  headPoints,
  nodeById,
  shaftPath,
  variantById,
  type PathNode,
  type Point,
} from './index.ts';

/** True when `p` lies on the outline of `box` (within half a unit). */
function onOutline(p: Point, box: PathNode): boolean {
  const within = (v: number, a: number, b: number) => v >= a - 0.5 && v <= b + 0.5;
  const near = (v: number, w: number) => Math.abs(v - w) <= 0.5;
  const { x, y, width, height } = box;
  return (
    ((near(p.x, x) || near(p.x, x + width)) && within(p.y, y, y + height)) ||
    ((near(p.y, y) || near(p.y, y + height)) && within(p.x, x, x + width))
  );
}

describe('the path of a bounce', () => {
  it('has unique node and edge ids', () => {
    expect(new Set(NODES.map((n) => n.id)).size).toBe(NODES.length);
    expect(new Set(EDGES.map((e) => e.id)).size).toBe(EDGES.length);
    expect(() => nodeById('nowhere' as never)).toThrow(/No node/);
    expect(() => edgeOf('nowhere' as never)).toThrow(/No edge/);
  });

  it('lays the boxes out inside the drawing without overlaps', () => {
    for (const n of NODES) {
      expect(n.x).toBeGreaterThanOrEqual(0);
      expect(n.y).toBeGreaterThanOrEqual(0);
      expect(n.x + n.width).toBeLessThanOrEqual(VIEW.width);
      expect(n.y + n.height).toBeLessThanOrEqual(VIEW.height);
      // About 5.5 units per character at the 10-unit example size (the browser test measures it).
      expect(n.example.length * 5.5, n.id).toBeLessThan(n.width - 4);
    }
    for (const a of NODES) {
      for (const b of NODES) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.id} and ${b.id}`).toBe(true);
      }
    }
  });

  it('starts and ends every arrow on the outline of its boxes', () => {
    for (const e of EDGES) {
      const first = e.points[0];
      const last = e.points.at(-1);
      expect(first && onOutline(first, nodeById(e.from)), `${e.id} start`).toBe(true);
      expect(last && onOutline(last, nodeById(e.to)), `${e.id} end`).toBe(true);
      for (const p of [...e.points, e.labelAt]) {
        expect(p.x).toBeGreaterThanOrEqual(0);
        expect(p.x).toBeLessThanOrEqual(VIEW.width);
        expect(p.y).toBeLessThanOrEqual(VIEW.height);
      }
    }
  });

  it('draws an arrow head whose tip touches the target and a shaft that stops at the head', () => {
    const smtp = edgeOf('smtp'); // (222, 66) down to (222, 156)
    expect(headPoints(smtp)).toBe('222,156 217.5,147 226.5,147');
    expect(shaftPath(smtp)).toBe('M222 66 L222 147');
    const back = edgeOf('dsn-async'); // right to left, (186, 185) to (134, 185)
    expect(headPoints(back).split(' ')[0]).toBe('134,185');
    expect(shaftPath(back)).toBe('M186 185 L143 185');
  });

  it('walks both variants from the sender to the suppression list', () => {
    expect(VARIANTS.map((v) => v.id)).toEqual(['sync', 'async']);
    for (const v of VARIANTS) {
      expect(v.steps[0]?.node).toBe('sender');
      expect(v.steps.at(-1)).toMatchObject({ node: 'suppression', edge: 'suppress' });
      for (const s of v.steps) {
        expect(NODES.some((n) => n.id === s.node)).toBe(true);
        if (s.edge) {
          const edge = edgeOf(s.edge);
          // The highlighted box is one end of the highlighted arrow.
          expect([edge.from, edge.to], `${v.id}: ${s.title}`).toContain(s.node);
        }
        expect(v.unused).not.toContain(s.node);
        // One sentence each.
        expect(s.text.match(/[.!?](\s|$)/g)?.length, s.text).toBe(1);
      }
    }
  });

  it('has the sending MTA write the bounce after a refusal during the conversation', () => {
    const sync = variantById('sync');
    const edges = edgesOf(sync).map((e) => e.id);
    expect(edges).toEqual(['submit', 'smtp', 'refuse', 'dsn-sync', 'suppress']);
    expect(edgeOf('refuse').label).toMatch(/^5\d\d 5\.\d+\.\d+$/);
    expect(edgeOf('dsn-sync').from).toBe('sending-mta');
    expect(sync.unused).toEqual(['mailbox']);
    expect(sync.steps.some((s) => s.node === 'mailbox')).toBe(false);
  });

  it('has the receiving MTA write the bounce after accepting the message', () => {
    const async = variantById('async');
    expect(edgesOf(async).map((e) => e.id)).toEqual([
      'submit',
      'smtp',
      'accept',
      'deliver',
      'dsn-async',
      'suppress',
    ]);
    expect(edgeOf('accept').label).toMatch(/^250\b/);
    expect(edgeOf('dsn-async').from).toBe('receiving-mta');
    const order = async.steps.map((s) => s.edge);
    expect(order.indexOf('accept')).toBeLessThan(order.indexOf('deliver'));
    expect(order.indexOf('deliver')).toBeLessThan(order.indexOf('dsn-async'));
    expect(() => variantById('later' as never)).toThrow(/No variant/);
  });
});
