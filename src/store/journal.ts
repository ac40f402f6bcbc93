// The undo journal: followup.json.journal beside the data file, written only by updateData, under the data
// file's lock and before the data file itself (temp file, fsync, rename; 0600).
//
// Two stacks, oldest first. An `undo` entry is a change that is in the data file: `back` turns the version
// it made (hash `after`) into the one before it (hash `before`). A `redo` entry is a change undone: `fwd`
// puts it back. Hashes are of the data as decoded (of its file text, data-text.ts; entries from journal
// version 1, marked `"hash":"json"`, of its compact JSON), so an entry is applied only to the very version it
// was made for; anything else (a hand edit, a restored backup) is refused, never guessed at. A file only
// re-formatted by hand holds the same data, and the same hash.
//
// Crashes: the journal is written first, so after a crash it can be one step ahead of the data file.
// settle() notices that from the hashes (the data file still holds the entry's starting version) and takes
// the step back in memory; the next write persists it. Size: at most MAX_ENTRIES per stack and MAX_BYTES in all,
// the oldest going first. An undo entry holds only the applications and settings a change touched, as they
// were before it (an import of thousands keeps only their ids), so 50 changes take tens of kilobytes.
import { unlinkSync } from 'node:fs';
import { FailError } from '../errors.js';
import { type Json, type Patch, applyPatch, makePatch, replaceContents } from './change.js';
import type { Application } from '../core/model.js';
import { Before, Texts } from './before.js';
import { type HashKind, applicationTexts, hashData, sha256 } from './data-text.js';
import { BUILD } from './cache-file.js';
import { type DataFile, type Made, fileText } from './datafile.js';
import { type Entry, type Journal, type Read, entryKey, journalPath, kindOf, knownTexts, readJournal, writeJournal, writeJournalBytes } from './journal-file.js';
import { type Data, emptyData } from './schema.js';
import { describeChange } from './summary.js';

export { type Entry, type Journal, type Read, MAX_BYTES, MAX_ENTRIES, entryKey, journalPath, knownTexts, readJournal, trim } from './journal-file.js';

/** The data file's hash of each kind, made when first asked. */
export type Hashes = (kind: HashKind) => string;

/** `text`: the hash of the file text, from the version read (so as not to make that text again). */
function hashesOf(data: Data, text: () => string): Hashes {
  let json: string | undefined;
  return (kind) => (kind === 'text' ? text() : (json ??= hashData(data, 'json')));
}

/**
 * After a crash between the journal write and the data write, the journal is one step ahead; this takes
 * that step back. Returns whether each stack's top fits the data file.
 */
export function settle(journal: Journal, hashes: Hashes): { undoFits: boolean; redoFits: boolean } {
  const current = (e: Entry) => hashes(kindOf(e));
  for (let i = 0; i < 4; i++) {
    const u = journal.undo.at(-1);
    const r = journal.redo.at(-1);
    if (u && u.after !== current(u) && u.before === current(u)) {
      // Its change never reached the file: a new change is forgotten, a redo goes back on the redo stack.
      journal.undo.pop();
      if (u.fwd) journal.redo.push(u);
    } else if (r && (!u || u.after !== current(u)) && r.after === current(r) && r.before !== current(r)) {
      // An undo that never reached the file.
      journal.redo.pop();
      journal.undo.push(r);
    } else break;
  }
  const u = journal.undo.at(-1);
  const r = journal.redo.at(-1);
  return { undoFits: !u || u.after === current(u), redoFits: !r || r.before === current(r) };
}

export function mismatch(file: string, what: 'undo' | 'redo'): FailError {
  return new FailError(
    `${file} was changed outside followup after its last recorded change, so ${what} will not guess; put the file back as it was, or make any change with followup to start a new undo history`,
  );
}

/** What undo and redo can do now, read without the lock (for --list and --dry-run). */
export async function readHistory(file: string, data: Data): Promise<Journal & { undoFits: boolean; redoFits: boolean; problem: string | null }> {
  // The journal lives beside the real file (updateData writes it there), also when `file` is a symlink to it.
  const { realFile } = await import('./paths.js');
  const { journal, problem } = readJournal(realFile(file));
  return { ...journal, ...settle(journal, hashesOf(data, () => hashData(data))), problem };
}

/** Data the data file will refuse to write can hold anything (a date that is no day): its summary is made before
 * the check refuses it (and the entry is then never recorded), so it must not throw. */
function summarise(before: Data, after: Data, json: Json): string {
  try {
    return describeChange(before, after, json);
  } catch {
    return 'Changed the data file';
  }
}

/** A change to write: its bytes, and its record in the journal (made first, see History.save). */
export interface Change {
  made: Made;
  record(): Promise<void>;
}

/** The history of one transaction: updateData opens it, the transaction may undo or redo, updateData saves it. */
export class History {
  private step: 'undo' | 'redo' | null = null;

  private constructor(
    private readonly file: string,
    /** The version read, as text (null: a history that only records a change made elsewhere, see over()). */
    private readonly before: Before | null,
    private readonly journal: Journal,
    private readonly fits: { undoFits: boolean; redoFits: boolean },
    private readonly problem: string | null,
    /** The journal's bytes before this transaction (null: there was none), to put back if the data write fails. */
    private readonly raw: Buffer | null,
  ) {}

  /**
   * Reads the journal, then the data file through `store` (an empty log when there is none). Bytes whose hash the
   * journal holds are a file text (every hash of kind 'text' is of one), not made again; those this build wrote, or
   * read and checked, are not checked again either.
   */
  static async open(file: string, store: DataFile): Promise<{ history: History; data: Data }> {
    const { journal, problem, raw } = readJournal(file);
    const { texts, ours } = knownTexts(journal);
    let hash: string | undefined;
    const data = (await store.read((bytes) => texts.size > 0 && ours.has((hash = sha256(bytes))))) ?? emptyData();
    const before = versionRead(data, store.found, journal, hash !== undefined && texts.has(hash) ? hash : undefined);
    const hashes = hashesOf(data, () => before.hash());
    return { history: new History(file, before, journal, settle(journal, hashes), problem, raw), data };
  }

