// The journal hashes the data as JSON.stringify writes it. A save builds that text from each application's text,
// made once (journal.ts): it must be the very same text, so the same hash, whatever the data holds.
import { describe, expect, it } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import { hashData } from '../../src/store/data-text.js';
import type { Data } from '../../src/store/schema.js';

const pieceByPiece = (value: unknown) => JSON.stringify(value);

describe('hashData from the applications’ texts', () => {
  const apps = makeApplications(50, '2026-11-20').map((a, i) => ({ id: String(i + 1), ...a }));
  const cases: [string, unknown][] = [
    ['a usual file', { schemaVersion: 3, nextId: 51, settings: { name: 'Ann', holidays: ['2026-12-25'] }, applications: apps }],
    ['no applications', { schemaVersion: 3, nextId: 1, settings: {}, applications: [] }],
    ['keys in another order, unknown ones, undefined values', { applications: apps.slice(0, 3), extra: { deep: [1, { a: null }] }, nextId: 4, gone: undefined, settings: { country: null, signature: 'A\n"B"' }, schemaVersion: 3, z: 'é \u2028 \u0007' }],
  ];
  it.each(cases)('%s', (_label, data) => {
    expect(hashData(data as Data, pieceByPiece)).toBe(hashData(data as Data));
  });
});
