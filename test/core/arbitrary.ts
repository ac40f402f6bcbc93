// Random event logs, applications and settings for the property tests of the engine (fast-check).
import fc from 'fast-check';
import { addDays } from '../../src/core/calendar.js';
import { CHANNELS, CUES, DEFAULT_SETTINGS, EVENT_TYPES, type AppEvent, type Application, type Settings } from '../../src/core/model.js';

export const day2026 = fc.integer({ min: 0, max: 364 }).map((n) => addDays('2026-01-01', n));
/** Today: mostly in 2026, sometimes a little before or after. */
export const anyToday = fc.integer({ min: -20, max: 400 }).map((n) => addDays('2026-01-01', n));

export const anyEvent: fc.Arbitrary<AppEvent> = fc.record(
  {
    type: fc.constantFrom(...EVENT_TYPES),
    date: day2026,
    expectBy: day2026,
    invited: day2026,
    until: day2026,
    deadline: day2026,
    cue: fc.constantFrom(...CUES),
    channel: fc.constantFrom(...CHANNELS),
    round: fc.integer({ min: 1, max: 4 }),
    reason: fc.constantFrom('budget freeze', 'acquisition'),
    note: fc.string({ maxLength: 10 }),
    noAnswer: fc.boolean(),
  },
  { requiredKeys: ['type', 'date'] },
);

/** Logs that tend to look like real ones: fewer kinds of events, a month of dates, more collisions. */
export const november = fc.integer({ min: 0, max: 40 }).map((n) => addDays('2026-11-01', n));
export const plausibleEvent: fc.Arbitrary<AppEvent> = fc.record(
  {
    type: fc.constantFrom<AppEvent['type']>('applied', 'screen', 'interview', 'final', 'reply', 'delay', 'offer', 'thanks', 'call', 'email', 'note'),
    date: november,
    expectBy: november,
    invited: november,
    until: november,
    deadline: november,
    cue: fc.constantFrom(...CUES),
    channel: fc.constantFrom(...CHANNELS),
    round: fc.integer({ min: 1, max: 3 }),
    noAnswer: fc.constant(true),
  },
  { requiredKeys: ['type', 'date'] },
).map((x) => (x.type === 'call' && x.noAnswer && x.cue === undefined && x.expectBy === undefined && x.invited === undefined ? x : { ...x, noAnswer: undefined }));

export function anyApps(event: fc.Arbitrary<AppEvent>): fc.Arbitrary<Application[]> {
  return fc
    .array(
      fc.record({
        events: fc.array(event, { maxLength: 12 }),
        noCalls: fc.boolean(),
        company: fc.constantFrom('Acme', 'Beta', 'Gamma'),
        role: fc.option(fc.constant('Engineer'), { nil: undefined }),
        name: fc.option(fc.constant('Jane Doe'), { nil: undefined }),
        email: fc.option(fc.constant('jane@acme.example'), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    )
    .map((xs) =>
      xs.map((x, i) => ({ id: String(i + 1), company: x.company, role: x.role, contact: { name: x.name, email: x.email }, noCalls: x.noCalls, events: x.events })),
    );
}

export const anySettings: fc.Arbitrary<Settings> = fc.record({
  thankYou: fc.boolean(),
  thankYouWindowBusinessDays: fc.integer({ min: 0, max: 5 }),
  rejectionReply: fc.boolean(),
  rejectionReplyBusinessDays: fc.integer({ min: 0, max: 5 }),
  delayCheckInDays: fc.integer({ min: 0, max: 40 }),
  maxCallsFirstInterview: fc.integer({ min: 0, max: 3 }),
  maxCallsEncouraged: fc.integer({ min: 0, max: 4 }),
  name: fc.option(fc.constant('Ann Lee'), { nil: null }),
  signature: fc.option(fc.constant('Ann Lee\n+1 555 0100'), { nil: null }),
  firstFollowUpBusinessDays: fc.integer({ min: 0, max: 10 }),
  daysAfterPromise: fc.integer({ min: 0, max: 5 }),
  minDaysBetweenFollowUps: fc.integer({ min: 0, max: 14 }),
  maxUnansweredEarly: fc.integer({ min: 1, max: 4 }),
  maxUnansweredLate: fc.integer({ min: 1, max: 5 }),
  holidays: fc.uniqueArray(day2026, { maxLength: 30 }),
  pipelineMin: fc.integer({ min: 0, max: 5 }),
}).map((s) => ({ ...DEFAULT_SETTINGS, ...s }));
