// The data as the file's text, for the undo journal (journal.ts, before.ts): its hash, and each application's text
// cut out of it.
//
// The file's text (datafile.ts) is JSON.stringify(data, null, 2) and a newline, the very bytes a write puts on disk: a save makes
// it once, hashes it, compares the applications in it with those of the version before, and hands it to the write.
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

const LIST = '\n  "applications": [\n';
const NONE = '\n  "applications": []';
const END = '\n    }';
/** The first application's start, and a next one's (after the comma that ends the one before). */
const OPEN = '    {\n';
const NEXT = `,\n${OPEN}`;

/**
 * The applications' texts from `at` on, in a text laid out as fileText lays it out: `count` of them, and where the
 * last one ends; null when it is not laid out so. Strings hold no raw line breaks there, and everything inside an
 * application is indented deeper, so an application is the text from a line "    {" to the next line "    }"
 * (one that is empty, "    {}" on one line, is no application of followup's and would take the next one's end).
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
  return found && text.startsWith('\n  ]', found.end) ? found.texts : null;
}

/**
 * The applications' texts in `text` when it is laid out as the file text of `data` is: the same text around the
 * applications, each application where fileText puts it. Only the applications' texts themselves may differ from
 * the file text's (a save finds out: see before.ts). Null when the layout differs.
 */
export function textsInLayout(text: string, data: Data): string[] | null {
  const count = data.applications.length;
  const frame = fileText({ ...data, applications: [] });
  if (count === 0) return text === frame ? [] : null;
  const at = frame.indexOf(NONE);
  const head = `${frame.slice(0, at)}${LIST}`;
  if (at < 0 || !text.startsWith(head)) return null;
  const found = cut(text, head.length, count);
  return found && text.slice(found.end) === `\n  ]${frame.slice(at + NONE.length)}` ? found.texts : null;
}

/** An application's text as fileText writes it, inside the list. */
export function applicationText(app: Application): string {
  return `    ${JSON.stringify(app, null, 2).replaceAll('\n', '\n    ')}`;
}
