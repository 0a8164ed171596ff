import { describe, expect, it } from 'vitest';
import { STATUS_CLASSES, STATUS_DETAILS, STATUS_SUBJECTS } from '../../bounce/catalog/index.ts';
import { PROVIDER_CODES_ANCHOR, statusMap } from './index.ts';

const cell = (map: ReturnType<typeof statusMap>, digit: string, subject: string) =>
  map.rows.find((r) => r.subject === subject)?.cells.find((c) => c.digit === digit)?.codes ?? [];

describe('status-code map', () => {
  it('has the three classes across and the eight subjects down', () => {
    const map = statusMap([]);
    expect(map.columns.map((c) => c.pattern)).toEqual(['2.X.X', '4.X.X', '5.X.X']);
    expect(map.columns.map((c) => c.anchor)).toEqual(STATUS_CLASSES.map((c) => c.anchor));
    expect(map.rows.map((r) => r.pattern)).toEqual([
      'X.0',
      'X.1',
      'X.2',
      'X.3',
      'X.4',
      'X.5',
      'X.6',
      'X.7',
    ]);
    expect(map.rows.map((r) => r.anchor)).toEqual(STATUS_SUBJECTS.map((s) => s.anchor));
    expect(map.rows[1]?.title).toBe('Addressing');
    expect(map.rows[7]?.title).toBe('Security or Policy');
    for (const row of map.rows) expect(row.cells.map((c) => c.codes.length)).toEqual([0, 0, 0]);
  });

  it('puts each code in the cell of its class and subject, in numeric order, counted', () => {
    const map = statusMap(['5.1.10', '5.1.1', '5.1.2', '5.1.1', '4.2.2', '2.0.0', ' 5.2.2 ']);
    expect(cell(map, '5', '1').map((c) => [c.code, c.count])).toEqual([
      ['5.1.1', 2],
      ['5.1.2', 1],
      ['5.1.10', 1],
    ]);
    expect(cell(map, '4', '2').map((c) => c.code)).toEqual(['4.2.2']);
    expect(cell(map, '5', '2').map((c) => c.code)).toEqual(['5.2.2']);
    expect(cell(map, '2', '0').map((c) => c.code)).toEqual(['2.0.0']);
    expect(cell(map, '4', '1')).toEqual([]);
  });

  it('links registered codes to their detail, provider codes to the provider list, others to their subject', () => {
    const map = statusMap(['5.1.1', '4.2.2', '5.7.515', '5.7.999']);
    expect(cell(map, '5', '1')[0]).toMatchObject({
      anchor: 'x-1-1',
      title: 'Bad destination mailbox address',
      source: 'registered',
    });
    expect(cell(map, '4', '2')[0]?.anchor).toBe('x-2-2');
    expect(cell(map, '5', '7').map((c) => [c.code, c.anchor, c.source])).toEqual([
      ['5.7.515', PROVIDER_CODES_ANCHOR, 'provider'],
      ['5.7.999', 'x-7-x', 'unknown'],
    ]);
    const anchors = new Set([
      ...STATUS_DETAILS.map((d) => d.anchor),
      ...STATUS_SUBJECTS.map((s) => s.anchor),
      PROVIDER_CODES_ANCHOR,
    ]);
    for (const row of map.rows)
      for (const c of row.cells)
        for (const code of c.codes) expect(anchors.has(code.anchor)).toBe(true);
  });

  it('ignores what is not an enhanced status code', () => {
    const map = statusMap(['550', '5.1', '3.1.1', '5.01.1', '4.16.55.1', '']);
    expect(map.rows.flatMap((r) => r.cells.flatMap((c) => c.codes))).toEqual([]);
  });
});
