// adviseOne (add, log, done, show, draft print one application's advice) gives exactly what adviseAll gives it,
// competing offers and acceptances elsewhere included.
import { describe, expect, it } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import { adviseAll, adviseOne } from '../../src/core/advise.js';
import { DEFAULT_SETTINGS } from '../../src/core/model.js';

describe('adviseOne', () => {
  it.each(['2026-10-01', '2026-11-20', '2026-12-24'])('as of %s, for every application', (day) => {
    const apps = makeApplications(300, '2026-11-20').map((a, i) => ({ id: String(i + 1), ...a }));
    const all = adviseAll(apps, DEFAULT_SETTINGS, day);
    for (const a of apps) {
      const one = adviseOne(apps, a.id, DEFAULT_SETTINGS, day);
      const expected = all.find((r) => r.state.app.id === a.id)!;
      expect(one).toEqual(expected);
      expect(one?.advice?.script ?? null).toBe(expected.advice?.script ?? null);
    }
    expect(adviseOne(apps, '99999', DEFAULT_SETTINGS, day)).toBeUndefined();
  });
});
