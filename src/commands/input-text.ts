// Text typed by the user (flags, prompts, the <id> argument) on its way in: control characters (ESC, BEL,
// newlines in one-line fields…) are refused (exit 2, nothing written), and text is stored composed (NFC),
// so that a name typed on one keyboard is found when typed on another.
import { UsageError } from '../errors.js';
import { hasControl, safe } from '../ui/text.js';

const NAMES: Record<string, string> = {
  '\n': 'a line break',
  '\r': 'a carriage return',
  '\t': 'a tab',
  '\u001b': 'an escape character (ESC)',
  '\u0007': 'a bell character (BEL)',
};

function refuse(what: string, ch: string, hint: string): never {
  const name = NAMES[ch] ?? 'a control character';
  throw new UsageError(`${what} contains ${name} (${safe(ch)}), which cannot be stored; ${hint}`);
}

/** A one-line value (company, role, contact, email, phone, url, a reason, an id): no control character at all. */
export function oneLine(value: string, what: string): string {
  const text = value.normalize('NFC');
  if (hasControl(text)) refuse(what, [...text].find((ch) => hasControl(ch))!, 'type it on one line, as plain text');
  return text;
}

/** A note: line breaks (\n, or \r\n, kept as \n) and tabs, but no other control character. */
export function multiLine(value: string, what: string): string {
  const text = value.normalize('NFC').replace(/\r\n/g, '\n');
  const bad = [...text].find((ch) => ch !== '\n' && ch !== '\t' && hasControl(ch));
  if (bad !== undefined) refuse(what, bad, 'type plain text (line breaks are fine)');
  return text;
}

/** A one-line value that may be absent. */
export function oneLineOpt(value: string | undefined, what: string): string | undefined {
  return value === undefined ? undefined : oneLine(value, what);
}
