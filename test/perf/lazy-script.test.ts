// The morning list and the pipeline table show no script: they write none (adviseAll's lazyScripts: a script is
// written when first read).
// --json, show and draft still carry every script. Work is counted, never timed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeApplications } from '../../scripts/bench-apps.js';

const written = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/core/script-facts.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/core/script-facts.js')>();
  return {
    ...real,
    scriptForAdvice: (...args: Parameters<typeof real.scriptForAdvice>) => {
      written.n++;
      return real.scriptForAdvice(...args);
    },
  };
});

const { updateData } = await import('../../src/store/store.js');
const { today } = await import('../../src/commands/today.js');
const { status } = await import('../../src/commands/status.js');
const { adviseAll } = await import('../../src/core/advise.js');
const { DEFAULT_SETTINGS } = await import('../../src/core/model.js');

const TODAY = '2026-11-20';
const N = 200;
let dir: string;
let file: string;

async function scriptsWrittenBy(command: (ctx: any) => Promise<void>): Promise<{ n: number; out: string }> {
  let out = '';
  const ctx = { file, today: TODAY, canPrompt: false, lockTimeoutMs: 5000, columns: 80, print: (t: string) => void (out += t) };
  written.n = 0;
  await command(ctx);
  return { n: written.n, out };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'followup-lazy-'));
  file = join(dir, 'followup.json');
  const apps = makeApplications(N, TODAY);
  await updateData({ file, lockTimeoutMs: 10_000 }, (data) => {
    for (const app of apps) data.applications.push({ id: String(data.nextId++), ...app });
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('scripts are written only when read', () => {
  it('today and status, for a person, write none', async () => {
    expect((await scriptsWrittenBy((ctx) => today(ctx, {}))).n).toBe(0);
    expect((await scriptsWrittenBy((ctx) => today(ctx, { all: true }))).n).toBe(0);
    expect((await scriptsWrittenBy((ctx) => status(ctx, {}))).n).toBe(0);
  });

  it('today --json writes one for every item, at once', async () => {
    const { n, out } = await scriptsWrittenBy((ctx) => today(ctx, { json: true }));
    const items = JSON.parse(out).items as { action: string; kind: string; script: string | null }[];
    expect(items.length).toBeGreaterThan(N / 4);
    expect(n).toBe(items.length);
    expect(items.filter((i) => i.script !== null).length).toBeGreaterThan(N / 8);
  });

  it('a script read twice is written once, and is the same as one read at once', () => {
    const apps = makeApplications(20, TODAY).map((a, i) => ({ id: String(i + 1), ...a }));
    written.n = 0;
    const advised = adviseAll(apps, DEFAULT_SETTINGS, TODAY, { lazyScripts: true }).filter((r) => r.advice);
    expect(written.n).toBe(0);
    const first = advised.map((r) => r.advice!.script);
    expect(advised.map((r) => r.advice!.script)).toEqual(first);
    expect(written.n).toBe(advised.length);
    expect(JSON.parse(JSON.stringify(advised[0]!.advice)).script).toBe(first[0]);
    expect(Object.keys(advised[0]!.advice!)).toContain('script');
  });
});
