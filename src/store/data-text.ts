// The data as JSON text, for the undo journal (journal.ts): its hash, made from each application's text, and the
// version a transaction started from, kept as those texts.
import { createHash } from 'node:crypto';
import type { Application } from '../core/model.js';
import type { Json } from './change.js';
import type { Data } from './schema.js';

export function hashData(data: Data, json: Json = JSON.stringify): string {
  return createHash('sha256').update(json === JSON.stringify ? json(data) : dataText(data, json)).digest('hex');
}

/**
 * JSON.stringify for one save: each application's text made once, whether the patch, the summary or the hash
 * asks for it (a write used to turn the whole data into text six times). Only for data that does not change
 * meanwhile.
 */
export function textsOnce(): Json {
  const made = new WeakMap<object, string>();
  return (value) => {
    if (typeof value !== 'object' || value === null) return JSON.stringify(value);
    let text = made.get(value);
    if (text === undefined) made.set(value, (text = JSON.stringify(value)));
    return text;
  };
}

/** JSON.stringify(data), exactly, with the applications' texts from `json`. */
function dataText(data: Data, json: Json): string {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    const text = key === 'applications' ? `[${(value as unknown[]).map(json).join(',')}]` : JSON.stringify(value);
    parts.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * The data as a transaction found it, kept as text (the transaction changes the data in place): each
 * application's JSON, and the rest with an empty list of applications. Only what a change touched is parsed back.
 */
export class Before {
  private readonly ids: string[];
  private readonly texts: string[];
  private readonly rest: string;

  constructor(data: Data, json: Json) {
    this.ids = data.applications.map((a) => a.id);
    this.texts = data.applications.map(json);
    this.rest = JSON.stringify({ ...data, applications: [] });
  }

  /** The whole version, as JSON.parse(JSON.stringify(data)) at the start would have given it. */
  whole(): Data {
    return { ...(JSON.parse(this.rest) as Data), applications: this.texts.map((t) => JSON.parse(t) as Application) };
  }

  /**
   * The same version, sharing with `after` every application that is as it was (same text): a save parses back
   * only the applications the change touched. Only for `after` as it stays (the data being written).
   */
  beside(after: Data, json: Json): Data {
    const now = new Map(after.applications.map((a) => [a.id, a]));
    const applications = this.ids.map((id, i) => {
      const app = now.get(id);
      return app !== undefined && json(app) === this.texts[i] ? app : (JSON.parse(this.texts[i]!) as Application);
    });
    return { ...(JSON.parse(this.rest) as Data), applications };
  }
}
