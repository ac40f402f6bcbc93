// The data file as a lowdb adapter: every read is parsed, version-checked, migrated and validated;
// every write keeps the previous file as .bak and replaces the file atomically (see atomic.ts), mode 0600.
import { chmodSync } from 'node:fs';
import type { Adapter } from 'lowdb';
import { FailError } from '../errors.js';
import { attempt } from './fs-errors.js';
import { readRaw } from './raw-file.js';
import { MAX_DEPTH, tooDeep } from './json-depth.js';
import { safe } from '../ui/text.js';
import { migrate } from './migrate.js';
import { backupPath } from './paths.js';
import type { Application } from '../core/model.js';
import { type Data, SCHEMA_VERSION, problemWith, surelyCurrent } from './schema.js';

const FIX = "run 'followup doctor' to check it and restore the backup";

/**
 * Parses and checks a data file's bytes; throws FailError naming the file and the problem. `known`: the bytes are
 * known to be a valid data file of this schema version (followup wrote them, see journal.ts): not checked again.
 */
export function decode(raw: Buffer, file: string, known = false): { data: Data; version: number; text: string } {
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new FailError(`${file} is empty; ${FIX}`);
  // Deeper documents pass JSON.parse (V8's parser does not recurse) but overflow the stack of everything after it
  // (copying, writing). A file that surely matches the schema is as shallow as the schema; any other is measured.
  const deep = () => new FailError(`${file} is not a valid followup data file (nested more than ${MAX_DEPTH} levels deep); ${FIX}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    if (tooDeep(text, MAX_DEPTH)) throw deep();
    // V8 quotes the offending text, which may hold an escape sequence: shown escaped.
    throw new FailError(`${file} is not valid JSON (${safe((err as Error).message)}); ${FIX}`);
  }
  if (known ? (doc as Partial<Data> | null)?.schemaVersion === SCHEMA_VERSION : surelyCurrent(doc)) return { data: doc as Data, version: SCHEMA_VERSION, text };
  if (tooDeep(text, MAX_DEPTH)) throw deep();
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
  return { data: current as Data, version, text };
}

/** The data file's text for this data: what a write puts on disk, byte for byte. */
export function fileText(data: Data): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** A write's bytes made beforehand (journal.ts), and the applications as they were when the file was read. */
export interface Made {
  bytes: Buffer;
  /** Applications the write holds as they were read: they were checked then, and are not checked again. */
  same?: ReadonlySet<Application>;
  /** The data passed DataFile.check already. */
  checked?: boolean;
}

export class DataFile implements Adapter<Data> {
  private raw: Buffer | null = null;
  private text: string | null = null;
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

  /** `known`: tells bytes known to be a valid data file, which are then not checked again (see decode). */
  async read(known?: (bytes: Buffer) => boolean): Promise<Data | null> {
    this.raw = readRaw(this.file, this.shown);
    this.text = null;
    if (this.raw === null) return null;
    const { data, version, text } = decode(this.raw, this.shown, known?.(this.raw));
    this.version = version;
    this.text = text;
    return data;
  }

  /** Reads the bytes alone, not decoded (append.ts: bytes the journal knows), for the backup a write makes. */
  readBytes(): Buffer | null {
    this.raw = readRaw(this.file, this.shown);
    this.text = null;
    this.version = SCHEMA_VERSION;
    return this.raw;
  }

  /** What the last read found: the bytes and their text (null: there was no file). */
  get found(): { bytes: Buffer; text: string } | null {
    return this.raw === null || this.text === null ? null : { bytes: this.raw, text: this.text };
  }

  /** An error when `data` is no valid data file; `same`: see Made. */
  check(data: Data, same?: ReadonlySet<Application>): void {
    const problem = problemWith(data, same);
    if (problem) throw new Error(`refusing to write an invalid data file (${problem})`);
  }

  /** Writes `data`; `made`: its bytes, made from it beforehand (fileText), and whether check() passed already. */
  async write(data: Data, made?: Made): Promise<void> {
    if (!made?.checked) this.check(data, made?.same);
    // The write code (and node:crypto) is loaded only by commands that write.
    const { keepCopy, writeAtomic } = await import('./atomic.js');
    // The backups are the old file itself (hard links), never rewritten. They are made only once the new bytes
    // are on disk and the lock is still ours, right before the rename: a write that fails earlier leaves the
    // previous backup as it was, never a second name for the file it failed to replace.
    const keepBackups = async () => {
      await this.beforeRename?.();
      if (this.raw === null) return;
      attempt(() => chmodSync(this.file, 0o600));
      if (this.version < SCHEMA_VERSION) {
        // Keep the file as it was before the upgrade, beside the usual backup.
        await keepCopy(this.file, `${this.file}.v${this.version}.bak`, this.raw, `${this.shown}.v${this.version}.bak`);
      }
      await keepCopy(this.file, backupPath(this.file), this.raw, backupPath(this.shown));
    };
    const bytes = made?.bytes ?? Buffer.from(fileText(data));
    await writeAtomic(this.file, bytes, { shown: this.shown, beforeRename: keepBackups });
    this.raw = bytes;
    this.text = null;
    this.version = SCHEMA_VERSION;
  }
}
