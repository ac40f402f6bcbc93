// A tmux pane of a chosen size running one shell command, for tests that need a real terminal: its width and
// height, TTY stdin and stdout, and a shell that completes on Tab. Each pane has its own tmux server (socket).
import { execFile, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const HAS_TMUX = spawnSync('tmux', ['-V'], { stdio: 'ignore' }).status === 0;
const WAIT_MS = 20_000;

// The cache folder of followup run in a pane (kept answers, compiled code): this test file's own, not the user's.
const CACHE = mkdtempSync(join(tmpdir(), 'followup-pane-cache-'));
process.on('exit', () => rmSync(CACHE, { recursive: true, force: true }));

/** The environment of a tmux client (and so of its server's panes): never inside another tmux, so -L alone picks the server. */
export function tmuxEnv(): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, XDG_CACHE_HOME: CACHE };
  delete e.TMUX;
  delete e.TMUX_PANE;
  return e;
}

/** Single-quotes a word for the shell that runs the pane's command. */
export function q(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

export class Pane {
  private readonly socket = `followup-pane-${process.pid}-${randomBytes(4).toString('hex')}`;

  private async tmux(...args: string[]): Promise<string> {
    return (await run('tmux', ['-L', this.socket, ...args], { env: tmuxEnv(), timeout: WAIT_MS })).stdout;
  }

  /** Starts `command` (a shell command line) in a detached pane of `width`×`height`. */
  async start(command: string, width: number, height: number, cwd: string): Promise<void> {
    await this.tmux('-f', '/dev/null', 'new-session', '-d', '-s', 't', '-x', String(width), '-y', String(height), '-c', cwd, command);
  }

  /** The screen; with `joined`, lines the terminal folded are joined back (so a too-long line shows as one). */
  async screen(joined = true): Promise<string> {
    return this.tmux('capture-pane', '-p', ...(joined ? ['-J'] : []), '-t', 't');
  }

  async waitFor(what: RegExp, timeoutMs = WAIT_MS): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const s = await this.screen();
      if (what.test(s)) return s;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n--- screen ---\n${s}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  async type(text: string): Promise<void> {
    await this.tmux('send-keys', '-t', 't', '-l', text);
  }

  async press(...keys: string[]): Promise<void> {
    await this.tmux('send-keys', '-t', 't', ...keys);
  }

  stop(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server'], { stdio: 'ignore', env: tmuxEnv() });
  }
}
