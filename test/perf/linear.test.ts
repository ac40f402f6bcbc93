// Linear in the data: the work of checking a data file, of status's counts and funnel, and the calendar work
// per application grow as the number of applications does. Work is counted (property reads, calls), never
// timed, so the test says the same on a busy machine: twice the applications may cost about twice the work.
import { describe, expect, it, vi } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';
import type { Application } from '../../src/core/model.js';

// Every call into the calendar is counted (advise and the rules reach it through this module).
const calendarCalls = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/core/calendar.js', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const counted: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(real)) {
    counted[name] =
      typeof value === 'function'
        ? (...args: unknown[]) => {
            calendarCalls.n++;
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
  }
  return counted;
});

const { adviseAll } = await import('../../src/core/advise.js');
const { DEFAULT_SETTINGS } = await import('../../src/core/model.js');
const { problemWith, SCHEMA_VERSION } = await import('../../src/store/schema.js');
const { migrate } = await import('../../src/store/migrate.js');
const { funnel } = await import('../../src/commands/status.js');

const TODAY = '2026-11-20';
const N = 400;

function applications(n: number): Application[] {
  return makeApplications(n, TODAY).map((a, i) => ({ id: String(i + 1), ...a }));
}
function document(apps: Application[]) {
  return { schemaVersion: SCHEMA_VERSION, nextId: apps.length + 1, settings: { holidays: ['2026-11-26', '2026-12-25'] }, applications: apps };
}

/** A deep view of `value` that counts every property read, and the counter. */
function counting<T>(value: T): { view: T; reads: () => number } {
  let reads = 0;
  const proxies = new WeakMap<object, object>();
  const wrap = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    let p = proxies.get(v);
    if (!p) {
      p = new Proxy(v, {
        get(target, key, receiver) {
          reads++;
          return wrap(Reflect.get(target, key, receiver));
        },
      });
      proxies.set(v, p);
    }
    return p;
  };
  return { view: wrap(value) as T, reads: () => reads };
}

/** Work for n and for 2n applications: the second is about twice the first (a quadratic step makes it ~4×). */
function expectLinear(work: (n: number) => number): void {
  const once = work(N);
  const twice = work(2 * N);
  expect(once).toBeGreaterThan(0);
  expect(twice / once).toBeGreaterThan(1.6);
  expect(twice / once).toBeLessThan(2.4);
}

describe('linear in the number of applications', () => {
  it('checking a valid data file (the quick path)', () => {
    expectLinear((n) => {
      const { view, reads } = counting(document(applications(n)));
      expect(problemWith(view)).toBeNull();
      return reads();
    });
  });

  it('checking a data file with a problem in its last application (valibot words it)', () => {
    expectLinear((n) => {
      const apps = applications(n);
      (apps.at(-1)!.events[0] as { date: string }).date = '2026-02-30';
      const { view, reads } = counting(document(apps));
      expect(problemWith(view)).toMatch(/expected a date/);
      return reads();
    });
  });

  it('checking a data file where two applications share an id', () => {
    expectLinear((n) => {
      const apps = applications(n);
      apps.at(-1)!.id = '1';
      const { view, reads } = counting(document(apps));
      expect(problemWith(view)).toBe('two applications share an id');
      return reads();
    });
  });

  it('upgrading an older data file', () => {
    expectLinear((n) => {
      // Version 1: numeric ids and the contact as flat fields (every application is rewritten).
      const v1 = applications(n).map(({ id, contact, ...rest }) => ({ ...rest, id: Number(id), contactName: contact.name, contactEmail: contact.email }));
      const { view, reads } = counting({ schemaVersion: 1, applications: v1 });
      expect(problemWith(migrate(view, 1))).toBeNull();
      return reads();
    });
  });

  it("status's funnel", () => {
    const states = (n: number) => adviseAll(applications(n), DEFAULT_SETTINGS, TODAY).map((r) => r.state);
    expectLinear((n) => {
      const { view, reads } = counting(states(n));
      funnel(view);
      return reads();
    });
  });

  it('calendar calls while advising, with holidays', () => {
    const settings = { ...DEFAULT_SETTINGS, holidays: ['2026-11-26', '2026-12-24', '2026-12-25'] };
    expectLinear((n) => {
      const apps = applications(n);
      calendarCalls.n = 0;
      adviseAll(apps, settings, TODAY);
      return calendarCalls.n;
    });
  });
});
