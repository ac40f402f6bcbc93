// The data file as a lowdb adapter: every read is parsed, version-checked, migrated and validated;
// every write keeps the previous file as .bak and replaces the file atomically (temp file, fsync, rename), mode 0600.
import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { FailError } from '../errors.js';
import { migrate } from './migrate.js';
import { backupPath } from './paths.js';
import { type Data, SCHEMA_VERSION, problemWith } from './schema.js';

const FIX = "run 'followup doctor' to check it and restore the backup";

/** Parses and checks a data file's bytes; throws FailError naming the file and the problem. */
export function decode(raw: Buffer, file: string): { data: Data; version: number } {
  const text = raw.toString('utf8');
  if (text.trim() === '') throw new FailError(`${file} is empty; ${FIX}`);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new FailError(`${file} is not valid JSON (${(err as Error).message}); ${FIX}`);
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
  if (problem) throw new FailError(`${file} is not a valid followup data file (${problem}); ${FIX}`);
  return { data: current as Data, version };
}

export async function readRaw(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'EACCES' || code === 'EPERM') throw new FailError(`cannot read ${file}: permission denied; give yourself access (chmod u+rw ${file})`);
    if (code === 'EISDIR') throw new FailError(`${file} is a folder, not a data file; pass --db with a file path`);
    throw new FailError(`cannot read ${file}: ${(err as Error).message}`);
  }
}

export class DataFile implements Adapter<Data> {
  private raw: Buffer | null = null;
  private version = SCHEMA_VERSION;

  constructor(readonly file: string) {}

  async read(): Promise<Data | null> {
    this.raw = await readRaw(this.file);
    if (this.raw === null) return null;
    const { data, version } = decode(this.raw, this.file);
    this.version = version;
    return data;
  }

  async write(data: Data): Promise<void> {
    const problem = problemWith(data);
    if (problem) throw new Error(`refusing to write an invalid data file (${problem})`);
    const text = `${JSON.stringify(data, null, 2)}\n`;
    // Loaded here, not at the top: read-only commands (today, status) never pay for it.
    const { default: writeFileAtomic } = await import('write-file-atomic');
    if (this.raw !== null) {
      if (this.version < SCHEMA_VERSION) {
        // Keep the file as it was before the upgrade, beside the usual backup.
        await writeFileAtomic(`${this.file}.v${this.version}.bak`, this.raw, { mode: 0o600 });
      }
      await writeFileAtomic(backupPath(this.file), this.raw, { mode: 0o600 });
    }
    await writeFileAtomic(this.file, text, { mode: 0o600 });
    this.raw = Buffer.from(text);
    this.version = SCHEMA_VERSION;
  }
}
