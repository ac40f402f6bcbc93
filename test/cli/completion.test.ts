// `followup completion bash|zsh|fish` and the hidden `followup complete -- <words>` its scripts call
// (@bomb.sh/tab's protocol: one `value\tdescription` per line, then `:directive`). Tab in a real bash is in
// test/interactive/help-tty.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchData } from './data.js';
import { type Fx, fixture } from './support.js';

let fx: Fx;
beforeAll(() => {
  fx = fixture();
  fx.add('Acme', ['--role', 'Dev']);
  fx.add('Big Corp');
  fx.add('Bigger Things');
  fx.add('Solo Works');
  fx.add('Evil');
  patchData(fx.db, (doc) => {
    doc.applications.find((a: { company: string }) => a.company === 'Evil').company = '$(touch pwned)`x`';
  });
});
afterAll(() => fx.cleanup());

/** The values offered for a command line (the last word is the one being completed). */
function values(...words: string[]): string[] {
  const out = fx.ok(['complete', '--', ...words]).stdout.trimEnd().split('\n');
  expect(out.at(-1)).toMatch(/^:\d+$/);
  return out.slice(0, -1).map((l) => l.split('\t')[0]!);
}

describe('completion scripts', () => {
  it.each(['bash', 'zsh', 'fish'])('%s: a script that asks followup complete at Tab time', (shell) => {
    const out = fx.ok(['completion', shell]).stdout;
    expect(out).toContain('followup complete --');
    expect(out.length).toBeGreaterThan(500);
  });

  it('bash: works without the bash-completion package', () => {
    const out = fx.ok(['completion', 'bash']).stdout;
    expect(out).toContain('__followup_words');
    expect(out).toMatch(/declare -F _get_comp_words_by_ref/);
  });

  it('an unknown shell is a usage error that points to the help of completion', () => {
    expect(fx.usage(['completion', 'tcsh']).stderr).toContain("see 'followup help completion'");
  });
});

describe('followup complete', () => {
  it('commands, without the hidden one', () => {
    const all = values('');
    for (const c of ['add', 'log', 'today', 'status', 'completion', 'help']) expect(all).toContain(c);
    expect(all).not.toContain('complete');
    expect(values('st')).toEqual(['status']);
  });

  it('events after log <id>, stages after --stage, cues, setting names', () => {
    expect(values('log', '1', 'wi')).toEqual(['withdrawn']);
    expect(values('log', '1', '')).toContain('moved-on');
    expect(values('add', '--stage', '')).toEqual(['applied', 'screen', 'interview', 'final', 'offer']);
    expect(values('log', '1', 'reply', '--cue', 'en')).toEqual(['encouraging']);
    expect(values('config', 'pipe')).toEqual(['pipelineMin']);
    expect(values('today', '--a')).toEqual(['--as-of', '--all']);
  });

  it('ids and company names, as words a shell can insert as they are', () => {
    const ids = values('show', '');
    expect(ids).toEqual(expect.arrayContaining(['1', '2', '3', '4', '5', 'Acme', 'Solo']));
    // "Big" is the start of "Big Corp" and of "Bigger Things": it picks out neither; "Bigger" picks one.
    expect(ids).not.toContain('Big');
    expect(ids).toContain('Bigger');
    expect(ids.some((v) => /[$`() ]/.test(v))).toBe(false);
    expect(values('done', 'ac')).toEqual(['acme']);
  });

  it('reads the data file named by --db on the command line', () => {
    const other = fixture();
    try {
      other.add('Zeta');
      expect(values('--db', other.db, 'show', 'Z')).toEqual(['Zeta']);
    } finally {
      other.cleanup();
    }
  });

  it('a damaged data file gives no ids, and no error', () => {
    const r = fx.run(['complete', '--', 'show', ''], { env: { FOLLOWUP_DB: `${fx.dir}/missing/nope.json` } });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
  });
});
