// What one transaction changed, as a patch that turns one version of the data into another (pure).
// The journal keeps, for each change, the patch back to the version before it; undo applies it,
// and the patch forward is made at that moment from the version it leaves. Applications are the unit:
// a patch holds whole applications as they are in the target, so their keys keep their order and
// a round trip gives the same bytes.
import type { Application } from '../core/model.js';
import type { Data } from './schema.js';

export interface Patch {
  /** The target's top-level keys, in order. */
  keys: string[];
  /** The target's values of the top-level keys that differ (applications aside). */
  top: Record<string, unknown>;
  /** Applications added or changed, as they are in the target. */
  put: Application[];
  /** Ids of applications the target does not have. */
  drop: string[];
  /** The target's order of ids, only when it is not the natural one (see naturalOrder). */
  order?: string[];
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function definedKeys(data: Data): string[] {
  return Object.keys(data).filter((k) => (data as unknown as Record<string, unknown>)[k] !== undefined);
}

/** The current ids without the dropped ones, then the added ones in patch order. */
function naturalOrder(ids: readonly string[], put: readonly Application[], drop: readonly string[]): string[] {
  const gone = new Set(drop);
  const kept = ids.filter((id) => !gone.has(id));
  const present = new Set(kept);
  return [...kept, ...put.map((a) => a.id).filter((id) => !present.has(id))];
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** JSON.stringify, or a stand-in that gives the same text (journal.ts passes one that makes each text once). */
export type Json = (value: unknown) => string;

/** The patch that turns `from` into `to`. */
export function makePatch(from: Data, to: Data, json: Json = JSON.stringify): Patch {
  const src = from as unknown as Record<string, unknown>;
  const dst = to as unknown as Record<string, unknown>;
  const keys = definedKeys(to);
  const top: Record<string, unknown> = {};
  for (const k of keys) {
    if (k !== 'applications' && JSON.stringify(src[k]) !== JSON.stringify(dst[k])) top[k] = clone(dst[k]);
  }
  const before = new Map(from.applications.map((a) => [a.id, json(a)]));
  const wanted = new Set(to.applications.map((a) => a.id));
  const put = to.applications.filter((a) => before.get(a.id) !== json(a)).map(clone);
  const drop = from.applications.map((a) => a.id).filter((id) => !wanted.has(id));
  const patch: Patch = { keys, top, put, drop };
  const order = to.applications.map((a) => a.id);
  if (!sameList(naturalOrder(from.applications.map((a) => a.id), put, drop), order)) patch.order = order;
  return patch;
}

/** The target version, made from `current` and the patch; throws when the patch does not fit `current`. */
export function applyPatch(current: Data, patch: Patch): Data {
  const src = current as unknown as Record<string, unknown>;
  const byId = new Map(current.applications.map((a) => [a.id, a]));
  for (const id of patch.drop) byId.delete(id);
  for (const app of patch.put) byId.set(app.id, clone(app));
  const ids = patch.order ?? naturalOrder(current.applications.map((a) => a.id), patch.put, patch.drop);
  const applications = ids.map((id) => {
    const app = byId.get(id);
    if (!app) throw new Error(`application ${id} is missing`);
    return app;
  });
  const out: Record<string, unknown> = {};
  for (const k of patch.keys) {
    if (k === 'applications') out[k] = applications;
    else if (k in patch.top) out[k] = clone(patch.top[k]);
    else if (src[k] !== undefined) out[k] = src[k];
    else throw new Error(`${k} is missing`);
  }
  return out as unknown as Data;
}

/** Makes `target` hold exactly what `source` holds, keys in source's order (updateData writes `target`). */
export function replaceContents(target: Data, source: Data): void {
  const t = target as unknown as Record<string, unknown>;
  for (const k of Object.keys(t)) delete t[k];
  Object.assign(t, source);
}