  /**
   * The history of a change to the bytes read, whose hash is `hash`, made without this class (append.ts): it only
   * records it (record()).
   */
  static over(file: string, read: Read, hash: string): History {
    return new History(file, null, read.journal, settle(read.journal, () => hash), read.problem, read.raw);
  }

  /** The data write failed after save(): the journal goes back to what it was, so a failed command leaves nothing. */
  async restore(): Promise<void> {
    if (this.raw === null) {
      try {
        unlinkSync(journalPath(this.file));
      } catch {
        /* none was written */
      }
    } else await writeJournalBytes(this.file, this.raw);
  }

  /** Takes back the newest change in `data`; `expect` (its entryKey) guards against a change made meanwhile. */
  undo(data: Data, expect?: string): Entry {
    const entry = this.take('undo', expect);
    const restored = this.apply(entry.back, data, entry, 'before');
    entry.fwd ??= makePatch(restored, this.version().whole());
    replaceContents(data, restored);
    this.journal.undo.pop();
    this.journal.redo.push(entry);
    return entry;
  }

  /** Puts back the change undone last. */
  redo(data: Data, expect?: string): Entry {
    const entry = this.take('redo', expect);
    if (!entry.fwd) throw new FailError(`the undo journal ${journalPath(this.file)} has no way to redo this change`);
    replaceContents(data, this.apply(entry.fwd, data, entry, 'after'));
    this.journal.redo.pop();
    this.journal.undo.push(entry);
    return entry;
  }

  private take(what: 'undo' | 'redo', expect: string | undefined): Entry {
    if (this.step) throw new Error('one undo or redo per transaction');
    if (this.problem) throw new FailError(`${this.problem}; ${what} cannot take anything back (the next change starts a new journal)`);
    const entry = this.journal[what].at(-1);
    if (!entry) throw new FailError(`nothing to ${what}${what === 'undo' ? ' (no change recorded)' : ': undo a change first'}`);
    if (!(what === 'undo' ? this.fits.undoFits : this.fits.redoFits)) throw mismatch(this.file, what);
    if (expect !== undefined && entryKey(entry) !== expect) throw new FailError(`another followup changed ${this.file} meanwhile; run ${what} again to see what it would take`);
    this.step = what;
    return entry;
  }

  /** The version `patch` makes of `data`, checked against the entry's hash of it (`before` for an undo). */
  private apply(patch: Patch, data: Data, entry: Entry, version: 'before' | 'after'): Data {
    const what = version === 'before' ? 'undo' : 'redo';
    let result: Data;
    try {
      result = applyPatch(data, patch);
    } catch (err) {
      throw new FailError(`the undo journal ${journalPath(this.file)} does not fit ${this.file} (${(err as Error).message}); nothing to ${what}`);
    }
    if (hashData(result, kindOf(entry)) !== entry[version]) throw new FailError(`the undo journal ${journalPath(this.file)} does not reproduce the recorded version; nothing to ${what}`);
    return result;
  }

  /**
   * The transaction's change: what the data write needs (the file's new bytes, made once here, and which
   * applications are as they were, checked when the file was read), and how to record it in the journal, which
   * updateData does under the lock once the change passed its checks, before the data file is written.
   */
  async save(data: Data, label?: string): Promise<Change> {
    const text = fileText(data);
    const bytes = Buffer.from(text);
    if (this.step) return { made: { bytes }, record: () => writeJournal(this.file, this.journal) };
    const texts = new Texts(data.applications, applicationTexts(text, data.applications.length));
    const same = new Set<Application>();
    const before = this.version().beside(data, texts, same);
    const after = sha256(bytes);
    const current = this.version().hash();
    if (after === current) return { made: { bytes, same }, record: async () => undefined };
    const entry = { summary: label ?? summarise(before, data, texts.of), before: current, after, back: makePatch(data, before, texts.of) };
    return { made: { bytes, same }, record: () => this.record(entry) };
  }

  /** Records a change (not an undo or a redo): on top of the undo stack, what could be redone forgotten. */
  async record(change: Pick<Entry, 'summary' | 'before' | 'after' | 'back'>): Promise<void> {
    // An undo history that does not fit the file (a hand edit, a damaged journal) cannot be used: start afresh.
    const undo = this.fits.undoFits && !this.problem ? this.journal.undo : [];
    for (const e of undo) delete e.fwd;
    const { summary, before, after, back } = change;
    undo.push({ summary, at: new Date().toISOString(), before, after, by: BUILD, back });
    await writeJournal(this.file, { undo, redo: [] });
  }

  private version(): Before {
    if (this.before === null) throw new Error('this history only records a change made elsewhere');
    return this.before;
  }
}

/**
 * The version read, as text. Bytes the journal knows (`known`: their hash) are its file text: every hash of kind
 * 'text' is of one, and this build makes it so. With no journal to settle, the hash is needed only once a save
 * compares the version with the new one (Before.cut).
 */
function versionRead(data: Data, found: { bytes: Buffer; text: string } | null, journal: Journal, known: string | undefined): Before {
  if (found !== null && known !== undefined) return Before.of(data, found.text, known);
  if (found !== null && journal.undo.length + journal.redo.length === 0) {
    const cut = Before.cut(data, found.text, found.bytes);
    if (cut) return cut;
  }
  const text = fileText(data);
  return Before.of(data, text, sha256(text));
}
