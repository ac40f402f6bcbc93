// config: name, signature, country (public holidays resolved once and stored per year), the one line of
// what each write recorded, and `today` never loading date-holidays.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fx, fixture } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture('2026-11-19');
});
afterEach(() => fx.cleanup());

const readDb = () => JSON.parse(readFileSync(fx.db, 'utf8'));

describe('config country', () => {
  it('US: stores the public holidays of last year to two years ahead, and Thanksgiving is not a business day', () => {
    const out = fx.ok(['config', 'country', 'us']).stdout;
    expect(out).toBe('Set country to US: its public holidays (2025–2028) are not business days.\n');
    const data = readDb();
    expect(data.settings.country).toBe('US');
    expect(data.countryHolidays.country).toBe('US');
    expect(Object.keys(data.countryHolidays.years)).toEqual(['2025', '2026', '2027', '2028']);
    expect(data.countryHolidays.years['2026']).toContain('2026-11-26');
    expect(data.countryHolidays.years['2026']).toContain('2026-07-03'); // the substitute for Sat 4 July
    expect(data.countryHolidays.years['2026']).not.toContain('2026-02-14'); // Valentine's Day: an observance

    // Applied Thu 11-19: five business days on is Thu 11-26, Thanksgiving, so Fri 11-27.
    fx.ok(['add', '--company', 'Acme', '--date', '2026-11-19']);
    expect(fx.advice('1', '2026-11-20')).toMatchObject({ action: 'wait', then: 'email', due: '2026-11-27' });
    fx.ok(['config', 'country', 'none']);
    expect(fx.advice('1', '2026-11-20')).toMatchObject({ action: 'wait', then: 'email', due: '2026-11-26' });
  });

  it('the listing shows the country and your own holidays, not the merged ones; --json the same', () => {
    fx.ok(['config', 'holidays', '2026-12-24']);
    fx.ok(['config', 'country', 'US']);
    const out = fx.ok(['config']).stdout;
    expect(out).toMatch(/^holidays +2026-12-24 /m);
    expect(out).toMatch(/^country +US +\(public holidays of 2025–2028\)/m);
    const doc = fx.json(['config']);
    expect(doc.holidays).toEqual(['2026-12-24']);
    expect(doc.country).toBe('US');
    expect(fx.ok(['config', 'country']).stdout).toBe('US\n');
  });

  it('GB and DE-BY: public holidays only (no bank or observance days)', () => {
    fx.ok(['config', 'country', 'GB']);
    let y = readDb().countryHolidays.years['2026'];
    expect(y).toEqual(expect.arrayContaining(['2026-04-03', '2026-04-06', '2026-12-25', '2026-12-28']));
    expect(y).not.toContain('2026-03-15'); // Mother's Day
    fx.ok(['config', 'country', 'de-by']);
    const data = readDb();
    expect(data.countryHolidays.country).toBe('DE-BY');
    y = data.countryHolidays.years['2026'];
    expect(y).toEqual(expect.arrayContaining(['2026-01-06', '2026-06-04', '2026-11-01']));
    expect(y).not.toContain('2026-12-24'); // Heiliger Abend: bank
    expect(y).not.toContain('2026-11-18'); // Buß- und Bettag: school only in Bavaria
  });

  it('an unknown country or region is a usage error (exit 2) naming the fix, and changes nothing', () => {
    fx.ok(['config', 'country', 'US']);
    const before = readFileSync(fx.db, 'utf8');
    expect(fx.usage(['config', 'country', 'ZZ']).stderr).toMatch(/'ZZ' is not a country/);
    expect(fx.usage(['config', 'country', 'DE-XX']).stderr).toMatch(/DE has no region 'XX'; use one of .*BY/);
    expect(fx.usage(['config', 'country', 'United States']).stderr).toMatch(/US, GB, DE-BY/);
    expect(readFileSync(fx.db, 'utf8')).toBe(before);
  });

  it("'none' clears the country and its holidays; --reset country too", () => {
    fx.ok(['config', 'country', 'US']);
    expect(fx.ok(['config', 'country', 'none']).stdout).toBe('Cleared country: only your own holidays are days off now.\n');
    let data = readDb();
    expect(data.settings.country).toBeUndefined();
    expect(data.countryHolidays).toBeUndefined();
    fx.ok(['config', 'country', 'GB']);
    fx.ok(['config', '--reset', 'country']);
    data = readDb();
    expect(data.settings.country).toBeUndefined();
    expect(data.countryHolidays).toBeUndefined();
    expect(fx.json(['config']).country).toBeNull();
  });

  it('a write that brings in a year not yet stored fills it (an event in 2031)', () => {
    fx.ok(['config', 'country', 'US']);
    fx.ok(['add', '--company', 'Far', '--date', '2031-03-03', '--stage', 'interview']);
    const years = readDb().countryHolidays.years;
    expect(years['2031']).toContain('2031-11-27'); // Thanksgiving 2031
    expect(years['2032']).toContain('2032-11-25');
  });
});

