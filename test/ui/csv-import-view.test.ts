// What import shows: the dry run's table (escaped, fitted to the width), the summary line, the progress bar.
import { describe, expect, it } from 'vitest';
import { dryRunTable, progressBar, summaryLine } from '../../src/ui/import-view.js';
import { width } from '../../src/ui/text.js';

describe('dryRunTable', () => {
  it('escapes every cell and fits wide characters to the width', () => {
    const text = dryRunTable(
      [
        { line: 2, fate: 'import', company: '株式会社テスト株式会社テスト株式会社テスト', role: 'Dev', stage: 'applied', date: '2026-11-10' },
        { line: 3, fate: 'bad', company: 'Evil\u001b[2J', role: 'x\u0007', stage: 'Foo', date: '11/03/2026', detail: "stage: 'Foo' is not a stage followup knows; pass --map-stage \"Foo=STAGE\" (applied, screen, interview, final, offer, rejected, withdrawn, accepted, moved-on, or skip)" },
      ],
      80,
    );
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(text).toContain('Evil\\e[2J');
    for (const line of text.trimEnd().split('\n')) expect(width(line)).toBeLessThanOrEqual(80);
  });
});

describe('summaryLine', () => {
  it('says what was imported and why the rest was skipped', () => {
    expect(summaryLine({ imported: ['4', '5', '6'], already: 2, notApplied: 1, bad: [7] }, false)).toBe(
      'Imported 3 applications (ids 4–6); skipped 2 already there, 1 not applied yet, 1 bad row (line 7).\n',
    );
    expect(summaryLine({ imported: ['2'], already: 0, notApplied: 0, bad: [] }, true)).toBe('Would import 1 application; nothing was written (--dry-run).\n');
    expect(summaryLine({ imported: ['2', '4'], already: 0, notApplied: 0, bad: [3] }, true, true)).toBe(
      'Would import nothing: 1 bad row (line 3); fix it, or pass --skip-bad to import the other 2 applications; nothing was written (--dry-run).\n',
    );
  });
});

describe('progressBar', () => {
  function stream(isTTY: boolean) {
    const out: string[] = [];
    return { out, s: { isTTY, write: (t: string) => out.push(t) } as unknown as NodeJS.WriteStream };
  }

  it('draws on a terminal and clears itself at the end', () => {
    const { out, s } = stream(true);
    const bar = progressBar(1000, s, 80);
    bar.tick(500);
    bar.tick(1000);
    bar.done();
    expect(out[0]).toMatch(/^\r\[ +\] 0\/1000 rows$/);
    expect(out.some((t) => /\[#+ +\] 500\/1000 rows/.test(t))).toBe(true);
    expect(out.at(-1)).toMatch(/^\r +\r$/);
    expect(out.at(-1)!.length).toBeGreaterThanOrEqual(out[1]!.length);
  });

  it('draws nothing when the stream is not a terminal', () => {
    const { out, s } = stream(false);
    const bar = progressBar(1000, s, 80);
    bar.tick(500);
    bar.done();
    expect(out).toEqual([]);
  });
});
