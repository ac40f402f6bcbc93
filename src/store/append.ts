// `followup add`'s usual case: one application appended to a data file this build wrote, or read and checked (the
// hash of its bytes is in the journal: journal.ts), without parsing the applications already in it. Those bytes are
// the file text of what they hold (datafile.ts, fileText; its layout: data-text.ts): the new text is the old one
// with its frame (nextId) made again and the new application's text put at the end of the list, byte for byte what
// the usual way would write. Of the others, the advice needs only those with an offer or an acceptance (R3, R6):
// they are found in the text, and only they are parsed. Anything else (bytes the journal does not know, a year of
// holidays to look up) is left to the usual way (store.ts), which the caller takes when this returns null.
import type { Application } from '../core/model.js';
import { makePatch } from './change.js';
import { neededYears } from './country-holidays.js';
import { CLOSE, END, LIST, NONE, OPEN, applicationText, frame as frameOf, sha256 } from './data-text.js';
import { type DataFile, fileText } from './datafile.js';
import { type Change, History } from './journal.js';
import { kindOf, knownTexts, readJournal } from './journal-file.js';
import { type Data, SCHEMA_VERSION, insert } from './schema.js';
import { describeChange } from './summary.js';

/** What add shows: the new application, and the data its advice reads (the frame, and only the applications R3 and R6 look at). */
export interface Appended {
  saved: Application;
  view: Data;
}

// The bytes are searched as they are, never turned into text whole: the markers are ASCII, and the list's bytes go
// into the new file as they are.

/** The bytes split around the list of applications: the data without them (parsed), and the list's own bytes. */
function split(bytes: Buffer): { frame: Data; body: Buffer } | null {
  const list = bytes.indexOf(LIST);
  let frameText: string;
  let body: Buffer = Buffer.alloc(0);
  if (list < 0) {
    frameText = bytes.toString('utf8');
  } else {
    // Everything inside the list is indented deeper: its first line "  ]" closes it.
    const end = bytes.indexOf(CLOSE, list + LIST.length);
    if (end < 0) return null;
    body = bytes.subarray(list + LIST.length, end);
    frameText = `${bytes.toString('utf8', 0, list)}${NONE}${bytes.toString('utf8', end + CLOSE.length)}`;
  }
  let frame: Data;
  try {
    frame = JSON.parse(frameText) as Data;
  } catch {
    return null;
  }
  // The frame as fileText writes it, or this is no text of followup's after all.
  if (fileText(frame) !== frameText || !Array.isArray(frame.applications) || frame.applications.length > 0) return null;
  return { frame, body };
}

/** The applications of the list with an offer or an acceptance logged, parsed, in log order. */
function offeredOrAccepted(body: Buffer): Application[] | null {
  const starts = new Set<number>();
  for (const needle of ['"type": "offer"', '"type": "accepted"']) {
    for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length)) {
      starts.add(body.lastIndexOf(`\n${OPEN}`, at) + 1);
    }
  }
  const apps: Application[] = [];
  for (const start of [...starts].sort((a, b) => a - b)) {
    const end = body.indexOf(END, start);
    try {
      apps.push(JSON.parse(body.toString('utf8', start, end + END.length)) as Application);
    } catch {
      return null;
    }
  }
  return apps;
}

/**
 * The years of public holidays the data needs, all present: those of the applications in the list (their events'
 * dates, found in the text) and the new one's. A year missing is left to the usual way, which looks it up.
 */
function holidaysHeld(frame: Data, body: Buffer, app: Application): boolean {
  const country = frame.settings.country ?? null;
  if (country === null) return frame.countryHolidays === undefined;
  const held = frame.countryHolidays;
  if (held?.country !== country) return false;
  const years = new Set(neededYears({ ...frame, applications: [app] }));
  const needle = '"date": "';
  for (let at = body.indexOf(needle); at >= 0; at = body.indexOf(needle, at + needle.length)) {
    const year = Number(body.toString('latin1', at + needle.length, at + needle.length + 4));
    years.add(String(year)).add(String(year + 1));
  }
  for (const year of years) if (held.years[year] === undefined) return false;
  return true;
}

/** The change an append makes: what to write, and what to record in the journal first (store.ts commits it). */
export interface Append {
  history: History;
  /** The data as the write checks it: the frame and the new application (the others were checked before). */
  data: Data;
  change: Change;
  result: Appended;
}

/**
 * The append of `app` (its id the next one) when the bytes are known to the journal and laid out as followup writes
 * them, under the lock already taken; null when it cannot be made so. Nothing is written here.
 */
export async function prepareAppend(file: string, store: DataFile, app: Omit<Application, 'id'>): Promise<Append | null> {
  const read = readJournal(file);
  const bytes = store.readBytes();
  if (bytes === null) return null;
  const hash = sha256(bytes);
  // Entries of journal version 1 hash the compact JSON, which only the usual way makes (to keep them in reach).
  const entries = [...read.journal.undo, ...read.journal.redo];
  if (!knownTexts(read.journal).ours.has(hash) || entries.some((e) => kindOf(e) !== 'text')) return null;
  const parts = split(bytes);
  if (parts === null || parts.frame.schemaVersion !== SCHEMA_VERSION) return null;
  const { frame, body } = parts;
  const before: Data = { ...frame, applications: [] };
  // Every application in the list was checked when it was written or read, its id below nextId: the new one's is free.
  const after: Data = { ...frame, applications: [] };
  const saved = insert(after, app);
  if (!holidaysHeld(frame, body, saved)) return null;
  const others = offeredOrAccepted(body);
  if (others === null) return null;

  const { head, tail } = frameOf(after);
  const written = Buffer.concat([Buffer.from(head), body, Buffer.from(`${body.length > 0 ? ',\n' : ''}${applicationText(saved)}${tail}`)]);

  const history = History.over(file, read, hash);
  // The change as the usual way records it: the others are the same on both sides, so they take no part.
  const entry = { summary: describeChange(before, after), before: hash, after: sha256(written), back: makePatch(after, before) };
  const change = { made: { bytes: written }, record: () => history.record(entry) };
  return { history, data: after, change, result: { saved, view: { ...after, applications: [...others, saved] } } };
}
