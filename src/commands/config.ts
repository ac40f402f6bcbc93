// followup config [KEY [VALUE]]: read and set the settings (RULES.md v2, plus name, signature and country);
// --reset KEY restores a default. Each write prints one line of what it recorded.
import { isDay } from '../core/calendar.js';
import { DEFAULT_SETTINGS, type Settings } from '../core/model.js';
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import type { Data } from '../store/schema.js';
import { printJson } from '../ui/json.js';
import { hasControl, safe, safeLines } from '../ui/text.js';
import type { Ctx } from './context.js';
import { sayRecorded } from './shared.js';
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

/** Parses every setting but `country` (which needs the holiday library: see setCountry). */
export function parseSetting(key: Key, value: string): Settings[Key] {
  const v = value.trim();
  const def = DEFAULT_SETTINGS[key];
  if (typeof def === 'boolean') {
    if (v === 'true' || v === 'false') return v === 'true';
    throw new UsageError(`${key} is true or false, not '${safe(value)}'`);
  }
  if (typeof def === 'number') {
    const min = MINIMUM[key] ?? 0;
    if (!/^\d{1,4}$/.test(v) || Number(v) < min) throw new UsageError(`${key} is a whole number from ${min} up, not '${safe(value)}'`);
    return Number(v);
  }
  // name is one line; the signature may take several.
  if (def === null) return v === '' || v === 'none' ? null : key === 'signature' ? multiLine(value, key) : oneLine(value, key);
  if (v === '' || v === 'none') return [];
  const days = v.split(',').map((d) => d.trim());
  const bad = days.find((d) => !isDay(d));
  if (bad !== undefined) throw new UsageError(`${key}: '${safe(bad)}' is not a date; give dates as YYYY-MM-DD, comma-separated (or 'none')`);
  return [...new Set(days)].sort();
}

function show(value: Settings[Key]): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.join(',') || 'none';
  return typeof value === 'string' ? safeLines(value).replace(/\n/g, ' / ') : String(value);
}

/** The user's own settings over the defaults: the `holidays` they typed, not the country's merged in. */
function ownSettings(data: Data): Settings {
  return { ...DEFAULT_SETTINGS, ...data.settings };
}

/** 'public holidays of 2025–2028' for the country's line. */
function countryYears(data: Data): string {
  const years = Object.keys(data.countryHolidays?.years ?? {}).sort();
  if (years.length === 0) return '';
  return years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)}`;
}

function recorded(key: Key, value: Settings[Key], data: Data): string {
  if (key === 'country') {
    if (value === null) return 'Cleared country: only your own holidays are days off now.';
    return `Set country to ${value}: its public holidays (${countryYears(data)}) are not business days.`;
  }
  const def = DEFAULT_SETTINGS[key];
  const same = JSON.stringify(value) === JSON.stringify(def);
  return `Set ${key} to ${show(value)}${same ? ' (the default)' : ` (default ${show(def)})`}.`;
}

/** The country setting: the code checked and its holidays resolved before the lock; stored in the same write. */
async function countryChange(ctx: Ctx, value: string): Promise<(d: Data) => void> {
  const v = value.trim();
  if (v === '' || v.toLowerCase() === 'none') {
    return (d) => {
      delete d.settings.country;
      delete d.countryHolidays;
    };
  }
  const { countryCode, fillCountryHolidays } = await import('../store/country-holidays.js');
  const code = await countryCode(v);
  // The year before through two years ahead of today; the write path adds the years of the events.
  const year = Number(ctx.today.slice(0, 4));
  const scratch: Data = { schemaVersion: 0, nextId: 1, settings: { country: code }, applications: [] };
  await fillCountryHolidays(scratch, [year - 1, year, year + 1, year + 2]);
  const years = scratch.countryHolidays!.years;
  return (d) => {
    d.settings.country = code;
    const keep = d.countryHolidays?.country === code ? d.countryHolidays.years : {};
    d.countryHolidays = { country: code, years: { ...keep, ...years } };
  };
}

function listing(data: Data): string {
  const settings = ownSettings(data);
  const width = Math.max(...KEYS.map((k) => k.length));
  const lines = KEYS.map((k) => {
    const changed = data.settings[k] !== undefined && JSON.stringify(data.settings[k]) !== JSON.stringify(DEFAULT_SETTINGS[k]);
    const years = k === 'country' && settings.country !== null && countryYears(data) ? `  (public holidays of ${countryYears(data)})` : '';
    return `${k.padEnd(width)}  ${show(settings[k])}${years}${changed ? `  (default ${show(DEFAULT_SETTINGS[k])})` : ''}`;
  });
  return `${lines.join('\n')}\n`;
}

export async function config(ctx: Ctx, name: string | undefined, value: string | undefined, opts: { reset?: string; json?: boolean }): Promise<void> {
  const store = { file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs };
  if (opts.reset !== undefined) {
    if (name !== undefined) throw new UsageError('--reset KEY takes no other arguments');
    const key = settingKey(opts.reset);
    const data = await updateData(store, (d) => {
      delete d.settings[key];
      return d;
    });
    if (opts.json) ctx.print(printJson({ [key]: DEFAULT_SETTINGS[key] }));
    else sayRecorded(ctx, recorded(key, DEFAULT_SETTINGS[key], data));
    return;
  }
  if (name === undefined) {
    const data = await readData(ctx.file);
    ctx.print(opts.json ? printJson(ownSettings(data)) : listing(data));
    return;
  }
  const key = settingKey(name);
  if (value === undefined) {
    const current = ownSettings(await readData(ctx.file))[key];
    ctx.print(opts.json ? printJson({ [key]: current }) : `${show(current)}\n`);
    return;
  }
  const change: (d: Data) => void =
    key === 'country'
      ? await countryChange(ctx, value)
      : ((parsed) => (d: Data) => {
          (d.settings as Record<Key, unknown>)[key] = parsed;
        })(parseSetting(key, value));
  const data = await updateData(store, (d) => {
    change(d);
    return d;
  });
  const now = ownSettings(data)[key];
  if (opts.json) ctx.print(printJson({ [key]: now }));
  else sayRecorded(ctx, recorded(key, now, data));
}
