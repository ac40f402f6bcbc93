// Issue 7, the output side: text from the data file (company, role, contact, notes, reasons, the user's name)
// never reaches the terminal raw in today, status, show or draft, even with NO_COLOR (which the test runs
// with, so any ESC on stdout came from the data); and wide characters are measured by display width.
// FOLLOWUP_NOW is Fri 2026-11-20.
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { patchData } from './data.js';
import { type Fx, fixture } from './support.js';

/** ESC [31m, BEL, a newline, a carriage return, C1 CSI (0x9b), a bidi override. */
const HOSTILE = 'A\u001b[31mB\u0007C\nD\rE\u009bF\u202eG';
const ESCAPED = 'A\\e[31mB\\x07C\\nD\\rE\\x9bF\\u202eG';
/** Any control character but the newline that ends a line, and the bidi controls. */
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function expectNoRawControl(out: string): void {
  const at = out.search(RAW);
  expect(at, `raw control character at ${at}: ${JSON.stringify(out.slice(Math.max(0, at - 20), at + 20))}`).toBe(-1);
}

describe('hostile text in every field', () => {
  let fx: Fx;
  let id: string;
  beforeAll(() => {
    fx = fixture();
    id = fx.add('Hostile', ['--role', 'Dev', '--date', '2026-11-02', '--contact', 'Jane', '--email', 'jane@example.com', '--phone', '555']);
    fx.add('Other', ['--stage', 'interview', '--date', '2026-11-18']);
    fx.ok(['log', 'other', 'delay', '--until', '2026-11-30', '--reason', 'budget', '--date', '2026-11-19']);
    patchData(fx.db, (doc) => {
      const app = doc.applications.find((a: { id: string }) => a.id === id);
      app.company = HOSTILE;
      app.role = HOSTILE;
      app.contact = { name: HOSTILE, email: HOSTILE, phone: HOSTILE };
      app.url = HOSTILE;
      app.notes = `${HOSTILE}\nsecond line ${HOSTILE}`;
      app.events[0].note = HOSTILE;
      const other = doc.applications.find((a: { id: string }) => a.id !== id);
      other.role = HOSTILE;
      for (const e of other.events) if (e.type === 'delay') e.reason = HOSTILE;
      doc.settings.name = HOSTILE;
    });
  });
  afterAll(() => fx.cleanup());

  it.each([['today'], ['today', '--all'], ['status'], ['status', '--all'], ['show', '1'], ['show', '2'], ['draft', '1']])(
    '%s %s: escaped, never raw',
    (...args: string[]) => {
      const out = fx.ok(args.filter(Boolean)).stdout;
      expectNoRawControl(out);
      // Scripts turn square brackets in data into round ones, so that no script ever looks like a blank to fill in.
      expect(out).toContain(args[0] === 'draft' ? 'A\\e(31mB' : 'A\\e[31mB');
    },
  );

  it('show prints every field whole and escaped, the note on its own lines', () => {
    const out = fx.ok(['show', id]).stdout;
    expect(out.split(ESCAPED).length - 1).toBeGreaterThanOrEqual(6);
    expect(out).toMatch(/^Notes: +A\\e\[31mB/m);
    expect(out).toMatch(/^ +second line A\\e/m);
  });

  it('a newline in a company does not forge a line of today: every item keeps its own two lines', () => {
    const lines = fx.ok(['today']).stdout.split('\n');
    const at = lines.findIndex((l) => l.includes('A\\e[31mB'));
    expect(lines[at]).toMatch(/^ {2}1 +EMAIL/);
    expect(lines[at]).toContain('\\nD');
    expect(lines[at + 1]).toMatch(/^ +R\d+ /);
    expect(lines.some((l) => /^D/.test(l))).toBe(false);
  });

  it('status cuts an escaped company without cutting an escape in half, and its columns stay aligned', () => {
    const out = fx.ok(['status']).stdout;
    const rows = out.split('\n').filter((l) => /^\d+ /.test(l));
    expect(rows).toHaveLength(2);
    const stageAt = (l: string) => stringWidth(l.slice(0, l.search(/ (applied|interview \d|screen|final|offer) /)));
    expect(stageAt(rows[0]!)).toBe(stageAt(rows[1]!));
  });

  it('an error line that quotes a company (an ambiguous prefix) or a typed word escapes it: still one line', () => {
    const twin = fx.add('Hostile twin');
    patchData(fx.db, (doc) => {
      doc.applications.find((a: { id: string }) => a.id === twin).company = `A\u001b[31mB twin\nforged`;
    });
    const r = fx.usage(['show', 'A']);
    expectNoRawControl(r.stderr.slice(0, -1));
    expect(r.stderr).toContain('A\\e[31mB');
    const typed = fx.usage(['tod\u001b[2Jay']);
    expectNoRawControl(typed.stderr.slice(0, -1));
    patchData(fx.db, (doc) => {
      doc.applications = doc.applications.filter((a: { id: string }) => a.id !== twin);
    });
  });

  it('the JSON keeps the text as it is stored (escaping is for the terminal only)', () => {
    expect(fx.json(['show', id]).company).toBe(HOSTILE);
  });
});

describe('wide characters align by display width', () => {
  let fx: Fx;
  const names = ['東京株式会社', 'Acme', '😀 Emoji Co', 'e\u0301cole', 'Ünïcödé GmbH'];
  beforeAll(() => {
    fx = fixture();
    names.forEach((n, i) => fx.add(n, ['--role', `Role${i}`, '--date', '2026-11-16']));
  });
  afterAll(() => fx.cleanup());

  it('today: the "when" column starts at the same display column on every item', () => {
    const out = fx.ok(['today']).stdout;
    const items = out.split('\n').filter((l) => / from Mon 23 Nov/.test(l));
    expect(items).toHaveLength(names.length);
    const cols = items.map((l) => stringWidth(l.slice(0, l.indexOf(' from Mon 23 Nov'))));
    expect(new Set(cols).size).toBe(1);
  });

  it('status: the role, stage and next columns start at the same display column on every row', () => {
    const out = fx.ok(['status']).stdout;
    const rows = out.split('\n').filter((l) => /Role\d/.test(l));
    expect(rows).toHaveLength(names.length);
    for (const word of [/Role\d/, / applied /, / email from/]) {
      const cols = rows.map((l) => stringWidth(l.slice(0, l.search(word))));
      expect(new Set(cols).size, String(word)).toBe(1);
    }
  });
});
