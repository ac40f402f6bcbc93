// The data as the file's text, for the undo journal (journal.ts, before.ts): its hash, and each application's text
// cut out of it.
//
// The file's text (datafile.ts) is JSON.stringify(data, null, 2) and a newline, the very bytes a write puts on
// disk: a save makes it once, hashes it, compares the applications in it with those of the version before, and
// hands it to the write. Its layout is known here, for journal.ts and for add's append (append.ts).
// Journal entries of followup 0.3.1 and earlier hashed JSON.stringify(data) instead: they are kept, as 'json'.
import { createHash } from 'node:crypto';
import type { Application } from '../core/model.js';
import { fileText } from './datafile.js';
import type { Data } from './schema.js';

/**
 * What a journal entry's hashes are of: the file's text, or (entries of journal version 1) the compact JSON. The
 * journal takes bytes whose hash it holds for a file text (journal.ts): a file laid out otherwise needs a kind of
 * its own.
 */
export type HashKind = 'text' | 'json';

export function sha256(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function hashData(data: Data, kind: HashKind = 'text'): string {
  return sha256(kind === 'text' ? fileText(data) : JSON.stringify(data));
}

// Strings hold no raw line breaks in a file text, and everything inside an application is indented deeper than
// it: these lines are found nowhere else.
/** Where the list of applications opens, closes, and stands when empty. */
export const LIST = '\n  "applications": [\n';
export const CLOSE = '\n  ]';
export const NONE = '\n  "applications": []';
/** An application's first line, and the end of its last. */
export const OPEN = '    {\n';
export const END = '\n    }';
/** A next application's start (after the comma that ends the one before). */
const NEXT = `,\n${OPEN}`;

/**
 * The applications' texts from `at` on, in a text laid out as fileText lays it out: `count` of them, and where the
 * last one ends; null when it is not laid out so. An application is the text from a line "    {" to the next line
 * "    }" (one that is empty, "    {}" on one line, is no application of followup's and would take the next one's end).
 * Few calls per application: this runs over every one of them at every write, in unoptimised code (cli/tiering.ts).
 */
function cut(text: string, at: number, count: number): { texts: string[]; end: number } | null {
  const texts: string[] = [];
  for (let i = 0; i < count; i++) {
    const start = i === 0 ? at : at + 2;
    if (!text.startsWith(i === 0 ? OPEN : NEXT, at)) return null;
    const end = text.indexOf(END, start);
    if (end < 0) return null;
    at = end + END.length;
    texts.push(text.slice(start, at));
  }
  return { texts, end: at };
}

/** Each application's text in a file text (fileText's), in order; null when the text is not laid out as one. */
export function applicationTexts(text: string, count: number): string[] | null {
  const list = text.indexOf(LIST);
  if (list < 0) return count === 0 ? [] : null;
  const found = cut(text, list + LIST.length, count);
  return found && text.startsWith(CLOSE, found.end) ? found.texts : null;
}

/**
 * The applications' texts in `text` when it is laid out as the file text of `data` is: the same text around the
 * applications, each application where fileText puts it. Only the applications' texts themselves may differ from
 * the file text's (a save finds out: see before.ts). Null when the layout differs.
 */
export function textsInLayout(text: string, data: Data): string[] | null {
  const count = data.applications.length;
  const { empty, head, tail } = frame(data);
  if (count === 0) return text === empty ? [] : null;
  if (!text.startsWith(head)) return null;
  const found = cut(text, head.length, count);
  return found && text.slice(found.end) === tail ? found.texts : null;
}

/**
 * The file text of `data` without its applications (`empty`), and around where they go: `head` up to the first
 * one, `tail` from the list's close.
 */
export function frame(data: Data): { empty: string; head: string; tail: string } {
  const empty = fileText({ ...data, applications: [] });
  const at = empty.indexOf(NONE);
  return { empty, head: `${empty.slice(0, at)}${LIST}`, tail: `${CLOSE}${empty.slice(at + NONE.length)}` };
}

/** An application's text as fileText writes it, inside the list. */
export function applicationText(app: Application): string {
  return `    ${JSON.stringify(app, null, 2).replaceAll('\n', '\n    ')}`;
}
