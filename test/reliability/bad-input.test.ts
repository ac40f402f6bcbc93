// Bad input: exit 2, one line on stderr naming the flag (and the accepted forms), nothing written.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, run, tempDb } from '../helpers/cli.js';

const t = tempDb();
afterAll(() => t.cleanup());

const DATE_FORMS = /YYYY-MM-DD, today, yesterday, tomorrow, a weekday/;

/** [what, argv, env, what stderr must say] */
const BAD: [string, string[], Record<string, string>, (string | RegExp)[]][] = [
  ['missing --company', ['add', '--no-input', '--role', 'X'], {}, ['--company is required']],
  ['add with no flags and no terminal', ['add'], {}, ['--company is required']],
  ['an impossible date', ['add', '--company', 'X', '--date', '2026-02-30'], {}, ["--date: '2026-02-30' is not a real calendar day", DATE_FORMS]],
  ['a month 13', ['log', '1', 'call', '--date', '2026-13-01'], {}, ['--date', DATE_FORMS]],
  ["'someday'", ['add', '--company', 'X', '--date', 'someday'], {}, ["--date: 'someday' is not a date", DATE_FORMS]],
  ['a bad --expect-by', ['add', '--company', 'X', '--expect-by', 'soon'], {}, ['--expect-by', DATE_FORMS]],
  ['an unknown stage', ['add', '--company', 'X', '--stage', 'party'], {}, ["--stage: 'party' is not one of applied, screen, interview, final, offer"]],
  ['an unknown cue', ['add', '--company', 'X', '--stage', 'screen', '--cue', 'ecstatic'], {}, ["--cue: 'ecstatic' is not one of encouraging, neutral, unsure, negative"]],
  ['a bad channel', ['add', '--company', 'X', '--stage', 'interview', '--invited', 'fri', '--channel', 'fax'], {}, ['--channel', 'call, email']],
  ['round 0', ['add', '--company', 'X', '--stage', 'interview', '--round', '0'], {}, ["--round: '0' is not a round number", '1 to 99']],
  ["round 'x'", ['log', '1', 'interview', '--round', 'x'], {}, ["--round: 'x'", '1 to 99']],
  ['an unknown id', ['log', '999', 'call'], {}, ["no application matches '999'"]],
  ['an unknown company prefix', ['show', 'nosuchco'], {}, ["no application matches 'nosuchco'"]],
  ['an ambiguous prefix', ['log', 'ac', 'note', '--note', 'x'], {}, ["'ac' matches 2 applications (1 Acme, 2 Acme Labs)"]],
  ['an unknown event', ['log', '1', 'dance'], {}, ["'dance' is not an event", 'moved-on']],
  ['an offer on a rejected application', ['log', '3', 'offer'], {}, ['#3 Globex is closed (rejected', '--force']],
  ['accepted without an offer', ['log', '1', 'accepted'], {}, ['no offer logged', '--force']],
  ['--deadline on a reply', ['log', '1', 'reply', '--deadline', '2026-12-01'], {}, ["--deadline does not go with 'reply'"]],
  ['--round on an application', ['add', '--company', 'X', '--round', '2'], {}, ['--round goes with --stage interview']],
  ['a promise before the event', ['add', '--company', 'X', '--expect-by', '2026-11-01'], {}, ['--expect-by 2026-11-01 is before']],
  ['a bad FOLLOWUP_NOW', ['today'], { FOLLOWUP_NOW: '2026-13-45' }, ["FOLLOWUP_NOW='2026-13-45' is not a real calendar day", 'YYYY-MM-DD']],
  ['a bad --as-of', ['today', '--as-of', 'never'], {}, ['--as-of', DATE_FORMS]],
  ['an unknown command', ['frobnicate'], {}, ["unknown command 'frobnicate'"]],
  ['an unknown flag', ['today', '--frob'], {}, ["unknown option '--frob'"]],
  ['an unknown setting', ['config', 'loudness', '3'], {}, ["'loudness' is not a setting"]],
  ['rm without --yes and no terminal', ['rm', '1'], {}, ['pass --yes']],
  // Control characters where they cannot belong (CLI.md "what the user typed, shown back").
  ['ESC in --company', ['add', '--company', 'Acme\u001b[2J\u001b[H'], {}, ['--company contains an escape character (ESC) (\\e)', 'plain text']],
  ['BEL in --role', ['add', '--company', 'X', '--role', 'Dev\u0007'], {}, ['--role contains a bell character (BEL) (\\x07)']],
  ['a newline in --contact', ['add', '--company', 'X', '--contact', 'Ann\nFake: line'], {}, ['--contact contains a line break (\\n)', 'one line']],
  ['a carriage return in --email', ['add', '--company', 'X', '--email', 'a@b.c\rX'], {}, ['--email contains a carriage return']],
  ['a tab in --phone', ['add', '--company', 'X', '--phone', '555\t1'], {}, ['--phone contains a tab']],
  ['DEL in --url', ['add', '--company', 'X', '--url', 'https://x.example/\u007f'], {}, ['--url contains a control character (\\x7f)']],
  ['a C1 CSI in --company', ['add', '--company', 'X\u009b31m'], {}, ['--company contains a control character (\\x9b)']],
  ['a bidi override in --company', ['add', '--company', 'X\u202eevil'], {}, ['--company contains a control character (\\u202e)']],
  ['ESC in --note', ['log', '1', 'note', '--note', 'fine\nline two \u001b]0;owned\u0007'], {}, ['--note contains an escape character (ESC)', 'line breaks are fine']],
  ['a newline in --reason', ['log', '1', 'delay', '--reason', 'budget\nfreeze'], {}, ['--reason contains a line break']],
  ['ESC in the <id> argument', ['show', 'Ac\u001b[31m'], {}, ['the <id> argument contains an escape character (ESC)']],
  ['ESC in edit --company', ['edit', '1', '--company', 'A\u001bB'], {}, ['--company contains an escape character']],
  ['BEL in edit --notes', ['edit', '1', '--notes', 'a\u0007'], {}, ['--notes contains a bell character']],
  ['ESC in done --note', ['done', '1', '--note', '\u001b[2J'], {}, ['--note contains an escape character']],
  ['a newline in config name', ['config', 'name', 'Ann\nBob'], {}, ['name contains a line break']],
  ['ESC in config signature', ['config', 'signature', 'Ann\n\u001b[5m'], {}, ['signature contains an escape character']],
  // One range of years, 2000 to 2999, everywhere.
  ['FOLLOWUP_NOW in year 9999', ['add', '--company', 'X'], { FOLLOWUP_NOW: '9999-12-28' }, ["FOLLOWUP_NOW='9999-12-28' is out of range (years 2000 to 2999)"]],
  ['FOLLOWUP_NOW in year 1999', ['today'], { FOLLOWUP_NOW: '1999-12-31' }, ['is out of range (years 2000 to 2999)']],
  ['--date 0001-01-01', ['add', '--company', 'X', '--date', '0001-01-01'], {}, ["--date: '0001-01-01' is out of range (years 2000 to 2999)"]],
  ['--expect-by 9999-12-31', ['log', '1', 'reply', '--expect-by', '9999-12-31'], {}, ["--expect-by: '9999-12-31' is out of range"]],
];

