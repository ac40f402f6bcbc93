// Older data files through the command line: a version-2 file (rulebook v1's settings) and a version-1 file
// keep working, and are upgraded to version 3 on the next write (a setting that no longer exists is dropped).
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fx, fixture } from './support.js';

let fx: Fx;
beforeEach(() => {
  fx = fixture('2026-11-20');
});
afterEach(() => fx.cleanup());

const V2 = {
  schemaVersion: 2,
  nextId: 3,
  settings: { offerAnswerBusinessDays: 2, minDaysBetweenFollowUps: 10, holidays: ['2026-11-26'] },
  applications: [
    { id: '1', company: 'Acme', role: 'Dev', contact: { name: 'Jane' }, noCalls: false, events: [{ type: 'applied', date: '2026-11-02' }] },
    { id: '2', company: 'Beta', contact: {}, noCalls: true, events: [{ type: 'interview', date: '2026-11-16', round: 1, expectBy: '2026-11-20' }] },
  ],
};

const V1 = {
  schemaVersion: 1,
  applications: [
    { id: 1, company: 'Acme', contactName: 'Dana', events: [{ type: 'applied', date: '2026-11-02' }] },
    { id: 4, company: 'Globex', noCalls: true, events: [{ type: 'interview', date: '2026-11-16', round: 1 }] },
  ],
};

const onDisk = () => JSON.parse(readFileSync(fx.db, 'utf8'));

describe('a version-2 file with a setting of rulebook v1 (offerAnswerBusinessDays)', () => {
  beforeEach(() => writeFileSync(fx.db, JSON.stringify(V2), { mode: 0o600 }));

  it('reads fine: today, status, show and config work, and the file is not touched', () => {
    const before = readFileSync(fx.db, 'utf8');
    expect(fx.json(['today']).items.map((i: { id: string }) => i.id).sort()).toEqual(['1', '2']);
    fx.ok(['status']);
    expect(fx.json(['show', 'beta']).events).toHaveLength(1);
    const settings = fx.json(['config']);
    expect(settings).toMatchObject({ minDaysBetweenFollowUps: 10, holidays: ['2026-11-26'], thankYouWindowBusinessDays: 2 });
    expect(settings).not.toHaveProperty('offerAnswerBusinessDays');
    expect(readFileSync(fx.db, 'utf8')).toBe(before);
  });

  it('after a write is version 3: the old setting is gone, the other settings and every application kept', () => {
    fx.ok(['log', '1', 'email', '--date', '2026-11-09']);
    const data = onDisk();
    expect(data.schemaVersion).toBe(3);
    expect(data.settings).toEqual({ minDaysBetweenFollowUps: 10, holidays: ['2026-11-26'] });
    expect(data.nextId).toBe(3);
    expect(data.applications[0]).toEqual({ ...V2.applications[0], events: [...V2.applications[0]!.events, { type: 'email', date: '2026-11-09' }] });
    expect(data.applications[1]).toEqual(V2.applications[1]);
    // The new settings take their defaults.
    expect(fx.json(['config', 'rejectionReply'])).toEqual({ rejectionReply: true });
  });

  it('a config write upgrades it too', () => {
    fx.ok(['config', 'name', 'Ana Lima']);
    expect(onDisk()).toMatchObject({ schemaVersion: 3, settings: { minDaysBetweenFollowUps: 10, holidays: ['2026-11-26'], name: 'Ana Lima' } });
    expect(onDisk().settings).not.toHaveProperty('offerAnswerBusinessDays');
  });
});

describe('a version-1 file', () => {
  beforeEach(() => writeFileSync(fx.db, JSON.stringify(V1), { mode: 0o600 }));

  it('works: today and show read it, add gives the next id and writes version 3', () => {
    expect(fx.json(['today']).items.map((i: { id: string }) => i.id).sort()).toEqual(['1', '4']);
    expect(fx.json(['show', '1']).contact).toEqual({ name: 'Dana', email: null, phone: null });
    expect(fx.add('Initech')).toBe('5');
    const data = onDisk();
    expect(data.schemaVersion).toBe(3);
    expect(data.applications.map((a: { id: string }) => a.id)).toEqual(['1', '4', '5']);
    expect(data.applications[1].noCalls).toBe(true);
  });
});
