// The prompts in a real terminal: the built bin runs inside a detached tmux pane (a real pty, so stdin and
// stdout are TTYs), keys go in with send-keys, and the screen comes back with capture-pane.
// Needs tmux (CI installs it); without it these tests are skipped locally and fail on CI (CI is set).
// Reference day: FOLLOWUP_NOW=2026-11-20, a Friday.
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { BIN, run, tempDb } from '../helpers/cli.js';
import { q, tmuxEnv } from './pane.js';

/** The screen with wrapped lines joined again (a continuation is indented by two spaces). */
function unwrapped(screen: string): string {
  return screen.replace(/\n {2}(?=\S)/g, ' ');
}

const execFileAsync = promisify(execFile);

const NOW = '2026-11-20';
/** The longest any one wait may take: a loaded 2-core machine can be slow to start node, never this slow. */
const WAIT_MS = 20_000;
const POLL_MS = 100;
const TEST_TIMEOUT_MS = 180_000;

const HAS_TMUX = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
const ON_CI = Boolean(process.env.CI);

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** The servers started, by socket name, with their socket file's path once known. */
const sockets = new Map<string, string | null>();

/** Stops the server and removes its socket file (tmux 3.3 leaves it behind after kill-server). */
function killServer(socket: string): void {
  const path = sockets.get(socket);
  spawnSync('tmux', ['-L', socket, 'kill-server'], { stdio: 'ignore', env: tmuxEnv() });
  if (path) rmSync(path, { force: true });
  sockets.delete(socket);
}

/** One followup run in its own tmux server (own socket), 100×40, with stderr and the exit code in files. */
class Terminal {
  readonly socket = `followup-test-${process.pid}-${randomBytes(4).toString('hex')}`;
  private readonly errFile: string;
  private readonly codeFile: string;

  constructor(
    private readonly dir: string,
    private readonly db: string,
  ) {
    this.errFile = join(dir, 'stderr.txt');
    this.codeFile = join(dir, 'exit-code');
  }

  private async tmux(...args: string[]): Promise<string> {
    const { stdout } = await execFileAsync('tmux', ['-L', this.socket, ...args], { env: tmuxEnv(), timeout: WAIT_MS });
    return stdout;
  }

  /** Starts `followup ...args`; the pane stays open after it exits (sleep), so the screen can still be read. */
  async start(args: string[]): Promise<void> {
    const command = [
      `env -u FORCE_COLOR FOLLOWUP_DB=${q(this.db)} FOLLOWUP_NOW=${NOW} NO_COLOR=1`,
      `${q(process.execPath)} ${q(BIN)} ${args.map(q).join(' ')} 2>${q(this.errFile)};`,
      // Written then renamed, so a reader never sees a half-written code.
      `echo $? >${q(`${this.codeFile}.tmp`)} && mv ${q(`${this.codeFile}.tmp`)} ${q(this.codeFile)};`,
      'exec sleep 600',
    ].join(' ');
    sockets.set(this.socket, null);
    await this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', 't', '-x', '100', '-y', '40', '-c', this.dir, command);
    sockets.set(this.socket, (await this.tmux('display-message', '-p', '#{socket_path}')).trim() || null);
  }

  /** The visible screen, wrapped lines joined. */
  async screen(): Promise<string> {
    return this.tmux('capture-pane', '-p', '-J', '-t', 't');
  }

  stderr(): string {
    return existsSync(this.errFile) ? readFileSync(this.errFile, 'utf8') : '';
  }

  exited(): number | null {
    if (!existsSync(this.codeFile)) return null;
    return Number(readFileSync(this.codeFile, 'utf8').trim());
  }

