// Data files written straight to disk (faster than many `followup add` runs), and small file helpers.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';

export interface SeedOptions {
  /** How many applications. */
  count: number;
  /** Length of each application's note (to make the file, and the writes, big). */
  noteLength?: number;
  company?: (i: number) => string;
}

/** A valid schema-version-2 document with `count` applied applications, ids 1..count. */
export function seedDoc(opts: SeedOptions) {
  const applications = Array.from({ length: opts.count }, (_, k) => {
    const i = k + 1;
    const event: Record<string, unknown> = { type: 'applied', date: '2026-11-02' };
    if (opts.noteLength) event.note = 'x'.repeat(opts.noteLength);
    return { id: String(i), company: opts.company ? opts.company(i) : `Seed ${i}`, role: 'Engineer', contact: {}, noCalls: false, events: [event] };
  });
  return { schemaVersion: 3, nextId: opts.count + 1, settings: {}, applications };
}

export function seedText(opts: SeedOptions): string {
  return `${JSON.stringify(seedDoc(opts), null, 2)}\n`;
}

export function writeSeed(file: string, opts: SeedOptions): Buffer {
  const text = seedText(opts);
  writeFileSync(file, text, { mode: 0o600 });
  return Buffer.from(text);
}

/** The file's bytes, or null when it does not exist. */
export function bytes(file: string): Buffer | null {
  return existsSync(file) ? readFileSync(file) : null;
}

export function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

export const isRoot = process.getuid?.() === 0;
