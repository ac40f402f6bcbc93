// The pure halves of undo: patches between two versions of the data, and the one-line summary of a change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Application } from '../../src/core/model.js';
import { applyPatch, makePatch } from '../../src/store/change.js';
import { type Data, emptyData } from '../../src/store/schema.js';
import { describeChange, describeEventChange } from '../../src/store/summary.js';

function app(id: string, company: string, more: Partial<Application> = {}): Application {
  return { id, company, contact: {}, noCalls: false, events: [{ type: 'applied', date: '2026-11-16' }], ...more };
}

function data(apps: Application[], settings: Data['settings'] = {}): Data {
  return { ...emptyData(), nextId: apps.length + 1, settings, applications: apps };
}

const change = (before: Data, edit: (d: Data) => void) => {
  const after = structuredClone(before);
  edit(after);
  return describeChange(before, after);
};

describe('describeChange', () => {
  const base = data([app('1', 'Acme'), app('2', 'Beta', { role: 'Dev' })]);

  it('names what was added, deleted, logged, corrected, removed and edited', () => {
    expect(change(base, (d) => void d.applications.push(app('3', 'Gamma')))).toBe('Added #3 Gamma');
    expect(change(base, (d) => void d.applications.push(app('3', 'C'), app('4', 'D'), app('5', 'E'), app('6', 'F')))).toBe(
      'Added 4 applications (#3 C, #4 D, #5 E, …)',
    );
    expect(change(base, (d) => void d.applications.shift())).toBe('Deleted #1 Acme');
    expect(change(base, (d) => void d.applications[0]!.events.push({ type: 'call', date: '2026-11-23' }))).toBe('Logged call to Acme on Mon 23 Nov');
    expect(change(base, (d) => void d.applications[0]!.events.push({ type: 'interview', round: 2, date: '2026-11-19' }))).toBe(
      'Logged interview (round 2) with Acme on Thu 19 Nov',
    );
    expect(change(base, (d) => void d.applications[0]!.events.push({ type: 'offer', date: '2026-11-19', deadline: '2026-11-27' }))).toBe(
      'Logged offer from Acme on Thu 19 Nov',
    );
    expect(change(base, (d) => void (d.applications[0]!.events[0]!.date = '2026-11-12'))).toBe(
      'Corrected the application to Acme on Mon 16 Nov: date Mon 16 Nov → Thu 12 Nov',
    );
    expect(change(base, (d) => void (d.applications[1]!.events = []))).toBe('Removed the application to Beta on Mon 16 Nov from #2');
    expect(change(base, (d) => {
      d.applications[1]!.role = 'Platform';
      d.applications[1]!.contact.email = 'a@b.c';
      d.applications[1]!.noCalls = true;
    })).toBe("Edited #2 Beta: role 'Dev' → 'Platform', email 'a@b.c', no-calls on");
    expect(change(base, (d) => void delete d.applications[1]!.role)).toBe('Edited #2 Beta: role cleared');
  });

  it('names settings set and reset, lists by their items, and a change it cannot name', () => {
    expect(change(base, (d) => void (d.settings.country = 'US'))).toBe('Set country to US');
    expect(change(base, (d) => void (d.settings.holidays = ['2026-11-26', '2026-11-27']))).toBe('Set holidays to 2026-11-26,2026-11-27');
    expect(change(data([], { pipelineMin: 4 }), (d) => void delete d.settings.pipelineMin)).toBe('Reset pipelineMin to its default');
    expect(change(base, (d) => void (d.countryHolidays = { country: 'US', years: {} }))).toBe('Changed the data file');
  });
});

describe('describeEventChange', () => {
  it('lists each field that differs, dates in words, and is empty when none does', () => {
    expect(describeEventChange({ type: 'call', date: '2026-11-19' }, { type: 'email', date: '2026-11-12', cue: 'neutral' })).toBe(
      'type call → email, date Thu 19 Nov → Thu 12 Nov, cue none → neutral',
    );
    expect(describeEventChange({ type: 'call', date: '2026-11-19' }, { type: 'call', date: '2026-11-19' })).toBe('');
  });
});

describe('patches', () => {
  const apps = fc.array(fc.record({ company: fc.string({ minLength: 1 }), role: fc.option(fc.string(), { nil: undefined }) }), { maxLength: 6 });

  it('turn the new version back into the old one, to the byte, whatever was added, removed, changed or reordered', () => {
    fc.assert(
      fc.property(apps, apps, fc.array(fc.nat(), { maxLength: 6 }), fc.boolean(), (first, second, moves, country) => {
        const before = data(first.map((a, i) => app(String(i + 1), a.company, a.role === undefined ? {} : { role: a.role })));
        const after = structuredClone(before);
        for (const m of moves) {
          const list = after.applications;
          if (list.length && m % 3 === 0) list.splice(m % list.length, 1);
          else if (list.length && m % 3 === 1) list[m % list.length]!.events.push({ type: 'call', date: '2026-11-20' });
          else if (list.length) list.push(list.shift()!);
        }
        for (const a of second) after.applications.push(app(String(after.nextId++), a.company));
        if (country) after.settings.country = 'GB';
        const back = applyPatch(after, makePatch(after, before));
        expect(JSON.stringify(back, null, 2)).toBe(JSON.stringify(before, null, 2));
        const fwd = applyPatch(before, makePatch(before, after));
        expect(JSON.stringify(fwd, null, 2)).toBe(JSON.stringify(after, null, 2));
      }),
    );
  });

  it('refuse a version they do not fit', () => {
    const before = data([app('1', 'Acme')]);
    const after = data([app('1', 'Acme'), app('2', 'Beta')]);
    const patch = makePatch(before, after);
    patch.order = ['1', '2', '3'];
    expect(() => applyPatch(before, patch)).toThrow('application 3 is missing');
  });
});
