// Carries older data files forward, one version at a time. The file on disk is rewritten only on the
// next write, after a copy of the old one is kept (see datafile.ts).
import { SCHEMA_VERSION } from './schema.js';

type Doc = Record<string, unknown>;

/**
 * Version 1, the first layout: numeric ids, the contact as flat fields, no id counter and no settings.
 * Version 2: string ids that are never reused (nextId), a contact object, and the rule settings.
 */
function v1ToV2(doc: Doc): Doc {
  // Only what looks like version 1 is carried; anything else is passed through as it is, so that the
  // schema check refuses the file (naming the problem) instead of the upgrade guessing at it.
  if (!Array.isArray(doc.applications)) return { ...doc, schemaVersion: 2, nextId: 1, settings: {} };
  let maxId = 0;
  const applications = (doc.applications as unknown[]).map((a) => {
    if (typeof a !== 'object' || a === null || Array.isArray(a)) return a;
    const { contactName, contactEmail, contactPhone, id, noCalls, ...rest } = a as Doc;
    const numeric = Number(id);
    if (Number.isInteger(numeric) && numeric > maxId) maxId = numeric;
    const contact: Doc = {};
    if (typeof contactName === 'string') contact.name = contactName;
    if (typeof contactEmail === 'string') contact.email = contactEmail;
    if (typeof contactPhone === 'string') contact.phone = contactPhone;
    return { ...rest, id: typeof id === 'number' || typeof id === 'string' ? String(id) : id, contact, noCalls: noCalls === true };
  });
  return { ...doc, schemaVersion: 2, nextId: maxId + 1, settings: {}, applications };
}

/** Settings of rulebook version 1 that version 2 no longer has: dropped with the upgrade (new ones take their defaults). */
const GONE_SETTINGS = ['offerAnswerBusinessDays'];

/** Version 3: rulebook version 2 (new settings, `noAnswer` calls, country holidays); settings that no longer exist go. */
function v2ToV3(doc: Doc): Doc {
  const settings = doc.settings;
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return { ...doc, schemaVersion: 3 };
  const kept = Object.fromEntries(Object.entries(settings as Doc).filter(([k]) => !GONE_SETTINGS.includes(k)));
  return { ...doc, schemaVersion: 3, settings: kept };
}

const STEPS: Record<number, (doc: Doc) => Doc> = { 1: v1ToV2, 2: v2ToV3 };

/** The document at the current version (unchanged when it already is). Throws on a version it cannot carry. */
export function migrate(doc: Doc, from: number): Doc {
  let current = doc;
  for (let version = from; version < SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no migration from schema version ${version}`);
    current = step(current);
  }
  return current;
}
