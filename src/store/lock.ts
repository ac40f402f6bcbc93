// One writer at a time across processes: a lock folder beside the data file (mkdir is atomic), 0700, with
// an owner file (pid, host, a random token) in it. A lock whose owner is alive on this host is never broken,
// however long it is held: a paused (Ctrl+Z) or starved writer keeps it, and the next one waits, then says
// who holds it. One whose owner has died is taken over at once. One from another host, or with no owner
// recorded, is taken over when its folder has not been touched for STALE_MS (the holder touches it every
// second) or bears a time in the future. Before its rename, a writer checks that the lock is still its own.
// The file calls are synchronous (only the wait between tries is not): see atomic.ts.
import { randomBytes } from 'node:crypto';
import {
  type Stats, closeSync, constants, fstatSync, linkSync, lstatSync, mkdirSync, openSync, readFileSync, renameSync, rmdirSync, rmSync, unlinkSync, utimes,
  writeFileSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { FailError } from '../errors.js';
import { attempt, reason } from './fs-errors.js';
import { lockPath } from './paths.js';

export const STALE_MS = 5000;
const TOUCH_MS = 1000;
const OWNER_FILE = 'owner';

export interface Owner {
  pid: number;
  host: string;
  token: string;
  /** When the lock was taken (ISO time). */
  since: string;
}

export interface LockInfo {
  path: string;
  /** held: someone is (or may be) writing; stale: its owner is gone; broken: not a lock folder at all. */
  state: 'held' | 'stale' | 'broken';
  /** Why, in words: "process 123 is running", "process 123 has ended", "it is a file, not a folder"… */
  why: string;
  ageMs: number;
  owner?: Owner;
  ino: number;
}

/** Tokens of the locks this process holds: a lock with our pid but another token is a dead namesake's. */
const mine = new Set<string>();

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(path: string): Owner | undefined {
  try {
    const fd = openSync(join(path, OWNER_FILE), constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return undefined;
      const doc = JSON.parse(readFileSync(fd, 'utf8')) as Partial<Owner>;
      if (!Number.isInteger(doc.pid) || (doc.pid as number) < 1 || typeof doc.host !== 'string' || typeof doc.token !== 'string') return undefined;
      return { pid: doc.pid as number, host: doc.host, token: doc.token, since: typeof doc.since === 'string' ? doc.since : '' };
    } finally {
      closeSync(fd);
    }
  } catch {
    return undefined;
  }
}

/** What is at the lock path of `file` (null: nothing, the lock is free). Changes nothing. */
export function inspectLock(file: string, now = Date.now()): LockInfo | null {
  const path = lockPath(file);
  let s;
  try {
    s = lstatSync(path);
  } catch {
    return null;
  }
  const ageMs = now - s.mtimeMs;
  const base = { path, ageMs, ino: s.ino };
  if (!s.isDirectory()) {
    return { ...base, state: 'broken', why: s.isSymbolicLink() ? 'it is a symbolic link, not a lock folder' : 'it is a file, not a lock folder' };
  }
  const owner = readOwner(path);
  if (owner && owner.host === hostname()) {
    const dead = owner.pid === process.pid ? !mine.has(owner.token) : !isAlive(owner.pid);
    return dead
      ? { ...base, owner, state: 'stale', why: `process ${owner.pid} that took it has ended` }
      : { ...base, owner, state: 'held', why: `process ${owner.pid} on this computer is running` };
  }
  const who = owner ? `process ${owner.pid} on ${owner.host}` : 'no owner recorded';
  if (ageMs < -STALE_MS) return { ...base, owner, state: 'stale', why: `${who}, and its time is in the future (a clock was wrong)` };
  if (ageMs > STALE_MS) return { ...base, owner, state: 'stale', why: `${who}, untouched for ${Math.round(ageMs / 1000)} s` };
  return { ...base, owner, state: 'held', why: owner ? `${who}, touched ${Math.round(Math.max(0, ageMs) / 1000)} s ago` : `${who}, made just now` };
}

/**
 * Removes a stale or broken lock, and only the one inspected: it is first renamed aside (one process wins
 * that), then checked to be the same folder with the same owner; if not, it is put back.
 */
export function breakLock(info: LockInfo): void {
  const aside = `${info.path}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    renameSync(info.path, aside);
  } catch {
    return; // gone already, or taken over by another process first
  }
  let s: Stats | undefined;
  try {
    s = lstatSync(aside);
  } catch {
    s = undefined;
  }
  const same = s !== undefined && s.ino === info.ino && (s.isDirectory() ? readOwner(aside)?.token === info.owner?.token : true);
  if (!same) {
    if (attempt(() => renameSync(aside, info.path))) return;
  }
  attempt(() => rmSync(aside, { recursive: true, force: true }));
}

function owns(path: string, token: string): boolean {
  return readOwner(path)?.token === token;
}

function heldMessage(file: string, info: LockInfo, timeoutMs: number): string {
  const since = info.owner?.since ? ` since ${info.owner.since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}` : '';
  const advice = info.owner
    ? `let it finish, or end it (a paused one: 'kill -CONT ${info.owner.pid}' or 'fg'), then try again`
    : "try again; if no followup is running, 'followup doctor --yes' clears it";
  return `${file} is locked by another followup (${info.why}${since}; lock ${info.path}, waited ${Math.round(timeoutMs / 1000)} s); ${advice}`;
}

/**
 * Writes the owner file whole under a name of its own, then links it as `owner`: the owner file never exists
 * half-written (which would read as "no owner"), and a link never replaces one already there.
 */
function publishOwner(path: string, owner: Owner): boolean {
  const draft = join(path, `${OWNER_FILE}.${owner.token}`);
  try {
    const fd = openSync(draft, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    try {
      writeFileSync(fd, JSON.stringify(owner));
    } finally {
      closeSync(fd);
    }
    try {
      linkSync(draft, join(path, OWNER_FILE));
    } catch (err) {
      // A file system without hard links: a rename, which is whole too (and the check after it still runs).
      if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
      renameSync(draft, join(path, OWNER_FILE));
    }
    return true;
  } catch {
    return false;
  } finally {
    attempt(() => unlinkSync(draft));
  }
}

async function acquire(file: string, timeoutMs: number, token: string): Promise<string> {
  const path = lockPath(file);
  const deadline = Date.now() + timeoutMs;
  const owner: Owner = { pid: process.pid, host: hostname(), token, since: new Date().toISOString() };
  for (;;) {
    try {
      mkdirSync(path, { mode: 0o700 });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new FailError(`cannot lock ${file} (${path}): ${reason(err)}; check that its folder is writable`);
      }
      const info = inspectLock(file);
      if (info && info.state !== 'held') {
        breakLock(info);
        continue;
      }
      if (info && Date.now() >= deadline) throw new FailError(heldMessage(file, info, timeoutMs));
      await sleep(10 + Math.random() * 40);
      continue;
    }
    if (!publishOwner(path, owner)) continue; // the folder was taken aside or claimed meanwhile: start again
    mine.add(token);
    if (owns(path, token)) return path;
    mine.delete(token);
  }
}

/**
 * Runs fn while holding the data file's lock; gives up with exit 1 after timeoutMs, saying who holds it.
 * fn gets assertHeld, to call right before its rename: it throws FailError when the lock is no longer ours.
 */
export async function withLock<T>(file: string, timeoutMs: number, fn: (assertHeld: () => Promise<void>) => Promise<T>): Promise<T> {
  const token = randomBytes(8).toString('hex');
  const path = await acquire(file, timeoutMs, token);
  const touch = setInterval(() => {
    const now = new Date();
    utimes(path, now, now, () => undefined);
  }, TOUCH_MS);
  touch.unref();
  const assertHeld = async () => {
    if (owns(path, token)) return;
    const now = inspectLock(file);
    const who = now?.owner ? ` (it is now held by process ${now.owner.pid} on ${now.owner.host})` : '';
    throw new FailError(`lost the lock on ${file}${who}; nothing was written, try again`);
  };
  try {
    return await fn(assertHeld);
  } finally {
    clearInterval(touch);
    if (owns(path, token)) release(path);
    mine.delete(token);
  }
}

/** Removes our lock folder: the owner file, then the folder; anything else left in it, with the rest. */
function release(path: string): void {
  attempt(() => unlinkSync(join(path, OWNER_FILE)));
  if (!attempt(() => rmdirSync(path))) attempt(() => rmSync(path, { recursive: true, force: true }));
}
