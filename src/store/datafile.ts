// The data file as a lowdb adapter: every read is parsed, version-checked, migrated and validated;
// every write keeps the previous file as .bak and replaces the file atomically (see atomic.ts), mode 0600.
import { type Stats, chmodSync, constants } from 'node:fs';
import type { Adapter } from 'lowdb';
import { FailError } from '../errors.js';
import { reason } from './fs-errors.js';
import { closeFile, fstatFile, openFile, readWhole } from './fs-read.js';
import { MAX_DEPTH, tooDeep } from './json-depth.js';
import { safe } from '../ui/text.js';
import { migrate } from './migrate.js';
import { backupPath } from './paths.js';
import { type Data, SCHEMA_VERSION, problemWith } from './schema.js';

const FIX = "run 'followup doctor' to check it and restore the backup";

/** Parses and checks a data file's bytes; throws FailError naming the file and the problem. */
export function decode(raw: Buffer, file: string): { data: Data; version: number } {
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new FailError(`${file} is empty; ${FIX}`);
  // Deeper documents pass JSON.parse but overflow the stack of everything after it (copying, writing).
  if (tooDeep(text, MAX_DEPTH)) throw new FailError(`${file} is not a valid followup data file (nested more than ${MAX_DEPTH} levels deep); ${FIX}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    // V8 quotes the offending text, which may hold an escape sequence: shown escaped.
    throw new FailError(`${file} is not valid JSON (${safe((err as Error).message)}); ${FIX}`);
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new FailError(`${file} is not a followup data file (expected a JSON object); ${FIX}`);
  }
  const version = (doc as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new FailError(`${file} is not a followup data file (no schemaVersion); ${FIX}`);
  }
  if (version > SCHEMA_VERSION) {
    throw new FailError(
      `${file} was written by a newer followup (schema version ${version}; this one reads up to ${SCHEMA_VERSION}); upgrade followup to use it (the file was left as it is)`,
    );
  }
  let current: unknown = doc;
  if (version < SCHEMA_VERSION) {
    try {
      current = migrate(doc as Record<string, unknown>, version);
    } catch (err) {
      throw new FailError(`${file} could not be upgraded from schema version ${version} (${(err as Error).message}); ${FIX}`);
    }
  }
  const problem = problemWith(current);
  if (problem) throw new FailError(`${file} is not a valid followup data file (${safe(problem)}); ${FIX}`);
  return { data: current as Data, version };
}

function kindOf(s: Stats): string {
  if (s.isDirectory()) return 'a folder';
  if (s.isFIFO()) return 'a named pipe (FIFO)';
  if (s.isSocket()) return 'a socket';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/**
 * The file's bytes, or null when there is none. Anything but a regular file is refused before a byte is read:
 * a FIFO or a device would never end (O_NONBLOCK: even opening a FIFO does not wait for a writer).
 */
export async function readRaw(file: string, shown = file): Promise<Buffer | null> {
  let fd: number;
  try {
    fd = await openFile(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EACCES' || code === 'EPERM') throw new FailError(`cannot read ${shown}: permission denied; give yourself access (chmod u+rw ${shown})`);
    if (code === 'ENXIO') throw new FailError(`${shown} is a socket, not a data file; pass --db with a regular file`);
    throw new FailError(`cannot read ${shown}: ${reason(err)}`);
  }
  try {
    const s = await fstatFile(fd);
    if (s.isDirectory()) throw new FailError(`${shown} is a folder, not a data file; pass --db with a file path`);
    if (!s.isFile()) throw new FailError(`${shown} is ${kindOf(s)}, not a data file; pass --db with a regular file`);
    return await readWhole(fd);
  } catch (err) {
    if (err instanceof FailError) throw err;
    throw new FailError(`cannot read ${shown}: ${reason(err)}`);
  } finally {
    await closeFile(fd);
  }
}

export class DataFile implements Adapter<Data> {
  private raw: Buffer | null = null;
  private version = SCHEMA_VERSION;

  /**
   * `file` is the real path (see paths.realFile); `shown`, the path as the user gave it, names it in messages.
   * `beforeRename` runs right before the new file replaces the old one (the lock's ownership check).
   */
  constructor(
    readonly file: string,
    private readonly shown = file,
    private readonly beforeRename?: () => Promise<void>,
  ) {}

  async read(): Promise<Data | null> {
    this.raw = await readRaw(this.file, this.shown);
    if (this.raw === null) return null;
    const { data, version } = decode(this.raw, this.shown);
    this.version = version;
    return data;
  }

  async write(data: Data): Promise<void> {
    const problem = problemWith(data);
    if (problem) throw new Error(`refusing to write an invalid data file (${problem})`);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    // The write code (and node:crypto) is loaded only by commands that write.
    const { keepCopy, writeAtomic } = await import('./atomic.js');
    // The backups are the old file itself (hard links), never rewritten. They are made only once the new bytes
    // are on disk and the lock is still ours, right before the rename: a write that fails earlier leaves the
    // previous backup as it was, never a second name for the file it failed to replace.
    const keepBackups = async () => {
      await this.beforeRename?.();
      if (this.raw === null) return;
      try {
        chmodSync(this.file, 0o600);
      } catch {
        /* best effort */
      }
      if (this.version < SCHEMA_VERSION) {
        // Keep the file as it was before the upgrade, beside the usual backup.
        await keepCopy(this.file, `${this.file}.v${this.version}.bak`, this.raw, `${this.shown}.v${this.version}.bak`);
      }
      await keepCopy(this.file, backupPath(this.file), this.raw, backupPath(this.shown));
    };
    await writeAtomic(this.file, Buffer.from(text), { shown: this.shown, beforeRename: keepBackups });
    this.raw = Buffer.from(text);
    this.version = SCHEMA_VERSION;
  }
}
