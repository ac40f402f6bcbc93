// The undo journal's file (followup.json.journal beside the data file; what its entries mean: journal.ts): read,
// checked, kept within its limits and written whole, as the data file is (temp file, fsync, rename; 0600). Version 2;
// version 1 (followup 0.3.1 and earlier) is read too, its entries marked as hashing the compact JSON.
import { readFileSync } from 'node:fs';
import { writeAtomic } from './atomic.js';
import { BUILD } from './cache-file.js';
import type { Patch } from './change.js';
import type { HashKind } from './data-text.js';

export const MAX_ENTRIES = 100;
export const MAX_BYTES = 8 * 1024 * 1024;
const FORMAT = 'followup-journal';
const VERSION = 2;

export interface Entry {
  /** One line of what the change did. */
  summary: string;
  /** When it was made (ISO 8601). */
  at: string;
  before: string;
  after: string;
  back: Patch;
  fwd?: Patch;
  /** What `before` and `after` are hashes of, when not the file's text (entries of journal version 1). */
  hash?: 'json';
  /** The build that made the entry (cache-file.ts): the versions it hashed passed its checks. */
  by?: string;
}

export function kindOf(e: Entry): HashKind {
  return e.hash ?? 'text';
}

export interface Journal {
  undo: Entry[];
  redo: Entry[];
}

/** Tells one entry from another, so that a confirmed undo never takes back a change made meanwhile. */
export function entryKey(e: Entry): string {
  return `${e.at} ${e.after}`;
}

export function journalPath(file: string): string {
  return `${file}.journal`;
}

function isEntry(e: unknown): e is Entry {
  const x = e as Record<string, unknown>;
  return (
    typeof x === 'object' && x !== null && typeof x.summary === 'string' && typeof x.at === 'string' &&
    typeof x.before === 'string' && typeof x.after === 'string' && typeof x.back === 'object' && x.back !== null
  );
}

export interface Read {
  journal: Journal;
  problem: string | null;
  /** The file's bytes (null: there is none). */
  raw: Buffer | null;
}

/** The journal, and what is wrong with it when it cannot be read (then it is treated as empty). */
export function readJournal(file: string): Read {
  const path = journalPath(file);
  const empty = { undo: [], redo: [] };
  let raw: Buffer;
  try {
    raw = readFileSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { journal: empty, problem: null, raw: null };
    return { journal: empty, problem: `cannot read the undo journal ${path} (${(err as Error).message})`, raw: null };
  }
  return { ...parseJournal(raw.toString('utf8'), path), raw };
}

function parseJournal(raw: string, path: string): { journal: Journal; problem: string | null } {
  const empty = { undo: [], redo: [] };
  try {
    const doc = JSON.parse(raw) as Record<string, unknown>;
    if (doc.format !== FORMAT) throw new Error('not a followup journal');
    if (doc.version !== 1 && doc.version !== VERSION) throw new Error(`version ${String(doc.version)}, this followup reads versions 1 and ${VERSION}`);
    if (!Array.isArray(doc.undo) || !Array.isArray(doc.redo) || ![...doc.undo, ...doc.redo].every(isEntry)) {
      throw new Error('its entries are not as expected');
    }
    const undo = doc.undo as Entry[];
    const redo = doc.redo as Entry[];
    if (doc.version === 1) for (const e of [...undo, ...redo]) e.hash = 'json';
    return { journal: { undo, redo }, problem: null };
  } catch (err) {
    return { journal: empty, problem: `the undo journal ${path} is damaged (${(err as Error).message})` };
  }
}

/** Keeps the newest entries within the limits: the oldest undo entries go first, then the last redo ones. */
export function trim(journal: Journal): Journal {
  const { undo, redo } = trimTexts(journal);
  return { undo: undo.map(([e]) => e), redo: redo.map(([e]) => e) };
}

/** trim(), each kept entry with its text (each entry is turned into text once per save). */
function trimTexts(journal: Journal): { undo: [Entry, string][]; redo: [Entry, string][] } {
  const texts = (entries: Entry[]) => entries.slice(-MAX_ENTRIES).map((e): [Entry, string] => [e, JSON.stringify(e)]);
  const undo = texts(journal.undo);
  const redo = texts(journal.redo);
  const size = ([, text]: [Entry, string]) => Buffer.byteLength(text) + 2;
  let total = [...undo, ...redo].reduce((n, e) => n + size(e), 100);
  while (total > MAX_BYTES && undo.length + redo.length > 0) {
    const gone = undo.length > 1 || redo.length === 0 ? undo.shift()! : redo.shift()!;
    total -= size(gone);
  }
  return { undo, redo };
}

/** One entry a line, so that the file stays readable. */
function serialise(journal: Journal): string {
  const { undo, redo } = trimTexts(journal);
  const list = (entries: [Entry, string][]) => (entries.length ? `[\n${entries.map(([, text]) => text).join(',\n')}\n]` : '[]');
  return `{"format":"${FORMAT}","version":${VERSION},\n"undo":${list(undo)},\n"redo":${list(redo)}}\n`;
}

export async function writeJournal(file: string, journal: Journal): Promise<void> {
  await writeJournalBytes(file, serialise(journal));
}

export async function writeJournalBytes(file: string, bytes: string | Buffer): Promise<void> {
  // The same checked write as the data file's: every byte counted and synced, 0600, never through a symlink.
  await writeAtomic(journalPath(file), bytes);
}

/** The hashes of file texts the journal holds, and those of them this build made (or read and checked). */
export function knownTexts(journal: Journal): { texts: Set<string>; ours: Set<string> } {
  const texts = new Set<string>();
  const ours = new Set<string>();
  for (const e of [...journal.undo, ...journal.redo]) {
    if (kindOf(e) !== 'text') continue;
    texts.add(e.before).add(e.after);
    if (e.by === BUILD) ours.add(e.before).add(e.after);
  }
  return { texts, ours };
}
