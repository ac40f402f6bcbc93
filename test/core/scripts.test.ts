// RULES.md "Scripts": every call and email script restates interest, offers something new, proposes when to talk
// next, and never asks for "a status update" (000: "don't ask for a status report"). N3 adds "Shall I follow up in a week?".
import { describe, expect, it } from 'vitest';
import { adviseAll } from '../../src/core/advise.js';
import { humanDay } from '../../src/core/calendar.js';
import { DEFAULT_SETTINGS, type AppEvent, type Application, type EventType, type Kind } from '../../src/core/model.js';
import { scriptFor, type ScriptContext } from '../../src/core/scripts.js';

const KINDS: readonly Kind[] = ['thank-you', 'follow-up', 'invited', 'offer', 'competing-offer', 'negative-cue', 'unanswered'];
/** The kinds whose advice is a call or an email (the move-on kinds only say goodbye). */
const CONTACT_KINDS: readonly Kind[] = ['thank-you', 'follow-up', 'invited', 'offer', 'competing-offer'];
const CHANNELS = ['call', 'email', 'move-on'] as const;
const ASK = 'Shall I follow up in a week?';
const TODAY = '2026-11-18';
const NEXT = '2026-11-25';

function ctx(over: Partial<ScriptContext> = {}): ScriptContext {
  return {
    kind: 'follow-up',
    channel: 'email',
    company: 'Acme',
    role: 'Engineer',
    contactName: 'Jane Doe',
    lastMeeting: 'the interview',
    nextContact: NEXT,
    askAboutAWeek: false,
    today: TODAY,
    ...over,
  };
}
/** Every combination of kind, channel, question, and optional details. */
function* everyContext(): Generator<ScriptContext> {
  for (const kind of KINDS)
    for (const channel of CHANNELS)
      for (const askAboutAWeek of [false, true])
        for (const contactName of ['Jane Doe', undefined])
          for (const role of ['Engineer', undefined])
            for (const lastMeeting of ['the second interview', undefined])
              for (const deadline of ['2026-11-27', undefined])
                yield ctx({ kind, channel, askAboutAWeek, contactName, role, lastMeeting, offerDeadline: deadline, competingDeadline: deadline });
}
const proposesNextContact = (s: string) => s.includes(humanDay(NEXT, TODAY)) || s.includes(ASK);

describe('scripts never ask for a status update', () => {
  it('for any kind, channel and detail', () => {
    let n = 0;
    for (const c of everyContext()) {
      const s = scriptFor(c).toLowerCase();
      expect(s).not.toContain('status update');
      expect(s).not.toContain('status report');
      expect(s).not.toMatch(/\bstatus\b/);
      expect(s).not.toMatch(/any (news|update)/);
      n++;
    }
    expect(n).toBe(KINDS.length * CHANNELS.length * 32);
  });
});

describe('call and email scripts propose when to talk next', () => {
  for (const kind of CONTACT_KINDS) {
    for (const channel of ['call', 'email'] as const) {
      it(`${kind} by ${channel}`, () => {
        const s = scriptFor(ctx({ kind, channel }));
        expect(proposesNextContact(s)).toBe(true);
        expect(s).toContain(humanDay(NEXT, TODAY));
        expect(s).not.toContain(ASK);
      });
    }
  }
});

describe('N3: askAboutAWeek asks "Shall I follow up in a week?"', () => {
  for (const kind of CONTACT_KINDS) {
    for (const channel of ['call', 'email'] as const) {
      it(`${kind} by ${channel}`, () => {
        const s = scriptFor(ctx({ kind, channel, askAboutAWeek: true }));
        expect(s).toContain(ASK);
        expect(s.split(ASK)).toHaveLength(2);
      });
    }
  }
});

describe('scripts restate interest and offer something new', () => {
  it('follow-up and invited offer something new and restate interest', () => {
    for (const kind of ['follow-up', 'invited'] as const) {
      const s = scriptFor(ctx({ kind }));
      expect(s).toContain('Since we spoke, [something new');
      expect(s).toContain('the Engineer role');
    }
    expect(scriptFor(ctx({ kind: 'follow-up' }))).toContain("I'm still very interested");
    expect(scriptFor(ctx({ kind: 'invited' }))).toContain('As you suggested');
  });
  it('thank-you: thanks for the meeting, adds an answer, offers a work sample', () => {
    const s = scriptFor(ctx({ kind: 'thank-you', lastMeeting: 'the second interview' }));
    expect(s).toContain('Thank you for the second interview about the Engineer role');
    expect(s).toContain('One thing I would add');
    expect(s).toContain('work sample');
    expect(s).toMatch(/^Subject: Thank you: Engineer/);
  });
  it('competing offer: first choice, the deadline, and something to help them decide', () => {
    const s = scriptFor(ctx({ kind: 'competing-offer', channel: 'call', competingDeadline: '2026-11-27' }));
    expect(s).toContain('remain my first choice');
    expect(s).toContain('answer it by Fri 27 Nov');
    expect(s).toMatch(/references|work sample/);
    expect(scriptFor(ctx({ kind: 'competing-offer' }))).not.toContain('answer it by');
  });
  it('offer: with and without a deadline', () => {
    expect(scriptFor(ctx({ kind: 'offer', offerDeadline: '2026-11-27' }))).toContain('before Fri 27 Nov');
    expect(scriptFor(ctx({ kind: 'offer' }))).toContain('by when you will answer');
  });
  it('move on: a gracious goodbye that keeps the door open', () => {
    for (const kind of ['negative-cue', 'unanswered'] as const) {
      const s = scriptFor(ctx({ kind, channel: 'move-on' }));
      expect(s).toContain('stay in touch');
      expect(s).toMatch(/^Subject: Thank you: Engineer/);
    }
  });
});

