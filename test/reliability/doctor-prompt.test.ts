// doctor on a terminal: asks before restoring, and changes nothing when the answer is no.
// (In-process, with the prompter replaced: the spawned-bin tests have no terminal.)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Ctx } from '../../src/commands/context.js';
import { doctor } from '../../src/commands/doctor.js';
import { FailError } from '../../src/errors.js';
import { seedText } from './fixtures.js';

const confirm = vi.fn<(q: { message: string; default?: boolean }) => Promise<boolean>>();
vi.mock('../../src/ui/prompts.js', () => ({
  terminalPrompter: async () => ({
    confirm,
    input: () => Promise.reject(new Error('unexpected input prompt')),
    select: () => Promise.reject(new Error('unexpected select prompt')),
  }),
}));

const DAMAGED = '{"schemaVersion": 2, "applic';
const BACKUP = seedText({ count: 2 });

let dir: string;
let file: string;
let out: string;
const ctx = (canPrompt: boolean): Ctx => ({
  file,
  today: '2026-11-20',
  now: () => new Date('2026-11-20T09:00:00Z'),
  canPrompt,
  lockTimeoutMs: 2000,
  columns: 80,
  print: (text) => {
    out += text;
  },
});
const snapshot = () => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-doctor-'));
  file = join(dir, 'followup.json');
  writeFileSync(file, DAMAGED, { mode: 0o600 });
  writeFileSync(`${file}.bak`, BACKUP, { mode: 0o600 });
  out = '';
  confirm.mockReset();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('doctor on a terminal', () => {
  it('asks, and restores on yes', async () => {
    confirm.mockResolvedValue(true);
    await doctor(ctx(true), {});
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(confirm.mock.calls[0]![0].message).toContain(`Restore ${file} from ${file}.bak (2 applications`);
    expect(out).toContain('DAMAGED');
    expect(out).toContain('Restored');
    expect(readFileSync(file, 'utf8')).toBe(BACKUP);
    const kept = readdirSync(dir).filter((f) => f.startsWith('followup.json.damaged-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe(DAMAGED);
  });

  it('asks, and changes nothing on no (exit 1)', async () => {
    confirm.mockResolvedValue(false);
    const before = snapshot();
    await expect(doctor(ctx(true), {})).rejects.toBeInstanceOf(FailError);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(out).toContain('Nothing was changed.');
    expect(snapshot()).toEqual(before);
  });

  it('does not ask with --yes', async () => {
    await doctor(ctx(true), { yes: true });
    expect(confirm).not.toHaveBeenCalled();
    expect(readFileSync(file, 'utf8')).toBe(BACKUP);
  });

  it('does not ask with --json (the output is for a program): reports, changes nothing, exit 1', async () => {
    const before = snapshot();
    await expect(doctor(ctx(true), { json: true })).rejects.toBeInstanceOf(FailError);
    expect(confirm).not.toHaveBeenCalled();
    expect(JSON.parse(out)).toMatchObject({ status: 'damaged', restored: false });
    expect(snapshot()).toEqual(before);
  });

  it('does not ask about a good file', async () => {
    writeFileSync(file, BACKUP);
    await doctor(ctx(true), {});
    expect(confirm).not.toHaveBeenCalled();
    expect(out).toContain('OK: 2 applications');
  });

  it('an interrupted prompt (Ctrl+C) changes nothing', async () => {
    const interrupt = Object.assign(new Error('User force closed the prompt'), { name: 'ExitPromptError' });
    confirm.mockRejectedValue(interrupt);
    const before = snapshot();
    await expect(doctor(ctx(true), {})).rejects.toBe(interrupt);
    expect(snapshot()).toEqual(before);
  });
});
