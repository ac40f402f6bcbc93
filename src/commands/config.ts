// followup config [KEY [VALUE]]: read and set the rule settings; --reset KEY restores a default.
import { isDay } from '../core/calendar.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/model.js';
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import { effectiveSettings } from '../store/schema.js';
import { printJson } from '../ui/json.js';
import type { Ctx } from './context.js';
import { multiLine, oneLine } from './input-text.js';

type Key = keyof Settings;
const KEYS = Object.keys(DEFAULT_SETTINGS) as Key[];

/** The smallest value each number setting may take. */
const MINIMUM: Partial<Record<Key, number>> = { maxUnansweredEarly: 1, maxUnansweredLate: 1 };

function settingKey(name: string): Key {
  const key = KEYS.find((k) => k.toLowerCase() === name.trim().toLowerCase());
  if (!key) throw new UsageError(`'${name}' is not a setting; use one of ${KEYS.join(', ')}`);
  return key;
}

export function parseSetting(key: Key, value: string): Settings[Key] {
  const v = value.trim();
  const def = DEFAULT_SETTINGS[key];
  if (typeof def === 'boolean') {
    if (v === 'true' || v === 'false') return v === 'true';
    throw new UsageError(`${key} is true or false, not '${value}'`);
  }
  if (typeof def === 'number') {
    const min = MINIMUM[key] ?? 0;
    if (!/^\d{1,4}$/.test(v) || Number(v) < min) throw new UsageError(`${key} is a whole number from ${min} up, not '${value}'`);
    return Number(v);
  }
  // name is one line; the signature may take several.
  if (def === null) return v === '' || v === 'none' ? null : key === 'signature' ? multiLine(value, key) : oneLine(value, key);
  if (v === '' || v === 'none') return [];
  const days = v.split(',').map((d) => d.trim());
  const bad = days.find((d) => !isDay(d));
  if (bad !== undefined) throw new UsageError(`${key}: '${bad}' is not a date; give dates as YYYY-MM-DD, comma-separated (or 'none')`);
  return [...new Set(days)].sort();
}

function show(value: Settings[Key]): string {
  if (value === null) return 'none';
  return Array.isArray(value) ? value.join(',') || 'none' : String(value);
}

export async function config(ctx: Ctx, name: string | undefined, value: string | undefined, opts: { reset?: string; json?: boolean }): Promise<void> {
  const store = { file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs };
  if (opts.reset !== undefined) {
    if (name !== undefined) throw new UsageError('--reset KEY takes no other arguments');
    const key = settingKey(opts.reset);
    await updateData(store, (d) => {
      delete d.settings[key];
    });
    ctx.print(opts.json ? printJson({ [key]: DEFAULT_SETTINGS[key] }) : `${key} = ${show(DEFAULT_SETTINGS[key])} (the default)\n`);
    return;
  }
  if (name === undefined) {
    const data = await readData(ctx.file);
    const settings = effectiveSettings(data);
    if (opts.json) {
      ctx.print(printJson(settings));
      return;
    }
    const width = Math.max(...KEYS.map((k) => k.length));
    const lines = KEYS.map((k) => {
      const changed = data.settings[k] !== undefined;
      return `${k.padEnd(width)}  ${show(settings[k])}${changed ? `  (default ${show(DEFAULT_SETTINGS[k])})` : ''}`;
    });
    ctx.print(`${lines.join('\n')}\n`);
    return;
  }
  const key = settingKey(name);
  if (value === undefined) {
    const current = effectiveSettings(await readData(ctx.file))[key];
    ctx.print(opts.json ? printJson({ [key]: current }) : `${show(current)}\n`);
    return;
  }
  const parsed = parseSetting(key, value);
  await updateData(store, (d) => {
    (d.settings as Record<Key, unknown>)[key] = parsed;
  });
  ctx.print(opts.json ? printJson({ [key]: parsed }) : `${key} = ${show(parsed)}\n`);
}
