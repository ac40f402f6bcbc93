// One line, in words, of what a change did ("Logged call to Acme on Mon 23 Nov", "Set country to US"),
// derived from the versions before and after (pure). The text holds what the user typed: escape it to show it.
import { humanDay } from '../core/calendar.js';
import { EVENT_NAMES } from '../core/event-names.js';
import type { AppEvent, Application } from '../core/model.js';
import type { Data } from './schema.js';

const EVENT_FIELDS = ['type', 'date', 'round', 'expectBy', 'invited', 'channel', 'cue', 'until', 'reason', 'deadline', 'note', 'noAnswer'] as const;
const FIELD_WORDS: Record<string, string> = { expectBy: 'expect-by', noAnswer: 'no answer' };
const DATE_FIELDS = new Set(['date', 'expectBy', 'invited', 'until', 'deadline']);

function isDate(field: string, value: unknown): value is string {
  return DATE_FIELDS.has(field) && typeof value === 'string';
}

function word(field: string, value: unknown): string {
  if (value === undefined || value === null) return 'none';
  if (isDate(field, value)) return humanDay(value);
  if (Array.isArray(value)) return value.length ? value.join(',') : 'none';
  return String(value);
}

/** 'interview (round 2) with Acme on Thu 19 Nov'. */
export function eventPhrase(e: AppEvent, company: string): string {
  const round = e.type === 'interview' && e.round ? ` (round ${e.round})` : '';
  const [what, prep] = EVENT_NAMES[e.type];
  return `${what}${round} ${prep} ${company} on ${humanDay(e.date)}`;
}

/** 'date Thu 19 Nov → Thu 12 Nov, cue none → neutral'; empty when nothing differs. */
export function describeEventChange(before: AppEvent, after: AppEvent): string {
  const parts: string[] = [];
  for (const f of EVENT_FIELDS) {
    const a = before[f];
    const b = after[f];
    if (a !== b) parts.push(`${FIELD_WORDS[f] ?? f} ${word(f, a)} → ${word(f, b)}`);
  }
  return parts.join(', ');
}

const APP_FIELDS: [string, (a: Application) => unknown][] = [
  ['company', (a) => a.company],
  ['role', (a) => a.role],
  ['contact', (a) => a.contact.name],
  ['email', (a) => a.contact.email],
  ['phone', (a) => a.contact.phone],
  ['url', (a) => a.url],
  ['no-calls', (a) => a.noCalls],
  ['notes', (a) => a.notes],
];

/** "role 'Backend' → 'Platform', email cleared": the fields of an application that differ. */
export function describeFieldChanges(before: Application, after: Application): string[] {
  const out: string[] = [];
  for (const [name, get] of APP_FIELDS) {
    const a = get(before);
    const b = get(after);
    if (a === b) continue;
    if (typeof b === 'boolean') out.push(`${name} ${b ? 'on' : 'off'}`);
    else if (b === undefined) out.push(`${name} cleared`);
    else out.push(a === undefined ? `${name} '${String(b)}'` : `${name} '${String(a)}' → '${String(b)}'`);
  }
  return out;
}

/** Events in b that are not in a, counting repeats. */
function minus(a: readonly AppEvent[], b: readonly AppEvent[]): AppEvent[] {
  const left = new Map<string, number>();
  for (const e of a) left.set(JSON.stringify(e), (left.get(JSON.stringify(e)) ?? 0) + 1);
  const out: AppEvent[] = [];
  for (const e of b) {
    const key = JSON.stringify(e);
    const n = left.get(key) ?? 0;
    if (n > 0) left.set(key, n - 1);
    else out.push(e);
  }
  return out;
}

function label(app: Application): string {
  return `#${app.id} ${app.company}`;
}

function describeApplication(before: Application, after: Application): string[] {
  const out: string[] = [];
  const added = minus(before.events, after.events);
  const gone = minus(after.events, before.events);
  if (added.length === 1 && gone.length === 0) out.push(`Logged ${eventPhrase(added[0]!, after.company)}`);
  else if (added.length === 0 && gone.length === 1) out.push(`Removed the ${eventPhrase(gone[0]!, after.company)} from #${after.id}`);
  else if (added.length === 1 && gone.length === 1) {
    out.push(`Corrected the ${eventPhrase(gone[0]!, after.company)}: ${describeEventChange(gone[0]!, added[0]!)}`);
  } else if (added.length + gone.length > 0) out.push(`Changed the events of ${label(after)}`);
  const fields = describeFieldChanges(before, after);
  if (fields.length) out.push(`Edited ${label(before)}: ${fields.join(', ')}`);
  return out;
}

function listed(apps: Application[], verb: string): string {
  if (apps.length === 1) return `${verb} ${label(apps[0]!)}`;
  const names = apps.slice(0, 3).map(label).join(', ');
  return `${verb} ${apps.length} applications (${names}${apps.length > 3 ? ', …' : ''})`;
}

function describeSettings(before: Data['settings'], after: Data['settings']): string[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
  return keys.map((k) => (a[k] === undefined ? `Reset ${k} to its default` : `Set ${k} to ${word(k, a[k])}`));
}

/** One line of what changed from `before` to `after`. */
export function describeChange(before: Data, after: Data, json: (value: unknown) => string = JSON.stringify): string {
  // Plain loops: a save runs this over every application, in code V8 seldom optimises (cli/tiering.ts).
  const was = new Map<string, Application>();
  for (let i = 0; i < before.applications.length; i++) was.set(before.applications[i]!.id, before.applications[i]!);
  const now = new Set<string>();
  const added: Application[] = [];
  const changed: Application[] = [];
  for (let i = 0; i < after.applications.length; i++) {
    const app = after.applications[i]!;
    now.add(app.id);
    const old = was.get(app.id);
    if (old === undefined) added.push(app);
    else if (json(old) !== json(app)) changed.push(app);
  }
  const removed: Application[] = [];
  for (let i = 0; i < before.applications.length; i++) if (!now.has(before.applications[i]!.id)) removed.push(before.applications[i]!);
  const parts: string[] = [];
  if (added.length) parts.push(listed(added, 'Added'));
  if (removed.length) parts.push(listed(removed, 'Deleted'));
  if (changed.length === 1) parts.push(...describeApplication(was.get(changed[0]!.id)!, changed[0]!));
  else if (changed.length > 1) parts.push(`Changed ${changed.length} applications`);
  parts.push(...describeSettings(before.settings, after.settings));
  if (parts.length === 0) parts.push('Changed the data file');
  return parts.join('; ');
}