describe('bad input', () => {
  let before: Record<string, string>;
  const snapshot = () => Object.fromEntries(readdirSync(t.dir).sort().map((f) => [f, readFileSync(join(t.dir, f), 'base64')]));

  beforeAll(() => {
    for (const company of ['Acme', 'Acme Labs', 'Globex']) {
      expect(run(['add', '--no-input', '--company', company, '--date', '2026-11-16'], { db: t.db }).code).toBe(0);
    }
    expect(run(['log', '3', 'rejected'], { db: t.db }).code).toBe(0);
    before = snapshot();
  });

  it.each(BAD)('%s: exit 2, one line naming it, nothing written', (_what, argv, env, says) => {
    const r = run(argv, { db: t.db, env });
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith('followup: ')).toBe(true);
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toContain('    at ');
    for (const s of says) expect(r.stderr).toMatch(s);
    expect(r.stdout).toBe('');
    expect(snapshot()).toEqual(before);
  });

  it('bad input on a missing file creates nothing', () => {
    const db = join(t.dir, 'none', 'f.json');
    expect(run(['add', '--company', 'X', '--date', 'someday'], { db }).code).toBe(2);
    expect(run(['log', '1', 'call'], { db }).code).toBe(2);
    expect(existsSync(join(t.dir, 'none'))).toBe(false);
  });

  it('an offer on a rejected application goes in deliberately with --force', () => {
    const r = run(['log', '3', 'offer', '--force', '--json'], { db: t.db });
    expect(r.code).toBe(0);
    const types = (json(r).events as { type: string }[]).map((e) => e.type);
    expect(types).toEqual(['applied', 'rejected', 'offer']);
  });
});
