// Where the data file lives (CLI.md): --db, else FOLLOWUP_DB, else $XDG_DATA_HOME/followup/followup.json;
// and the one real path every lock, backup and write goes through, however the file was reached.
import { basename, dirname, join, resolve } from 'node:path';
import { FailError, UsageError } from '../errors.js';
import { hasControl, safe } from '../ui/text.js';
import { lstatSync, readlinkSync, realpathSync } from 'node:fs';

function given(path: string, what: string): string {
  // An empty value is most often an unset shell variable: never fall back to the real data for it.
  if (path.trim() === '') throw new UsageError(`${what} is empty; give the data file's path, or leave it out for the default`);
  if (hasControl(path)) throw new UsageError(`${what} contains a control character (${safe(path)}); give a plain file path`);
  if (/[/\\]$/.test(path) || /(^|\/)\.{1,2}$/.test(path)) {
    throw new UsageError(`${what} '${path}' names a folder; give a file path, e.g. ${join(path, 'followup.json')}`);
  }
  return resolve(path);
}

/** `home` gives $HOME, or the account's home folder (see homeFolder): asked only for the default path. */
export function dataFilePath(dbFlag: string | undefined, env: NodeJS.ProcessEnv, home: () => string): string {
  if (dbFlag !== undefined) return given(dbFlag, '--db');
  if (env.FOLLOWUP_DB !== undefined) return given(env.FOLLOWUP_DB, 'FOLLOWUP_DB');
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(home(), '.local', 'share');
  return join(dataHome, 'followup', 'followup.json');
}

/**
 * followup's cache folder: the views' last answers (view-cache.ts) and compiled code (cli/code-cache.ts).
 * $XDG_CACHE_HOME/followup, else ~/.cache/followup; none with FOLLOWUP_NO_CACHE set.
 */
export function cacheDir(env: NodeJS.ProcessEnv, home: () => string): string | undefined {
  if (env.FOLLOWUP_NO_CACHE !== undefined && env.FOLLOWUP_NO_CACHE !== '' && env.FOLLOWUP_NO_CACHE !== '0') return undefined;
  if (env.XDG_CACHE_HOME?.startsWith('/')) return join(env.XDG_CACHE_HOME, 'followup');
  // No home folder at all (no $HOME, no account entry): no cache, and the command goes on without one.
  try {
    return join(home(), '.cache', 'followup');
  } catch {
    return undefined;
  }
}

export function backupPath(file: string): string {
  return `${file}.bak`;
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** realpath(3) itself (as node:fs/promises's realpath is), not node:fs's own walk. */
const realPath = (path: string) => realpathSync.native(path, 'utf8');

/**
 * The file's real path: symlinks resolved, also a symlink to a file not made yet. Two paths to one file
 * must share one lock and one backup. A path whose folder does not exist yet is returned as it is.
 * Synchronous, as every file call of the store: a command waits for each one anyway.
 */
export function realFile(file: string): string {
  let path = file;
  for (let hops = 0; hops < 40; hops++) {
    try {
      return realPath(path);
    } catch (err) {
      if (!isMissing(err)) throw new FailError(`cannot resolve ${file}: ${(err as Error).message}`);
    }
    let link = false;
    try {
      link = lstatSync(path).isSymbolicLink();
    } catch {
      // Missing: not a link.
    }
    if (link) {
      path = resolve(dirname(path), readlinkSync(path, 'utf8'));
      continue;
    }
    try {
      return join(realPath(dirname(path)), basename(path));
    } catch (err) {
      if (isMissing(err)) return path;
      throw new FailError(`cannot resolve ${file}: ${(err as Error).message}`);
    }
  }
  throw new FailError(`cannot resolve ${file}: too many symbolic links; point it at a file`);
}

/**
 * $HOME, or the account's home folder when it is unset, looked up only when asked (it throws when there is none:
 * a container's user without an account entry). node:os is loaded only when $HOME is unset.
 */
export async function homeFolder(env: NodeJS.ProcessEnv): Promise<() => string> {
  if (env.HOME) {
    const home = env.HOME;
    return () => home;
  }
  const { homedir } = await import('node:os');
  return () => homedir();
}
