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

// Plain loops below: a save runs them over every application, in code V8 seldom optimises (cli/tiering.ts).

/** The applications' ids, in order. */
export function idsOf(apps: readonly Application[]): string[] {
  const ids: string[] = [];
  for (let i = 0; i < apps.length; i++) ids.push(apps[i]!.id);
  return ids;
}

/** The current ids without the dropped ones, then the added ones in patch order. */
function naturalOrder(ids: readonly string[], put: readonly Application[], drop: readonly string[]): string[] {
  const gone = new Set(drop);
  const order: string[] = [];
  const present = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    if (!gone.has(ids[i]!)) {
      order.push(ids[i]!);
      present.add(ids[i]!);
    }
  }
  for (let i = 0; i < put.length; i++) if (!present.has(put[i]!.id)) order.push(put[i]!.id);
  return order;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
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
  const before = new Map<string, string>();
  for (let i = 0; i < from.applications.length; i++) before.set(from.applications[i]!.id, json(from.applications[i]));
  const order = idsOf(to.applications);
  const wanted = new Set(order);
  const put: Application[] = [];
  for (let i = 0; i < to.applications.length; i++) {
    const app = to.applications[i]!;
    if (before.get(app.id) !== json(app)) put.push(clone(app));
  }
  const ids = idsOf(from.applications);
  const drop: string[] = [];
  for (let i = 0; i < ids.length; i++) if (!wanted.has(ids[i]!)) drop.push(ids[i]!);
  const patch: Patch = { keys, top, put, drop };
  if (!sameList(naturalOrder(ids, put, drop), order)) patch.order = order;
  return patch;
}

/** The target version, made from `current` and the patch; throws when the patch does not fit `current`. */
export function applyPatch(current: Data, patch: Patch): Data {
  const src = current as unknown as Record<string, unknown>;
  const byId = new Map(current.applications.map((a) => [a.id, a]));
  for (const id of patch.drop) byId.delete(id);
  for (const app of patch.put) byId.set(app.id, clone(app));
  const ids = patch.order ?? naturalOrder(idsOf(current.applications), patch.put, patch.drop);
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
