// RULES.md v2 "Scripts": every call and email can be sent or said as is: facts from the data only, To and Subject
// on emails, the seeker's name and signature, at most 120 words or four talking points and a two-sentence
// voicemail, each kind saying what the table says, and only dates that agree with the advice.
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../src/core/calendar.js';
import type { AppEvent, Application } from '../../src/core/model.js';
import { type ScriptFacts, scriptFor, wordCount } from '../../src/core/scripts.js';
import { adv, app, board, e } from './helpers.js';

function facts(over: Partial<ScriptFacts> = {}): ScriptFacts {
  return {
    kind: 'follow-up',
    channel: 'email',
    company: 'Acme',
    role: 'Engineer',
    contactName: 'Jane Doe',
    sendDay: '2026-11-23',
    applied: false,
    interview: e('interview', '2026-11-16', { round: 2 }),
    lastBeforeMovingOn: false,
    thanksFirst: false,
    askAboutAWeek: false,
    ...over,
  };
}
const FORBIDDEN = /\[|status update|just checking in|touching base|circling back|first choice|something new/i;
const KINDS = ['thank-you', 'follow-up', 'invited', 'after-call', 'offer', 'competing-offer', 'withdraw', 'rejection-reply'] as const;

describe('every kind, on both channels, with and without the optional facts', () => {
  it('no placeholders or forbidden phrases; emails ≤ 120 words; calls ≤ 4 points and a two-sentence voicemail', () => {
    for (const kind of KINDS)
      for (const channel of ['call', 'email'] as const)
        for (const contactName of ['Jane Doe', undefined])
          for (const role of ['Senior Backend Engineer', undefined])
            for (const extra of [{}, { askAboutAWeek: true, lastBeforeMovingOn: true, thanksFirst: true, promise: '2026-11-20', checkBack: '2026-11-30' }]) {
              const s = scriptFor(facts({ kind, channel, contactName, role, name: 'Ann Lee', signature: 'Ann Lee\n+1 555 0100', offer: { acknowledge: false, deadline: '2026-11-27' }, ...extra }));
              expect(s).not.toMatch(FORBIDDEN);
              if (channel === 'email') {
                expect(wordCount(s)).toBeLessThanOrEqual(120);
              } else {
                expect(s.split('\n').filter((l) => l.startsWith('- ')).length).toBeLessThanOrEqual(4);
                expect(s).toMatch(/\nVoicemail: [^.]+\. [^.]+\.$/);
              }
            }
  });
});

describe('the frame of an email', () => {
  it('To when the email is known, a Subject, the first name, and "Best regards," alone when unset', () => {
    const s = scriptFor(facts({ contactEmail: 'jane@acme.example' }));
    expect(s.split('\n').slice(0, 5)).toEqual(['To: jane@acme.example', 'Subject: My application: Engineer', '', 'Hi Jane,', '']);
    expect(s.endsWith('\nBest regards,')).toBe(true);
    expect(scriptFor(facts()).startsWith('Subject: ')).toBe(true);
  });
  it('"Hello" and the hiring team without a contact; "the position" without a role', () => {
    const s = scriptFor(facts({ contactName: undefined, role: undefined }));
    expect(s).toContain('Hello Acme hiring team,');
    expect(s).toContain('the position');
    expect(s).toContain('Subject: My application: Acme');
  });
  it("the seeker's name and signature at the end", () => {
    expect(scriptFor(facts({ name: 'Ann Lee', signature: 'ann@example.com' })).endsWith('Best regards,\nAnn Lee\nann@example.com')).toBe(true);
  });
  it("brackets in the user's own text are shown as parentheses, not blanks to fill", () => {
    expect(scriptFor(facts({ role: 'Engineer [Remote]' }))).toContain('Engineer (Remote)');
  });
});

describe('what each kind says', () => {
  it('thank-you: the interview by day and kind, fit, references, the promised date', () => {
    const s = scriptFor(facts({ kind: 'thank-you', sendDay: '2026-11-16', promise: '2026-11-20' }));
    expect(s).toContain('Thank you for the second-round interview today');
    expect(s).toContain('references or a work sample');
    expect(s).toContain('Fri 20 Nov');
    expect(scriptFor(facts({ kind: 'thank-you', sendDay: '2026-11-18', interview: e('screen', '2026-11-16') }))).toContain('the phone screen on Monday');
    expect(scriptFor(facts({ kind: 'thank-you', sendDay: '2026-11-18', interview: e('final', '2026-11-17') }))).toContain('the final interview yesterday');
  });
  it('follow-up: interest, an offer, the next step; at applied no conversation', () => {
    const s = scriptFor(facts({ applied: true, interview: undefined }));
    expect(s).toContain('I applied for the Engineer position at Acme');
    expect(s).not.toMatch(/conversation|spoke|interview/);
    expect(s).toContain('What is the next step');
  });
  it('follow-up: opens with thanks past the window; closes gracefully when last; N3 asks', () => {
    expect(scriptFor(facts({ thanksFirst: true }))).toContain('Thank you for the second-round interview on Mon 16 Nov.');
    expect(scriptFor(facts({ lastBeforeMovingOn: true, checkBack: '2026-11-30' }))).toContain('welcome to reach out if anything changes');
    expect(scriptFor(facts({ lastBeforeMovingOn: true, checkBack: '2026-11-30' }))).not.toContain('Mon 30 Nov');
    expect(scriptFor(facts({ askAboutAWeek: true }))).toContain('Shall I follow up in a week?');
  });
  it('invited, after-call, offer, competing offer, withdraw, rejection reply', () => {
    expect(scriptFor(facts({ kind: 'invited' }))).toContain("As you suggested, I'm getting in touch today");
    expect(scriptFor(facts({ kind: 'after-call', missedCallDay: '2026-11-23' }))).toContain('I tried to reach you by phone today');
    const ack = scriptFor(facts({ kind: 'offer', channel: 'call', offer: { acknowledge: true, deadline: '2026-11-27' } }));
    expect(ack).toMatch(/glad to have it[\s\S]*in writing[\s\S]*Fri 27 Nov[\s\S]*more days/);
    const answer = scriptFor(facts({ kind: 'offer', channel: 'call', offer: { acknowledge: false, deadline: '2026-11-27' } }));
    expect(answer).toMatch(/accept[\s\S]*points are still open/);
    const late = scriptFor(facts({ kind: 'offer', channel: 'call', sendDay: '2026-11-30', offer: { acknowledge: false, deadline: '2026-11-27' } }));
    expect(late).toContain('does the offer still stand?');
    const comp = scriptFor(facts({ kind: 'competing-offer', competingDeadline: '2026-11-27' }));
    expect(comp).toMatch(/received an offer with a deadline of Fri 27 Nov[\s\S]*very interested[\s\S]*decision by then/);
    expect(scriptFor(facts({ kind: 'withdraw' }))).toMatch(/accepted another position[\s\S]*stay in touch/);
    expect(scriptFor(facts({ kind: 'rejection-reply' }))).toMatch(/Thank you for letting me know[\s\S]*feedback[\s\S]*future roles/);
  });
});

describe('scripts in the advice', () => {
  const iv = e('interview', '2026-11-02', { round: 1 });
  it('the check-back day is the next follow-up if this one went unanswered: a business day, and the next advice agrees', () => {
    const log: AppEvent[] = [e('applied', '2026-11-03')];
    const a = adv('2026-11-10', log);
    expect(a.script).toContain('I will follow up on Tue 17 Nov');
    expect(isBusinessDay('2026-11-17', [])).toBe(true);
    expect(adv('2026-11-12', [...log, e('email', '2026-11-10')])).toMatchObject({ due: '2026-11-17', then: 'email' });
  });
  it('no check-back day while an interview is booked', () => {
    expect(adv('2026-11-02', [iv, e('interview', '2026-11-25', { round: 2 })]).script).not.toMatch(/I will follow up on/);
  });
  it('no script for moving on or a scheduled interview', () => {
    expect(adv('2026-11-20', [e('applied', '2026-11-02'), e('reply', '2026-11-03', { cue: 'negative' })]).script).toBeNull();
    expect(adv('2026-11-20', [e('applied', '2026-11-02'), e('screen', '2026-11-25')]).script).toBeNull();
  });
  it("To: from the contact's email, name and signature from the settings", () => {
    const s = adv('2026-11-10', [e('applied', '2026-11-03')], { name: 'Ann Lee', signature: null }, { contact: { name: 'Jane Doe', email: 'jane@acme.example' } }).script!;
    expect(s.startsWith('To: jane@acme.example\nSubject: ')).toBe(true);
    expect(s.endsWith('Best regards,\nAnn Lee')).toBe(true);
  });
  it("a competing offer's script names its deadline and no later day; never 'first choice'", () => {
    const offer: Application = app([e('offer', '2026-11-16', { deadline: '2026-11-24' })], { id: '1', company: 'Beta' });
    const acme = app([e('final', '2026-11-12'), e('thanks', '2026-11-12')], { id: '2' });
    const a = board('2026-11-17', [offer, acme])[1]!.advice!;
    expect(a.kind).toBe('competing-offer');
    expect(a.script).toContain('Tue 24 Nov');
    expect(a.script).not.toMatch(/first choice/i);
  });
});

describe('the check-back day never contradicts the next advice (oracle script checks)', () => {
  it('not after a negative cue: the thank-you comes before moving on', () => {
    const s = adv('2026-11-16', [e('interview', '2026-11-16', { cue: 'negative' })]).script!;
    expect(s).toContain('Thank you for the interview today');
    expect(s).not.toMatch(/I will follow up on/);
  });
  it('not in a thank-you while an invitation is open, even for today or a past day (a thanks uses none up)', () => {
    const a = adv('2026-09-16', [e('interview', '2026-09-14', { invited: '2026-09-16' })]);
    expect(a.kind).toBe('thank-you');
    expect(a.script).not.toMatch(/I will follow up on/);
  });
  it('not while another invitation stays open for a later day', () => {
    const log = [e('screen', '2026-11-16', { invited: '2026-11-24' }), e('thanks', '2026-11-16'), e('reply', '2026-11-18', { invited: '2026-11-27' }), e('reply', '2026-11-18', { invited: '2026-11-24' })];
    const a = adv('2026-11-24', log);
    expect(a.kind).toBe('invited');
    expect(a.script).not.toMatch(/I will follow up on/);
  });
});

describe('an offer acknowledged only after its deadline', () => {
  it('does not ask to confirm a day gone by: it asks whether the offer still stands', () => {
    const text = scriptFor(facts({ kind: 'offer', offer: { deadline: '2026-11-13', acknowledge: true } }));
    expect(text).toContain('has passed');
    expect(text).toContain('does the offer still stand?');
    expect(text).not.toContain('Can you confirm that you need my answer by');
  });
});