  /** Polls the screen until it matches; fails after WAIT_MS, or at once if followup exited without showing it. */
  async waitFor(what: string | RegExp, timeoutMs = WAIT_MS): Promise<string> {
    const matches = (s: string) => (typeof what === 'string' ? s.includes(what) : what.test(s));
    const deadline = Date.now() + timeoutMs;
    let exitSeenAt: number | null = null;
    for (;;) {
      const code = this.exited();
      if (code !== null) exitSeenAt ??= Date.now();
      const screen = await this.screen();
      if (matches(screen)) return screen;
      // Once followup has exited, nothing new will come: give tmux a second to draw the last output, then fail.
      if (exitSeenAt !== null && Date.now() - exitSeenAt > 1000) {
        throw new Error(`followup exited (${code}) without showing ${String(what)}\n--- screen ---\n${screen}\n--- stderr ---\n${this.stderr()}`);
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs} ms waiting for ${String(what)}\n--- screen ---\n${screen}\n--- stderr ---\n${this.stderr()}`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Waits for followup to exit and returns its exit code. */
  async exitCode(timeoutMs = WAIT_MS): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const code = this.exited();
      if (code !== null) return code;
      if (Date.now() > deadline) {
        throw new Error(`followup did not exit within ${timeoutMs} ms\n--- screen ---\n${await this.screen()}\n--- stderr ---\n${this.stderr()}`);
      }
      await sleep(POLL_MS);
    }
  }

  /** Types text literally (no key names). */
  async type(text: string): Promise<void> {
    await this.tmux('send-keys', '-t', 't', '-l', text);
  }

  /** Presses keys by tmux name: Enter, Down, C-c, C-u. */
  async press(...keys: string[]): Promise<void> {
    await this.tmux('send-keys', '-t', 't', ...keys);
  }

  /** Waits for the question to be the active one ("? Message"), then types the answer (if any) and Enter. */
  async answer(question: string, text = ''): Promise<void> {
    await this.waitFor(activePrompt(question));
    if (text) await this.type(text);
    await this.press('Enter');
  }

  /**
   * Waits for a select question, reads where its cursor starts (the default), moves it to the choice with
   * Down or Up, waits until the cursor is drawn on the choice, then presses Enter.
   */
  async choose(question: string, choices: readonly string[], choice: string): Promise<void> {
    const target = choices.indexOf(choice);
    if (target < 0) throw new Error(`'${choice}' is not one of ${choices.join(', ')}`);
    const screen = await this.waitFor(new RegExp(`${activePrompt(question).source}[^]*^❯ `, 'm'));
    const current = choices.indexOf(/^❯ (.*?)\s*$/m.exec(screen.slice(screen.search(activePrompt(question))))?.[1] ?? '');
    if (current < 0) throw new Error(`no choice of ${choices.join(', ')} is under the cursor\n--- screen ---\n${screen}`);
    const key = target > current ? 'Down' : 'Up';
    for (let i = 0; i < Math.abs(target - current); i++) await this.press(key);
    await this.waitFor(new RegExp(`^❯ ${escape(choice)}\\s*$`, 'm'));
    await this.press('Enter');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The question being asked (inquirer draws "? Message"; an answered one becomes "✔ Message answer"). */
function activePrompt(question: string): RegExp {
  return new RegExp(`^\\? ${escape(question)}`, 'm');
}

const STAGES = ['applied', 'screen', 'interview', 'final', 'offer'] as const;
const CUES = ['encouraging', 'neutral', 'unsure', 'negative', '(skip)'] as const;
const EXPECT_BY = "When did they say they'd get back to you?";
const INVITED = 'Did they ask you to follow up on a given day?';
const THANKED = 'Have you sent a thank-you note yet?';
const DEADLINE = "The offer's deadline?";

/** Everything a data folder holds, with each file's bytes: "nothing was written" means this is unchanged. */
function snapshot(folder: string): Record<string, string> {
  if (!existsSync(folder)) return {};
  return Object.fromEntries(
    readdirSync(folder, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => [e.name, e.isFile() ? readFileSync(join(folder, e.name)).toString('base64') : `(${e.isDirectory() ? 'folder' : 'other'})`]),
  );
}

function readDb(db: string): any {
  return JSON.parse(readFileSync(db, 'utf8'));
}

function expectNoStackTrace(...texts: string[]): void {
  for (const text of texts) expect(text).not.toContain('    at ');
}

// On CI a missing tmux is a failure, not a silent skip: CI installs it, so its absence is a broken setup.
describe.runIf(!HAS_TMUX && ON_CI)('the real-terminal tests on CI', () => {
  it('need tmux on PATH', () => {
    throw new Error('tmux is not on PATH, and CI is set: install it (apt-get install -y tmux, or brew install tmux); locally these tests are skipped without it');
  });
});

describe.skipIf(!HAS_TMUX)('followup in a real terminal (tmux)', () => {
  let temp: ReturnType<typeof tempDb>;
  /** The data folder: separate from the terminal's own files, so "nothing written" can look at all of it. */
  let dataDir: string;
  let db: string;
  let terms: Terminal[] = [];

  afterEach(() => {
    for (const t of terms) killServer(t.socket);
    terms = [];
    temp?.cleanup();
  });

  afterAll(() => {
    for (const socket of [...sockets.keys()]) killServer(socket);
  });

  function fresh(): void {
    temp = tempDb();
    dataDir = join(temp.dir, 'data');
    db = join(dataDir, 'followup.json');
  }

  async function open(args: string[]): Promise<Terminal> {
    const t = new Terminal(temp.dir, db);
    terms.push(t);
    await t.start(args);
    return t;
  }

  /** An existing data file with one application, made without a terminal. */
  function seed(...args: string[]): void {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const r = run(['add', '--no-input', ...args], { db, now: NOW });
    expect(r.code, r.stderr).toBe(0);
  }

  it(
    'add: asks every question, saves the interview with its events and contact, prints the advice, exits 0',
    async () => {
      fresh();
      const t = await open(['add']);
      await t.answer('Company:', 'Acme');
      await t.answer('Role:', 'Backend Engineer');
      await t.choose('Stage:', STAGES, 'interview');
      await t.answer('Round:'); // default 1
      await t.answer('Date of it:', '2026-11-19');
      await t.answer(EXPECT_BY, 'fri');
      // Said back in words, counted from the interview's own day.
      await t.waitFor(/^✔ When did they say they'd get back to you\? .*fri → Fri 20 Nov/m);
      await t.answer(INVITED);
      await t.answer(THANKED, 'n');
      await t.choose('How did it feel?', CUES, 'encouraging');
      await t.answer('Contact name:', 'Jane Doe');
      await t.answer('Contact email:', 'jane@acme.test');
      await t.answer('Contact phone:', '+1 555 0100');
      await t.answer('Note:', 'met the team');

      expect(await t.exitCode()).toBe(0);
      const screen = await t.waitFor(/thank-you/);
      // The recorded line wraps at 80 columns, its rest indented by two.
      expect(unwrapped(screen)).toMatch(/^Added #1 Acme · Backend Engineer: interview 1 on Thu 19 Nov; they'll get back to you by Fri 20 Nov, felt encouraging$/m);
      expect(screen).toContain('#1 Acme · Backend Engineer · interview 1');
      expect(screen).toMatch(/^EMAIL overdue 1d \(Thu 19 Nov\)/m);
      expect(t.stderr()).toBe('');

      const data = readDb(db);
      expect(data).toMatchObject({ schemaVersion: 3, nextId: 2 });
      expect(data.applications).toEqual([
        {
          id: '1',
          company: 'Acme',
          role: 'Backend Engineer',
          contact: { name: 'Jane Doe', email: 'jane@acme.test', phone: '+1 555 0100' },
          noCalls: false,
          events: [{ type: 'interview', date: '2026-11-19', round: 1, expectBy: '2026-11-20', cue: 'encouraging', note: 'met the team' }],
        },
      ]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'add: a promise before the interview is refused at its question and asked again; a thank-you sent is recorded; an offer asks its deadline',
    async () => {
      fresh();
      const t = await open(['add']);
      await t.answer('Company:', 'Acme');
      await t.answer('Role:');
      await t.choose('Stage:', STAGES, 'final');
      await t.answer('Date of it:', 'wed');
      await t.waitFor(/^✔ Date of it: wed → Wed 18 Nov/m);

      // "mon" counts forward from the interview on Wed 18 Nov. A date before the interview is refused.
      await t.answer(EXPECT_BY, 'mon');
      await t.waitFor(/^✔ When did they say they'd get back to you\? .*mon → Mon 23 Nov/m);
      await t.answer(INVITED, '2026-11-17');
      let screen = await t.waitFor('Tue 17 Nov is before Wed 18 Nov, the day of it: give a later date');
      expect(screen).toMatch(activePrompt(INVITED)); // still asking
      await t.press('C-u');
      await t.answer(INVITED);
      await t.answer(THANKED, 'y');
      await t.waitFor(/^✔ Have you sent a thank-you note yet\? Yes/m);
      await t.choose('How did it feel?', CUES, 'neutral');
      await t.answer('Contact name:');
      await t.answer('Contact email:');
      await t.answer('Contact phone:');
      await t.answer('Note:');

      expect(await t.exitCode()).toBe(0);
      screen = await t.waitFor(/thank-you note sent$/m);
      expect(unwrapped(screen)).toMatch(/^Added #1 Acme: final interview on Wed 18 Nov; they'll get back to you by Mon 23 Nov, felt neutral, thank-you note sent$/m);
      expect(t.stderr()).toBe('');
      expect(readDb(db).applications[0].events).toEqual([
        { type: 'final', date: '2026-11-18', expectBy: '2026-11-23', cue: 'neutral' },
        { type: 'thanks', date: '2026-11-18' },
      ]);

      const o = await open(['add']);
      await o.answer('Company:', 'Beta');
      await o.answer('Role:');
      await o.choose('Stage:', STAGES, 'offer');
      await o.answer('Date of it:', 'tomorrow');
      await o.waitFor('Sat 21 Nov is after today: only an interview can be dated ahead');
      await o.press('C-u');
      await o.answer('Date of it:');
      await o.answer(DEADLINE, '+1w');
      await o.waitFor(/^✔ The offer's deadline\? .*\+1w → Fri 27 Nov/m);
      await o.choose('How did it feel?', CUES, 'encouraging');
      await o.answer('Contact name:');
      await o.answer('Contact email:');
      await o.answer('Contact phone:');
      await o.answer('Note:');
      expect(await o.exitCode()).toBe(0);
      await o.waitFor(/^Added #2 Beta: offer on Fri 20 Nov; deadline Fri 27 Nov, felt encouraging$/m);
      expect(readDb(db).applications[1].events).toEqual([{ type: 'offer', date: '2026-11-20', deadline: '2026-11-27', cue: 'encouraging' }]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'add: Ctrl+C at the company question exits 130, with one line and no stack trace, and creates no data file',
    async () => {
      fresh();
      const t = await open(['add']);
      await t.waitFor(activePrompt('Company:'));
      await t.type('Acm');
      await t.waitFor(/^\? Company: Acm/m);
      await t.press('C-c');

      expect(await t.exitCode()).toBe(130);
      expect(t.stderr()).toBe('followup: interrupted; nothing was written\n');
      expectNoStackTrace(t.stderr(), await t.screen());
      expect(existsSync(db)).toBe(false);
      expect(snapshot(dataDir)).toEqual({});
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'add: Ctrl+C at a later question exits 130 and leaves an existing data file byte for byte (no .bak, no lock)',
    async () => {
      fresh();
      seed('--company', 'Initech', '--role', 'QA');
      const before = snapshot(dataDir);
      expect(Object.keys(before)).toContain('followup.json');

      const t = await open(['add']);
      await t.answer('Company:', 'Acme');
      await t.answer('Role:');
      await t.choose('Stage:', STAGES, 'applied');
      await t.answer('Date applied:');
      await t.answer('Contact name:', 'Jane');
      await t.waitFor(activePrompt('Contact email:'));
      await t.type('jane@');
      await t.waitFor(/^\? Contact email: jane@/m);
      await t.press('C-c');

      expect(await t.exitCode()).toBe(130);
      expect(t.stderr()).toBe('followup: interrupted; nothing was written\n');
      expectNoStackTrace(t.stderr(), await t.screen());
      expect(snapshot(dataDir)).toEqual(before);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "rm: answering 'n' to the confirmation keeps the application and the file as they were",
    async () => {
      fresh();
      seed('--company', 'Acme', '--role', 'Dev');
      const before = snapshot(dataDir);

      const t = await open(['rm', '1']);
      await t.waitFor(activePrompt('Delete #1 Acme (Dev) and its 1 event?'));
      await t.type('n');
      await t.press('Enter');

      expect(await t.exitCode()).toBe(0);
      await t.waitFor('Nothing deleted.');
      expect(t.stderr()).toBe('');
      expect(snapshot(dataDir)).toEqual(before);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "rm: answering 'y' to the confirmation deletes it; ids are not reused",
    async () => {
      fresh();
      seed('--company', 'Acme', '--role', 'Dev');

      const t = await open(['rm', '1']);
      await t.waitFor(activePrompt('Delete #1 Acme (Dev) and its 1 event?'));
      await t.type('y');
      await t.press('Enter');

      expect(await t.exitCode()).toBe(0);
      await t.waitFor("Deleted #1 Acme (Dev) and its 1 event; 'followup undo' brings it back.");
      expect(t.stderr()).toBe('');
      const data = readDb(db);
      expect(data.applications).toEqual([]);
      expect(data.nextId).toBe(2);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "undo: shows the last change and asks; 'n' keeps everything, 'y' takes it back and says so",
    async () => {
      fresh();
      seed('--company', 'Acme');
      const added = snapshot(dataDir);
      expect(run(['log', 'acme', 'call', '--no-input'], { db, now: NOW }).code).toBe(0);
      const logged = snapshot(dataDir);

      const no = await open(['undo']);
      let screen = await no.waitFor(activePrompt('Undo it?'));
      expect(screen).toMatch(/^Last change: Logged call to Acme on Fri 20 Nov \(made .+\)$/m);
      await no.type('n');
      await no.press('Enter');
      expect(await no.exitCode()).toBe(0);
      await no.waitFor('Nothing undone.');
      expect(snapshot(dataDir)).toEqual(logged);

      const yes = await open(['undo']);
      await yes.waitFor(activePrompt('Undo it?'));
      await yes.type('y');
      await yes.press('Enter');
      expect(await yes.exitCode()).toBe(0);
      screen = await yes.waitFor('Undid: Logged call to Acme on Fri 20 Nov');
      expect(yes.stderr()).toBe('');
      expect(readFileSync(db, 'utf8')).toBe(Buffer.from(added['followup.json']!, 'base64').toString('utf8'));
    },
    TEST_TIMEOUT_MS,
  );

  it(
    "rm --event: asks about that event, 'y' removes it and says which",
    async () => {
      fresh();
      seed('--company', 'Acme', '--date', '2026-11-10');
      expect(run(['log', 'acme', 'call', '--date', '2026-11-18', '--no-input'], { db, now: NOW }).code).toBe(0);

      const t = await open(['rm', 'acme', '--event', '2']);
      await t.waitFor(activePrompt('Remove event 2 of #1 Acme: call on Wed 18 Nov?'));
      await t.type('y');
      await t.press('Enter');
      expect(await t.exitCode()).toBe(0);
      await t.waitFor('Removed event 2 of #1 Acme: call on Wed 18 Nov');
      expect(readDb(db).applications[0].events).toEqual([{ type: 'applied', date: '2026-11-10' }]);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'rm: Ctrl+C at the confirmation exits 130 and deletes nothing',
    async () => {
      fresh();
      seed('--company', 'Acme');
      const before = snapshot(dataDir);

      const t = await open(['rm', 'acme']);
      await t.waitFor(activePrompt('Delete #1 Acme and its 1 event?'));
      await t.press('C-c');

      expect(await t.exitCode()).toBe(130);
      expectNoStackTrace(t.stderr(), await t.screen());
      expect(snapshot(dataDir)).toEqual(before);
    },
    TEST_TIMEOUT_MS,
  );

  it(
    'add: an invalid date shows the error and lets you retype it; so does an invalid optional date',
    async () => {
      fresh();
      const t = await open(['add']);
      await t.answer('Company:', 'Acme');
      await t.answer('Role:');
      await t.choose('Stage:', STAGES, 'screen');

      await t.answer('Date of it:', '2026-02-30');
      let screen = await t.waitFor("'2026-02-30' is not a real calendar day");
      expect(screen).toMatch(activePrompt('Date of it:')); // still asking
      expect(screen).toContain('YYYY-MM-DD');
      expect(screen).not.toContain(EXPECT_BY);
      await t.press('C-u'); // the rejected text stays in the line: clear it
      await t.waitFor(/^\? Date of it: \(today\)\s*$/m);

      await t.answer('Date of it:', 'garbage');
      await t.waitFor("'garbage' is not a date");
      await t.press('C-u');
      await t.waitFor(/^\? Date of it: \(today\)\s*$/m);

      await t.answer('Date of it:', '2026-11-16');
      await t.waitFor(/^✔ Date of it: 2026-11-16 → Mon 16 Nov/m);

      await t.answer(EXPECT_BY, 'soon');
      await t.waitFor("'soon' is not a date");
      await t.press('C-u');
      await t.waitFor(new RegExp(`^\\? ${escape(EXPECT_BY)}.*\\(blank: they didn't\\)\\s*$`, 'm'));
      await t.press('Enter'); // blank is fine here
      await t.answer(INVITED);
      await t.answer(THANKED);
      await t.choose('How did it feel?', CUES, '(skip)');

      await t.answer('Contact name:');
      await t.answer('Contact email:');
      await t.answer('Contact phone:');
      await t.answer('Note:');

      expect(await t.exitCode()).toBe(0);
      screen = await t.waitFor('#1 Acme');
      expectNoStackTrace(t.stderr(), screen);
      expect(readDb(db).applications).toEqual([
        { id: '1', company: 'Acme', contact: {}, noCalls: false, events: [{ type: 'screen', date: '2026-11-16' }] },
      ]);
    },
    TEST_TIMEOUT_MS,
  );
});
