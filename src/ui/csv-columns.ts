// Which field each column of an imported sheet is: followup's own names, the usual names of other trackers'
// exports (Huntr, Teal, LinkedIn) and hand-made sheets, and the user's --map.
import { safe } from './text.js';

/** The fields a row can carry, in the order export writes them. */
export const FIELDS = ['company', 'role', 'stage', 'round', 'date', 'expect_by', 'deadline', 'contact', 'email', 'phone', 'url', 'no_calls', 'note'] as const;
export type Field = (typeof FIELDS)[number];

/** Export's read-only columns: what followup derives. Import ignores them without a word. */
export const READ_ONLY = ['last_contact', 'next_action', 'next_due'] as const;

/** A column name as compared: words in lower case ("createdAt", "Created At" and "created_at" are one name). */
export function columnKey(cell: string): string {
  return cell
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALIASES: Record<Field, string[]> = {
  company: ['company', 'company name', 'employer', 'organization', 'organisation'],
  role: ['role', 'job title', 'title', 'position', 'job', 'job role', 'position title', 'role title'],
  stage: ['stage', 'status', 'list', 'list name', 'application status', 'job status'],
  round: ['round', 'interview round'],
  date: ['date', 'date applied', 'applied on', 'applied date', 'application date', 'applied', 'created at', 'date created', 'date added'],
  expect_by: ['expect by', 'expected by', 'response by', 'hear back by'],
  deadline: ['deadline', 'offer deadline'],
  contact: ['contact', 'contact name', 'recruiter', 'recruiter name', 'hiring manager', 'contact person'],
  email: ['email', 'e mail', 'email address', 'contact email', 'recruiter email'],
  phone: ['phone', 'phone number', 'contact phone', 'contact phone number', 'recruiter phone'],
  url: ['url', 'link', 'job url', 'job link', 'posting', 'posting url', 'job posting', 'listing url'],
  no_calls: ['no calls'],
  note: ['note', 'notes', 'comment', 'comments'],
};

const BY_KEY = new Map<string, Field>(FIELDS.flatMap((f) => ALIASES[f].map((a) => [a, f] as const)));
const READ_ONLY_KEYS = new Set<string>(READ_ONLY.map(columnKey));

/**
 * Names that mean something else in a known export. Huntr's `deadline` is the posting's, not an offer's;
 * LinkedIn's `Contact Email` and `Contact Phone Number` are the applicant's own.
 */
function overrides(keys: ReadonlySet<string>): Map<string, string> {
  const out = new Map<string, string>();
  if (keys.has('list name') && keys.has('created at')) out.set('deadline', "Huntr's is the posting's deadline");
  if (keys.has('resume name') || keys.has('question and answers')) {
    out.set('contact email', "LinkedIn's is your own");
    out.set('contact phone number', "LinkedIn's is your own");
  }
  return out;
}

export interface Columns {
  /** The field of each column of the file; null for a column ignored. */
  fields: (Field | null)[];
  /** Columns that are not followup's and were not mapped, as written in the header (the nameless ones left out). */
  ignored: string[];
}

/** A header that cannot be read: what is wrong, to be said with the file's name in front. */
export class ColumnError extends Error {}

/** `--map "Column=field"` values: the column's key → a field, or null for `ignore`. */
export function parseMaps(maps: readonly string[]): Map<string, Field | null> {
  const out = new Map<string, Field | null>();
  for (const m of maps) {
    const at = m.lastIndexOf('=');
    const column = columnKey(at < 0 ? '' : m.slice(0, at));
    const field = at < 0 ? '' : m.slice(at + 1).trim().toLowerCase().replace(/[\s-]+/g, '_');
    if (column === '' || (field !== 'ignore' && !(FIELDS as readonly string[]).includes(field))) {
      throw new ColumnError(`--map takes "Column name=field", the field one of ${FIELDS.join(', ')} or ignore (got '${safe(m)}')`);
    }
    out.set(column, field === 'ignore' ? null : (field as Field));
  }
  return out;
}

/** Reads the header row: which field each column is. Throws ColumnError when company is missing or a field is given twice. */
export function recognise(header: readonly string[], maps: ReadonlyMap<string, Field | null>): Columns {
  const keys = header.map(columnKey);
  const present = new Set(keys);
  for (const column of maps.keys()) {
    if (!present.has(column)) throw new ColumnError(`--map names a column '${safe(column)}' that is not in the header; the columns are ${header.map((h) => `'${safe(h.trim())}'`).join(', ')}`);
  }
  const special = overrides(present);
  const fields: (Field | null)[] = [];
  const ignored: string[] = [];
  const seen = new Map<Field, string>();
  keys.forEach((key, i) => {
    const cell = (header[i] ?? '').trim();
    let field: Field | null = null;
    if (maps.has(key)) field = maps.get(key) ?? null;
    else if (key === '' || READ_ONLY_KEYS.has(key)) field = null;
    else if (!special.has(key)) field = BY_KEY.get(key) ?? null;
    if (field === null && key !== '' && !READ_ONLY_KEYS.has(key) && !maps.has(key)) ignored.push(cell);
    if (field !== null) {
      const before = seen.get(field);
      if (before !== undefined) {
        throw new ColumnError(`the columns '${safe(before)}' and '${safe(cell)}' are both read as ${field}; keep one, or pass --map "${safe(cell)}=ignore" (or another field)`);
      }
      seen.set(field, cell);
    }
    fields.push(field);
  });
  if (!seen.has('company')) {
    throw new ColumnError(
      `no column names the company (columns found: ${header.map((h) => `'${safe(h.trim())}'`).join(', ')}); name one company, or pass --map "Your column=company"`,
    );
  }
  return { fields, ignored };
}