describe('the form: call talking points or an email', () => {
  it('a call names whom to call and lists what to say', () => {
    const s = scriptFor(ctx({ channel: 'call' }));
    const [head, ...lines] = s.split('\n');
    expect(head).toBe('Call Jane Doe. Say:');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.startsWith('- ')).toBe(true);
    expect(scriptFor(ctx({ channel: 'call', contactName: undefined })).split('\n')[0]).toBe('Call Acme. Say:');
  });
  it('an email has a subject, a greeting by first name and a sign-off', () => {
    const s = scriptFor(ctx({ channel: 'email' }));
    expect(s.split('\n')[0]).toBe('Subject: Engineer: a quick addition');
    expect(s).toContain('\nHi Jane,\n');
    expect(s.trimEnd().endsWith('Best regards,')).toBe(true);
    const anon = scriptFor(ctx({ channel: 'email', contactName: undefined, role: undefined }));
    expect(anon).toContain('\nHello,\n');
    expect(anon.split('\n')[0]).toBe('Subject: My application: a quick addition');
    expect(anon).toContain('the role at Acme');
    expect(scriptFor(ctx({ kind: 'competing-offer' })).split('\n')[0]).toBe('Subject: Engineer: a timing question');
  });
});

describe('scripts from advice', () => {
  function e(type: EventType, date: string, extra: Partial<AppEvent> = {}): AppEvent {
    return { type, date, ...extra };
  }
  function advice(today: string, events: AppEvent[], extra: Partial<Application> = {}) {
    const a: Application = { id: '1', company: 'Acme', role: 'Engineer', contact: { name: 'Jane Doe' }, noCalls: false, events, ...extra };
    return adviseAll([a], DEFAULT_SETTINGS, today)[0]!.advice!;
  }
  it('a wait carries the script of the action that follows, proposing a week after it is due', () => {
    const a = advice('2026-11-18', [e('interview', '2026-11-16', { round: 2, expectBy: '2026-11-20' }), e('thanks', '2026-11-16')]);
    expect(a).toMatchObject({ action: 'wait', due: '2026-11-23', then: 'call' });
    expect(a.script).toMatch(/^Call Jane Doe\. Say:/);
    expect(a.script).toContain('Mon 30 Nov');
    expect(a.script).toContain('the interview (round 2)');
  });
  it('a due or overdue contact proposes a week from today', () => {
    const a = advice('2026-11-12', [e('applied', '2026-11-03')]);
    expect(a).toMatchObject({ action: 'email', due: '2026-11-10' });
    expect(a.script).toMatch(/^Subject: /);
    expect(a.script).toContain('Thu 19 Nov');
  });
  it('the thank-you note names the meeting and proposes a next contact', () => {
    const a = advice('2026-11-16', [e('final', '2026-11-16')]);
    expect(a.kind).toBe('thank-you');
    expect(a.script).toContain('Thank you for the final interview');
    expect(a.script).toContain('Mon 23 Nov');
  });
  it('the offer and competing-offer scripts mention their deadlines', () => {
    expect(advice('2026-11-16', [e('offer', '2026-11-16', { deadline: '2026-11-27' })]).script).toContain('before Fri 27 Nov');
    const beta: Application = {
      id: '2',
      company: 'Beta',
      contact: {},
      noCalls: true,
      events: [e('final', '2026-11-16'), e('thanks', '2026-11-16')],
    };
    const acme: Application = { id: '1', company: 'Acme', contact: {}, noCalls: false, events: [e('offer', '2026-11-17', { deadline: '2026-12-01' })] };
    const b = adviseAll([acme, beta], DEFAULT_SETTINGS, '2026-11-18')[1]!.advice!;
    expect(b).toMatchObject({ action: 'email', kind: 'competing-offer' });
    expect(b.script).toContain('answer it by Tue 1 Dec');
  });
  it('an unsure cue puts the question in the script, on every contact kind', () => {
    expect(advice('2026-11-16', [e('interview', '2026-11-16', { cue: 'unsure' })]).script).toContain(ASK);
    expect(advice('2026-11-23', [e('screen', '2026-11-16', { cue: 'unsure' }), e('thanks', '2026-11-16')]).script).toContain(ASK);
    expect(advice('2026-11-17', [e('offer', '2026-11-16', { cue: 'unsure' })]).script).toContain(ASK);
    expect(advice('2026-11-17', [e('reply', '2026-11-16', { cue: 'unsure', invited: '2026-11-17', channel: 'email' })]).script).toContain(ASK);
  });
  it('move-on advice carries a goodbye, never the question', () => {
    const a = advice('2026-11-23', [e('applied', '2026-11-02', { cue: 'unsure' }), e('reply', '2026-11-03', { cue: 'unsure' }), e('email', '2026-11-09'), e('email', '2026-11-16')]);
    expect(a).toMatchObject({ action: 'move-on', kind: 'unanswered' });
    expect(a.script).toContain('stay in touch');
    expect(a.script).not.toContain(ASK);
    const neg = advice('2026-11-23', [e('reply', '2026-11-20', { cue: 'negative' })]);
    expect(neg.kind).toBe('negative-cue');
    expect(neg.script).toContain('moved forward with other candidates');
  });
});
