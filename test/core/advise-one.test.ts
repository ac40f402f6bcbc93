// adviseOne (add, log, done, show, draft print one application's advice) gives exactly what adviseAll gives it,
// competing offers and acceptances elsewhere included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import { adviseAll, adviseOne } from '../../src/core/advise.js';
import { DEFAULT_SETTINGS } from '../../src/core/model.js';
import { deriveState, standing } from '../../src/core/timeline.js';
import { anyApps, anyEvent, anySettings, november, plausibleEvent } from './arbitrary.js';

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

  it('with offers accepted elsewhere, two on the same day among them (R3 keeps the first in the log)', () => {
    const apps = makeApplications(200, '2026-11-20').map((a, i) => ({ id: String(i + 1), ...a }));
    const offered = apps.filter((a) => a.events.some((e) => e.type === 'offer') && !a.events.some((e) => ['rejected', 'withdrawn', 'moved-on'].includes(e.type)));
    expect(offered.length).toBeGreaterThan(4);
    for (const a of offered.slice(0, 3)) a.events.push({ type: 'accepted', date: '2026-11-19' });
    const all = adviseAll(apps, DEFAULT_SETTINGS, '2026-11-20');
    for (const a of apps) expect(adviseOne(apps, a.id, DEFAULT_SETTINGS, '2026-11-20')).toEqual(all.find((r) => r.state.app.id === a.id));
  });

  it('for random logs: the same as adviseAll, and the standing as deriveState derives it', () => {
    for (const event of [plausibleEvent, anyEvent]) {
      fc.assert(
        fc.property(anyApps(event), anySettings, november, (apps, settings, today) => {
          const all = adviseAll(apps, settings, today);
          for (const a of apps) {
            const { app, asOf, stage, closed, closedBy, offer } = deriveState(a, today);
            expect(standing(a, today)).toEqual({ app, asOf, stage, closed, closedBy, offer });
            expect(adviseOne(apps, a.id, settings, today)).toEqual(all.find((r) => r.state.app.id === a.id));
          }
        }),
        { numRuns: 300 },
      );
    }
  });
});
