// Text from outside (flags, prompts, CSV cells, the data file) on its way to a terminal: one module for all,
// so no command forgets. Checked where it enters (oneLine), escaped where it leaves (safe), measured by
// terminal width (string-width: CJK and emoji take two columns, combining marks none).
import stringWidth from 'string-width';

// C0 controls, DEL and C1 controls; plus the bidirectional overrides, which reorder what a terminal shows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const CONTROL_ALL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
// One column per UTF-16 unit, each its own grapheme: printable ASCII, Latin-1 and the Latin extensions, and the
// punctuation of U+2010-2027 (· … “ ” –). Not the soft hyphen (no width), nor © and ® (emoji: two columns to
// string-width). The usual company, role and reason takes this path, not string-width's grapheme walk.
const NARROW = /^[\u0020-\u007e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2027]*$/;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t', '\u001b': '\\e' };

function escapeOne(ch: string): string {
  const named = NAMED[ch];
  if (named) return named;
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** True when the text holds a control character (ESC, BEL, a newline, …) that cannot belong in a one-line field. */
export function hasControl(text: string): boolean {
  return CONTROL.test(text);
}

/** A one-line value for display: every control character shown escaped (`\e`, `\n`, `\x07`). */
export function safe(text: string): string {
  return CONTROL.test(text) ? text.replace(CONTROL_ALL, escapeOne) : text;
}

/** A multi-line value (a note) for display: newlines kept, every other control character escaped. */
export function safeLines(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL_BUT_NEWLINE, escapeOne);
}

/** '1 event', '3 events'. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Columns the text takes on a terminal. */
export function width(text: string): number {
  return NARROW.test(text) ? text.length : stringWidth(text);
}

/** Cuts to at most n columns, with an ellipsis when cut (never half a wide character). */
export function cutTo(text: string, n: number): string {
  if (NARROW.test(text)) return text.length <= n ? text : `${text.slice(0, Math.max(0, n - 1))}…`;
  if (stringWidth(text) <= n) return text;
  let out = '';
  let used = 0;
  for (const ch of segments(text)) {
    const w = width(ch);
    if (used + w > n - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

/** Pads or cuts to exactly n columns. */
export function fitTo(text: string, n: number): string {
  if (NARROW.test(text)) return text.length <= n ? text + ' '.repeat(n - text.length) : `${text.slice(0, Math.max(0, n - 1))}…`;
  const cut = cutTo(text, n);
  return cut + ' '.repeat(Math.max(0, n - width(cut)));
}

/**
 * Wraps prose at word boundaries to `columns`, every line after the first indented by `indent` spaces.
 * A word longer than a whole line is left whole (a URL stays clickable; the terminal folds it).
 */
export function wrap(text: string, columns: number, indent = 0): string {
  const pad = ' '.repeat(indent);
  const limit = Math.max(10, columns);
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (word === '') continue;
    const lead = out.length === 0 && line === '' ? '' : line === '' ? pad : '';
    const candidate = line === '' ? `${lead}${word}` : `${line} ${word}`;
    if (line !== '' && width(candidate) > limit) {
      out.push(line);
      line = `${pad}${word}`;
    } else {
      line = candidate;
    }
  }
  out.push(line);
  return out.join('\n');
}

/**
 * `prefix` then `text` wrapped to `columns`, the later lines indented to where the text began:
 * `  R8  they said …` with the rest of the reason under "they".
 */
export function wrapAfter(prefix: string, text: string, columns: number): string[] {
  const lead = width(prefix);
  const lines = wrap(text, columns - lead).split('\n');
  return lines.map((l, i) => (i === 0 ? prefix : ' '.repeat(lead)) + l);
}

/**
 * Wraps text that may hold several lines (a script, a note): each line is wrapped on its own, keeping its
 * leading spaces, and a wrapped line's continuation is indented under its first word (`- ` bullets too).
 */
export function wrapLines(text: string, columns: number, indent = 0): string[] {
  const out: string[] = [];
  for (const raw of text.split('\n')) {
    const lead = /^ */.exec(raw)![0].length + indent;
    const bullet = /^ *(?:- |\* |\d+\. )/.exec(raw)?.[0].length ?? 0;
    const body = raw.trimStart();
    if (body === '') {
      out.push('');
      continue;
    }
    const hang = Math.max(lead, bullet + indent);
    const wrapped = wrap(body, columns - lead, hang - lead).split('\n');
    out.push(...wrapped.map((l) => ' '.repeat(lead) + l));
  }
  return out;
}

type Segmenter = { segment(t: string): Iterable<{ segment: string }> };
let graphemes: Segmenter | null | undefined;

function segments(text: string): string[] {
  // Grapheme clusters where Intl has them, so an emoji with a modifier is never cut in half. Made once, when
  // first needed: building one loads ICU's break data.
  if (graphemes === undefined) {
    const Seg = (Intl as unknown as { Segmenter?: new (l?: string, o?: object) => Segmenter }).Segmenter;
    graphemes = Seg ? new Seg(undefined, { granularity: 'grapheme' }) : null;
  }
  return graphemes ? [...graphemes.segment(text)].map((s) => s.segment) : [...text];
}
