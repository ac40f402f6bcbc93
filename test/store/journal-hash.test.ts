// The journal hashes the data's file text, and a save cuts each application's text out of it (data-text.ts) to
// tell which applications a change touched. The cut must give each application whole, for any data, and must
// refuse text that is not laid out as followup writes it.
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import { applicationTexts, hashData } from '../../src/store/data-text.js';
import { fileText } from '../../src/store/datafile.js';
import type { Data } from '../../src/store/schema.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const apps = makeApplications(50, '2026-11-20').map((a, i) => ({ id: String(i + 1), ...a }));
const cases: [string, unknown][] = [
  ['a usual file', { schemaVersion: 3, nextId: 51, settings: { name: 'Ann', holidays: ['2026-12-25'] }, applications: apps }],
  ['no applications', { schemaVersion: 3, nextId: 1, settings: {}, applications: [] }],
  [
    'keys in another order, unknown ones, undefined values, text that looks like a line of the file',
    {
      applications: [{ ...apps[0], notes: '\n    {\n    }\n  ]' }, ...apps.slice(1, 3)],
      extra: { deep: [1, { a: null }], list: [{ b: 1 }] },
      nextId: 4,
      gone: undefined,
      settings: { country: null, signature: 'A\n"B"', rows: [{ c: [{ d: 2 }] }] },
      schemaVersion: 3,
      z: 'é \u2028 \u0007',
    },
  ],
];

describe('the file text and its hash', () => {
  it.each(cases)('%s: each application cut whole out of the file text', (_label, data) => {
    const d = data as Data;
    const texts = applicationTexts(fileText(d), d.applications.length);
    expect(texts).not.toBeNull();
    expect(texts!.map((t) => JSON.parse(t))).toEqual(JSON.parse(JSON.stringify(d.applications)));
    expect(texts!.every((t) => t.startsWith('    {') && t.endsWith('\n    }'))).toBe(true);
  });

  it('hashes the file text, or (entries of journal version 1) the compact JSON', () => {
    const d = cases[0]![1] as Data;
    expect(hashData(d)).toBe(sha(`${JSON.stringify(d, null, 2)}\n`));
    expect(hashData(d, 'json')).toBe(sha(JSON.stringify(d)));
  });

  it('refuses text not laid out as followup writes it', () => {
    const d = cases[0]![1] as Data;
    const n = d.applications.length;
    expect(applicationTexts(JSON.stringify(d), n)).toBeNull();
    expect(applicationTexts(JSON.stringify(d, null, 4), n)).toBeNull();
    expect(applicationTexts(fileText(d), n + 1)).toBeNull();
    expect(applicationTexts(fileText(d), n - 1)).toBeNull();
    // An empty application would otherwise take the next one's end.
    for (const at of [0, 1, n - 1]) {
      const holed = { ...d, applications: d.applications.map((a, i) => (i === at ? {} : a)) };
      expect(applicationTexts(fileText(holed as Data), n)).toBeNull();
    }
  });

  it('gives equal texts exactly for equal applications, whatever they hold', () => {
    const value = fc.jsonValue({ maxDepth: 3 });
    const application = fc.dictionary(fc.string({ maxLength: 6 }), value, { minKeys: 1, maxKeys: 5 });
    fc.assert(
      fc.property(fc.array(application, { maxLength: 8 }), fc.dictionary(fc.string({ maxLength: 4 }), value), (list, rest) => {
        const d = { ...rest, applications: list } as unknown as Data;
        const texts = applicationTexts(fileText(d), list.length);
        expect(texts).not.toBeNull();
        const compact = list.map((a) => JSON.stringify(a));
        texts!.forEach((t, i) => {
          expect(JSON.stringify(JSON.parse(t))).toBe(compact[i]);
          texts!.forEach((u, j) => expect(t === u).toBe(compact[i] === compact[j]));
        });
      }),
      { numRuns: 300 },
    );
  });
});
