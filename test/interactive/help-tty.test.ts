// Issue 9 in a real terminal (tmux): `followup` alone, the morning list cut to the window's height, prose
// wrapped to a 60-column window, and bash completion on Tab. Reference day: FOLLOWUP_NOW=2026-11-20.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BIN, run, tempDb } from '../helpers/cli.js';
import { cloneApplications } from '../cli/data.js';
import { HAS_TMUX, Pane, q } from './pane.js';

const NOW = '2026-11-20';
const panes: Pane[] = [];
afterEach(() => {
  for (const p of panes.splice(0)) p.stop();
});

/** Runs followup in a pane of the given size; "[exit N]" is printed after it, with no newline, as a prompt would be. */
async function followup(db: string, dir: string, args: string[], width: number, height: number): Promise<Pane> {
  const pane = new Pane();
  panes.push(pane);
  const cmd = `env -u FORCE_COLOR FOLLOWUP_DB=${q(db)} FOLLOWUP_NOW=${NOW} NO_COLOR=1 ${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')}; printf '[exit %s]' $?; exec sleep 600`;
  await pane.start(cmd, width, height, dir);
  return pane;
}

function add(db: string, args: string[]): void {
  const r = run(['add', ...args], { db, now: NOW });
  expect(r.code, r.stderr).toBe(0);
}