describe('config name, signature and the other keys', () => {
  it('sets name and signature (used by the scripts), says what it recorded, and --reset restores none', () => {
    expect(fx.ok(['config', 'name', 'Ana Lima']).stdout).toBe('Set name to Ana Lima (default none).\n');
    expect(fx.ok(['config', 'signature', 'Ana Lima\n+1 555 0100']).stdout).toBe('Set signature to Ana Lima / +1 555 0100 (default none).\n');
    expect(fx.json(['config'])).toMatchObject({ name: 'Ana Lima', signature: 'Ana Lima\n+1 555 0100' });
    expect(fx.ok(['config', '--reset', 'name']).stdout).toBe('Set name to none (the default).\n');
    expect(fx.json(['config', 'name'])).toEqual({ name: null });
    fx.usage(['config', 'name', 'Ana\u001b[31m']);
  });

  it('each write prints one line of what it recorded; --json prints the value', () => {
    expect(fx.ok(['config', 'thankYouWindowBusinessDays', '3']).stdout).toBe('Set thankYouWindowBusinessDays to 3 (default 2).\n');
    expect(fx.ok(['config', 'rejectionReply', 'false']).stdout).toBe('Set rejectionReply to false (default true).\n');
    expect(fx.ok(['config', 'holidays', '2026-12-24,2026-12-31']).stdout).toBe('Set holidays to 2026-12-24,2026-12-31 (default none).\n');
    expect(fx.json(['config', 'maxCallsEncouraged', '3'])).toEqual({ maxCallsEncouraged: 3 });
    expect(fx.json(['config', '--reset', 'maxCallsEncouraged'])).toEqual({ maxCallsEncouraged: 2 });
    fx.usage(['config', 'offerAnswerBusinessDays', '2']); // a version-1 setting: gone
  });
});

describe('today never loads date-holidays', () => {
  const dist = resolve(import.meta.dirname, '../../dist');

  /** The chunks a file imports statically, and theirs, and so on. */
  function staticClosure(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(/^(?:import|export)\s[^;]*?from\s*"\.\/([^"]+)"/gm)) staticClosure(m[1]!, seen);
    for (const m of code.matchAll(/^import\s*"\.\/([^"]+)"/gm)) staticClosure(m[1]!, seen);
    return seen;
  }

  /** The one ES module of dist that holds date-holidays (dist/store/holidays-lib.js, loaded with import() only). */
  function holidaysChunk(): string {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
    const found = files.filter((f) => readFileSync(join(dist, f), 'utf8').includes('node_modules/date-holidays-parser/'));
    expect(found).toHaveLength(1);
    return found[0]!;
  }

  it('the holiday library is in a chunk of its own that neither the start-up nor the today chunk imports statically', () => {
    const holidays = holidaysChunk();
    const cli = readFileSync(join(dist, 'cli.js'), 'utf8');
    const today = /import\("\.\/(today-[A-Z0-9]+\.js)"\)/.exec(cli)?.[1];
    expect(today).toBeDefined();
    const closure = new Set([...staticClosure('cli.js'), ...staticClosure(today!)]);
    expect(closure.size).toBeGreaterThan(2);
    expect(closure.has(holidays)).toBe(false);
  });

  it('today, and a write whose years are stored, work with a country set when loading the library would fail (a loader hook refuses it)', () => {
    fx.ok(['config', 'country', 'US']);
    fx.ok(['add', '--company', 'Acme', '--date', '2026-11-16']);
    const hook = `export async function resolve(s, c, n) { if (s.includes(${JSON.stringify(holidaysChunk())})) throw new Error('date-holidays loaded'); return n(s, c); }`;
    const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hook)}`)});`;
    // add's own bundle requires its CommonJS copy (dist/store/holidays-lib.cjs): a preload refuses that one.
    const guard = join(mkdtempSync(join(tmpdir(), 'followup-guard-')), 'guard.cjs');
    writeFileSync(guard, `const M = require('node:module'); const load = M._load; M._load = function (r, ...a) { if (String(r).includes('holidays-lib')) throw new Error('date-holidays loaded'); return load.call(this, r, ...a); };`);
    const env = { NODE_OPTIONS: `--require=${guard} --import=data:text/javascript,${encodeURIComponent(register)}` };
    const r = fx.run(['today', '--json'], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).items).toHaveLength(1);
    // A write whose years are all stored does not load it either…
    const w = fx.run(['log', '1', 'note', '--note', 'called the recruiter'], { env });
    expect(w.stderr).toBe('');
    expect(w.code).toBe(0);
    // …while one that brings in a new year does, as does config: the hook really stops the library.
    const y = fx.run(['add', '--company', 'Far', '--stage', 'interview', '--date', '2031-03-03'], { env });
    expect(y.code).not.toBe(0);
    expect(y.stderr).toContain('date-holidays loaded');
    const c = fx.run(['config', 'country', 'GB'], { env });
    expect(c.code).not.toBe(0);
    expect(c.stderr).toContain('date-holidays loaded');
  });
});