describe.runIf(HAS_TMUX)('in a terminal', () => {
  const t = tempDb();
  const empty = join(t.dir, 'empty.json');
  beforeAll(() => {
    add(t.db, ['--company', 'Acme', '--role', 'Backend Engineer', '--date', '2026-11-02', '--contact', 'Jane Roe', '--email', 'jane@acme.example']);
    add(t.db, ['--company', 'Beta', '--date', '2026-11-16']);
  });
  afterAll(() => t.cleanup());

  it('followup alone, with data: the morning list', async () => {
    const pane = await followup(t.db, t.dir, [], 100, 30);
    const screen = await pane.waitFor(/\[exit \d+\]/);
    expect(screen).toMatch(/^followup · Fri 20 Nov 2026/m);
    expect(screen).toContain('To do now');
    expect(screen).toContain('[exit 0]');
  }, 60_000);

  it('followup alone, no data yet: the getting-started note', async () => {
    const pane = await followup(empty, t.dir, [], 100, 30);
    const screen = await pane.waitFor(/\[exit \d+\]/);
    expect(screen).toContain('Welcome to followup.');
    for (const what of ['followup add', 'followup today', 'followup done', 'followup config name', 'followup config country']) expect(screen).toContain(what);
    expect(screen).toContain('[exit 0]');
  }, 60_000);

  it('followup alone, piped even on a terminal: the usage', async () => {
    const pane = new Pane();
    panes.push(pane);
    await pane.start(`env FOLLOWUP_DB=${q(t.db)} ${q(process.execPath)} ${q(BIN)} | head -3; echo "[exit $?]"; exec sleep 600`, 100, 40, t.dir);
    const screen = await pane.waitFor(/\[exit \d+\]/);
    expect(screen).toMatch(/^Usage: followup/m);
  }, 60_000);

  it('a 60-column window: show, draft and today wrap at word boundaries, no line wider', async () => {
    for (const args of [['show', 'acme'], ['draft', 'acme'], ['today'], ['help', 'log']]) {
      const pane = await followup(t.db, t.dir, args, 60, 60);
      const screen = await pane.waitFor(/\[exit 0\]/);
      // Joined capture: a line the terminal had to fold would come back longer than 60.
      for (const line of screen.split('\n')) expect([...line].length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(60);
      pane.stop();
    }
  }, 120_000);
});

describe.runIf(HAS_TMUX)('a long morning list in a small window', () => {
  const t = tempDb();
  beforeAll(() => {
    add(t.db, ['--company', 'Model', '--date', '2026-11-02']);
    cloneApplications(t.db, '1', 39, 2, (i) => `Company ${i}`);
  });
  afterAll(() => t.cleanup());

  it('is cut to the height, with a last line saying how many more and --all', async () => {
    const pane = await followup(t.db, t.dir, ['today'], 80, 15);
    const screen = await pane.waitFor(/\[exit \d+\]/);
    const lines = screen.split('\n');
    expect(lines[0]).toMatch(/^followup · Fri 20 Nov 2026/);
    const more = lines.find((l) => /more: 'followup today --all'/.test(l));
    expect(more).toBeDefined();
    const shown = lines.filter((l) => /^ {2}\d+ +EMAIL/.test(l)).length;
    expect(Number(/… (\d+) more/.exec(more!)![1])).toBe(40 - shown);
    expect(lines.findIndex((l) => l.includes('[exit 0]'))).toBeLessThanOrEqual(14);
  }, 60_000);

  it('with --all, nothing is cut', async () => {
    const pane = await followup(t.db, t.dir, ['today', '--all'], 80, 15);
    await pane.waitFor(/\[exit \d+\]/);
    const r = run(['today', '--all'], { db: t.db, now: NOW });
    expect(r.stdout).not.toContain('more:');
    expect(r.stdout.match(/^ {2}\d+ +EMAIL/gm)).toHaveLength(40);
  }, 60_000);
});

describe.runIf(HAS_TMUX)('bash completion', () => {
  const t = tempDb();
  let pane: Pane;
  beforeAll(async () => {
    add(t.db, ['--company', 'Acme', '--date', '2026-11-02']);
    add(t.db, ['--company', 'Zenith', '--date', '2026-11-02']);
    // `followup` on the PATH, as after npm link, and the script written once, as the README says.
    writeFileSync(join(t.dir, 'followup'), `#!/bin/sh\nexec ${q(process.execPath)} ${q(BIN)} "$@"\n`);
    chmodSync(join(t.dir, 'followup'), 0o755);
    const script = run(['completion', 'bash'], { db: t.db, now: NOW });
    expect(script.code).toBe(0);
    writeFileSync(join(t.dir, 'followup.bash'), script.stdout);
    pane = new Pane();
    await pane.start(
      `env -u FORCE_COLOR PATH=${q(t.dir)}:"$PATH" FOLLOWUP_DB=${q(t.db)} FOLLOWUP_NOW=${NOW} NO_COLOR=1 PS1='$ ' bash --norc --noprofile`,
      100,
      20,
      t.dir,
    );
    await pane.waitFor(/^\$ $/m);
    await pane.type(`source ${q(join(t.dir, 'followup.bash'))}; clear`);
    await pane.press('Enter');
    await pane.waitFor(/^\$ $/m);
  }, 60_000);
  afterAll(() => {
    pane?.stop();
    t.cleanup();
  });

  /** Types the start of a command line, presses Tab, and returns the line as completed. */
  async function tab(typed: string, expected: RegExp): Promise<void> {
    await pane.press('C-u');
    await pane.type(typed);
    await pane.press('Tab');
    const screen = await pane.waitFor(expected);
    expect(screen).toMatch(expected);
  }

  it('completes a command', async () => {
    await tab('followup sta', /^\$ followup status\s*$/m);
  }, 60_000);

  it('completes an event name', async () => {
    await tab('followup log 1 inter', /^\$ followup log 1 interview\s*$/m);
  }, 60_000);

  it('completes a company name from the data file', async () => {
    await tab('followup show Ze', /^\$ followup show Zenith\s*$/m);
  }, 60_000);

  it('completes a company name typed in lower case', async () => {
    await tab('followup log ac', /^\$ followup log acme\s*$/m);
  }, 60_000);

  it('completes a stage after --stage', async () => {
    await tab('followup add --stage of', /^\$ followup add --stage offer\s*$/m);
  }, 60_000);
});
