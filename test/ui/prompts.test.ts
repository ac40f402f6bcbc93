// askNewApplication (followup add on a terminal) driven by a scripted fake Prompter: the questions, their
// order (CLI.md), their validators and defaults, and what add's newApplication makes of the answers.
// Reference day: 2026-11-20 is a Friday.
import { describe, expect, it } from 'vitest';
import { newApplication } from '../../src/commands/add.js';
import { CUES, OPEN_STAGES } from '../../src/core/model.js';
import { UsageError } from '../../src/errors.js';
import { askNewApplication, type NewApplicationAnswers, type Prompter } from '../../src/ui/prompts.js';

const TODAY = '2026-11-20';

type Kind = 'input' | 'select' | 'confirm';

interface Asked {
  kind: Kind;
  message: string;
  default?: unknown;
  validate?: (value: string) => true | string;
  choices?: { name: string; value: string }[];
}

/** One scripted answer: the question it expects, and what the person types or picks (undefined: just Enter). */
interface Step {
  kind: Kind;
  message: RegExp;
  answer?: string | boolean;
}

/**
 * A Prompter that answers from a queue, checking each question against the next step. Like the real prompts,
 * an input answer that its validator rejects is an error here (the test would have to retype), and Enter on
 * an empty answer takes the default.
 */
function fakePrompter(steps: Step[]): { prompter: Prompter; asked: Asked[]; remaining: () => number } {
  const queue = [...steps];
  const asked: Asked[] = [];
  function next(kind: Kind, q: Asked): Step {
    asked.push(q);
    const step = queue.shift();
    if (!step) throw new Error(`unexpected extra question (${kind}) '${q.message}'`);
    if (step.kind !== kind || !step.message.test(q.message)) {
      throw new Error(`expected a ${step.kind} matching ${step.message}, got a ${kind} '${q.message}'`);
    }
    return step;
  }
  const prompter: Prompter = {
    async input(q) {
      const step = next('input', { kind: 'input', ...q });
      const typed = step.answer === undefined ? '' : String(step.answer);
      const value = typed === '' && q.default !== undefined ? q.default : typed;
      const verdict = q.validate ? q.validate(value) : true;
      if (verdict !== true) throw new Error(`'${value}' rejected at '${q.message}': ${verdict}`);
      return value;
    },
    async select<T extends string>(q: { message: string; choices: { name: string; value: T }[]; default?: T }): Promise<T> {
      const step = next('select', { kind: 'select', ...q });
      const value = step.answer === undefined ? q.default : (step.answer as T);
      if (value === undefined || !q.choices.some((c) => c.value === value)) {
        throw new Error(`'${String(value)}' is not a choice at '${q.message}'`);
      }
      return value;
    },
    async confirm(q) {
      const step = next('confirm', { kind: 'confirm', ...q });
      return step.answer === undefined ? Boolean(q.default) : Boolean(step.answer);
    },
  };
  return { prompter, asked, remaining: () => queue.length };
}

// The questions, by the words CLI.md uses for them.
const Q = {
  company: /^Company:/,
  role: /^Role:/,
  stage: /^Stage:/,
  round: /^Round:/,
  date: /^Date/,
  expectBy: /^When did they say they'd get back to you\?/,
  invited: /^Did they ask you to follow up on a given day\?/,
  thanked: /^Have you sent a thank-you note yet\?/,
  deadline: /^The offer's deadline\?/,
  cue: /^How did it feel\?/,
  contact: /^Contact name:/,
  email: /^Contact email:/,
  phone: /^Contact phone:/,
  note: /^Note:/,
};

const input = (message: RegExp, answer?: string): Step => ({ kind: 'input', message, answer });
const select = (message: RegExp, answer?: string): Step => ({ kind: 'select', message, answer });
const confirm = (message: RegExp, answer?: boolean): Step => ({ kind: 'confirm', message, answer });

async function ask(steps: Step[]): Promise<{ answers: NewApplicationAnswers; asked: Asked[] }> {
  const fake = fakePrompter(steps);
  const answers = await askNewApplication(fake.prompter, TODAY);
  expect(fake.remaining(), 'every scripted answer was asked for').toBe(0);
  return { answers, asked: fake.asked };
}

/** The full interview flow of the CLI tests: Acme, round 1 on Mon 16 Nov, they'd answer by Friday. */
const INTERVIEW: Step[] = [
  input(Q.company, 'Acme'),
  input(Q.role, 'Backend Engineer'),
  select(Q.stage, 'interview'),
  input(Q.round, '1'),
  input(Q.date, '2026-11-16'),
  input(Q.expectBy, 'fri'),
  input(Q.invited, ''),
  confirm(Q.thanked, true),
  select(Q.cue, 'encouraging'),
  input(Q.contact, 'Jane Doe'),
  input(Q.email, 'jane@acme.test'),
  input(Q.phone, '+1 555 0100'),
  input(Q.note, 'met the team'),
];

/** Only the company typed, Enter everywhere else (stage applied, date today). */
const APPLIED_MINIMAL: Step[] = [
  input(Q.company, 'Acme'),
  input(Q.role),
  select(Q.stage),
  input(Q.date),
  input(Q.contact),
  input(Q.email),
  input(Q.phone),
  input(Q.note),
];

/** Finds the question a step matched, to get at its validator, default or choices. */
async function question(steps: Step[], which: RegExp): Promise<Asked> {
  const { asked } = await ask(steps);
  const found = asked.find((a) => which.test(a.message));
  if (!found) throw new Error(`${which} was not asked`);
  return found;
}

function validator(q: Asked): (value: string) => true | string {
  if (!q.validate) throw new Error(`'${q.message}' has no validator`);
  return q.validate;
}

describe('askNewApplication: the questions and their order (CLI.md)', () => {
  it('asks an interview in the CLI.md order: company, role, stage, round, date, promise, invitation, thank-you, cue, contact, email, phone, note', async () => {
    const { asked, answers } = await ask(INTERVIEW);
    expect(asked.map((a) => a.kind)).toEqual([
      'input', 'input', 'select', 'input', 'input', 'input', 'input', 'confirm', 'select', 'input', 'input', 'input', 'input',
    ]);
    expect(asked[5]!.message).toMatch(/^When did they say they'd get back to you\?/);
    expect(asked[6]!.message).toMatch(/^Did they ask you to follow up on a given day\?/);
    expect(asked[7]!.message).toBe('Have you sent a thank-you note yet?');
    expect(asked[7]!.default).toBe(false);
    expect(answers.thanked).toBe(true);
  });

  it('for an application (stage applied) asks no round, no dates beyond its own, no thank-you and no feeling', async () => {
    const { asked } = await ask(APPLIED_MINIMAL);
    const messages = asked.map((a) => a.message);
    expect(messages).toHaveLength(8);
    for (const q of [Q.round, Q.expectBy, Q.invited, Q.thanked, Q.deadline, Q.cue]) expect(messages.some((m) => q.test(m))).toBe(false);
    expect(messages[3]).toBe('Date applied:');
  });

  it.each(['screen', 'final'])('for a %s asks the promise, the invitation, the thank-you and how it felt, but no round', async (stage) => {
    const { asked, answers } = await ask([
      input(Q.company, 'Acme'),
      input(Q.role),
      select(Q.stage, stage),
      input(Q.date, 'today'),
      input(Q.expectBy),
      input(Q.invited, 'mon'),
      confirm(Q.thanked),
      select(Q.cue),
      input(Q.contact),
      input(Q.email),
      input(Q.phone),
      input(Q.note),
    ]);
    expect(asked[3]!.message).toBe('Date of it:');
    expect(answers).toMatchObject({ stage, round: undefined, date: 'today', invited: 'mon', cue: 'neutral' });
    expect(answers.thanked).toBeUndefined();
  });

  it('for an offer asks its deadline and how it felt, and nothing of interviews', async () => {
    const { asked, answers } = await ask([
      input(Q.company, 'Acme'),
      input(Q.role),
      select(Q.stage, 'offer'),
      input(Q.date, 'wed'),
      input(Q.deadline, 'fri'),
      select(Q.cue, 'encouraging'),
      input(Q.contact),
      input(Q.email),
      input(Q.phone),
      input(Q.note),
    ]);
    expect(asked.some((a) => Q.expectBy.test(a.message) || Q.invited.test(a.message) || Q.thanked.test(a.message))).toBe(false);
    expect(answers).toMatchObject({ stage: 'offer', date: 'wed', deadline: 'fri', cue: 'encouraging' });
  });

  it('a scheduled interview (dated ahead) is not asked about a thank-you', async () => {
    const { asked } = await ask([
      input(Q.company, 'Acme'),
      input(Q.role),
      select(Q.stage, 'final'),
      input(Q.date, '2026-12-01'),
      input(Q.expectBy),
      input(Q.invited),
      select(Q.cue),
      input(Q.contact),
      input(Q.email),
      input(Q.phone),
      input(Q.note),
    ]);
    expect(asked.some((a) => Q.thanked.test(a.message))).toBe(false);
  });

  it('offers every open stage, applied by default, and the four cues plus a skip, neutral by default', async () => {
    const stage = await question(INTERVIEW, Q.stage);
    expect(stage.choices!.map((c) => c.value)).toEqual([...OPEN_STAGES]);
    expect(stage.default).toBe('applied');
    const cue = await question(INTERVIEW, Q.cue);
    expect(cue.choices!.map((c) => c.value)).toEqual([...CUES, '']);
    expect(cue.default).toBe('neutral');
  });

  it('defaults the round to 1 and the date to today', async () => {
    expect((await question(INTERVIEW, Q.round)).default).toBe('1');
    expect((await question(APPLIED_MINIMAL, Q.date)).default).toBe('today');
  });

  it('returns the answers as flag values: trimmed, blanks left out, a skipped cue left out', async () => {
    const { answers } = await ask([
      input(Q.company, '  Acme  '),
      input(Q.role, '  '),
      select(Q.stage, 'interview'),
      input(Q.round, '2'),
      input(Q.date, 'yesterday'),
      input(Q.expectBy, '   '),
      input(Q.invited, ' next fri '),
      confirm(Q.thanked, false),
      select(Q.cue, ''),
      input(Q.contact, ' Jane '),
      input(Q.email, ''),
      input(Q.phone, ''),
      input(Q.note, ''),
    ]);
    expect(answers).toEqual({
      company: 'Acme',
      role: undefined,
      stage: 'interview',
      round: '2',
      date: 'yesterday',
      expectBy: undefined,
      invited: 'next fri',
      cue: undefined,
      contact: 'Jane',
      email: undefined,
      phone: undefined,
      note: undefined,
    });
  });

  it('passes a rejection from the prompter on (Ctrl+C), asking nothing more', async () => {
    const fake = fakePrompter([input(Q.company, 'Acme'), input(Q.role)]);
    const interrupted = Object.assign(new Error('User force closed the prompt with SIGINT'), { name: 'ExitPromptError' });
    fake.prompter.select = async () => {
      throw interrupted;
    };
    await expect(askNewApplication(fake.prompter, TODAY)).rejects.toBe(interrupted);
    expect(fake.asked.map((a) => a.message)).toEqual(['Company:', 'Role:']);
  });
});

describe('askNewApplication: the validators', () => {
  it('rejects an empty company, blank or spaces, and accepts a name', async () => {
    const check = validator(await question(APPLIED_MINIMAL, Q.company));
    expect(check('')).toBe('a company name is required');
    expect(check('   ')).toBe('a company name is required');
    expect(check('Acme')).toBe(true);
  });

  it('rejects bad dates at the date question, with the message but without the flag name', async () => {
    const check = validator(await question(APPLIED_MINIMAL, Q.date));
    for (const bad of ['garbage', '2026-02-30', '2026-13-01', 'next month', '']) {
      const verdict = check(bad);
      expect(verdict, bad).not.toBe(true);
      expect(verdict).not.toMatch(/^--/);
      expect(verdict).toContain('YYYY-MM-DD');
    }
    expect(check('2026-02-30')).toContain('is not a real calendar day');
    for (const good of ['today', 'yesterday', 'fri', 'last fri', '-2d', '2026-11-16', ' 2026-11-16 ']) expect(check(good), good).toBe(true);
  });

  it('accepts blanks for the optional dates (promise, invitation) and rejects bad ones', async () => {
    const promise = validator(await question(INTERVIEW, Q.expectBy));
    const invited = validator(await question(INTERVIEW, Q.invited));
    for (const check of [promise, invited]) {
      expect(check('')).toBe(true);
      expect(check('   ')).toBe(true);
      expect(check('fri')).toBe(true);
      expect(check('+1w')).toBe(true);
      expect(check('2026-12-01')).toBe(true);
      expect(check('soon')).toMatch(/'soon' is not a date/);
      expect(check('2026-11-31')).toContain('is not a real calendar day');
    }
  });

  it('takes a round from 1 to 99 only', async () => {
    const check = validator(await question(INTERVIEW, Q.round));
    for (const good of ['1', '2', ' 3 ', '99']) expect(check(good), good).toBe(true);
    for (const bad of ['0', '100', 'two', '1.5', '-1', '']) expect(check(bad), bad).toBe('a whole number from 1 to 99');
  });

  it('lets the optional text questions take anything, blanks included', async () => {
    const { asked } = await ask(APPLIED_MINIMAL);
    for (const q of asked.filter((a) => [Q.role, Q.contact, Q.email, Q.phone, Q.note].some((r) => r.test(a.message)))) {
      expect(q.validate, q.message).toBeUndefined();
    }
  });
});

describe("the answers through add's newApplication", () => {
  // add() spreads the answers over commander's options, where --no-calls defaults `calls` to true.
  const build = (answers: NewApplicationAnswers) => newApplication({ calls: true, ...answers }, TODAY);

  it('makes the interview: one interview event with round, promise, cue and note, and the contact', async () => {
    const { answers } = await ask(INTERVIEW);
    expect(build(answers)).toEqual({
      company: 'Acme',
      role: 'Backend Engineer',
      contact: { name: 'Jane Doe', email: 'jane@acme.test', phone: '+1 555 0100' },
      noCalls: false,
      // "fri", said at Monday's interview, is that week's Friday; the thank-you note went the same day.
      events: [
        { type: 'interview', date: '2026-11-16', round: 1, expectBy: '2026-11-20', cue: 'encouraging', note: 'met the team' },
        { type: 'thanks', date: '2026-11-16' },
      ],
    });
  });

  it('makes a bare application dated today when only the company is typed', async () => {
    const { answers } = await ask(APPLIED_MINIMAL);
    expect(build(answers)).toEqual({ company: 'Acme', contact: {}, noCalls: false, events: [{ type: 'applied', date: TODAY }] });
  });

  it('makes a screen with an invitation, and no cue when it was skipped', async () => {
    const { answers } = await ask([
      input(Q.company, 'Globex'),
      input(Q.role, 'SRE'),
      select(Q.stage, 'screen'),
      input(Q.date, 'last wed'),
      input(Q.expectBy),
      input(Q.invited, 'mon'),
      confirm(Q.thanked),
      select(Q.cue, ''),
      input(Q.contact, 'Sam'),
      input(Q.email),
      input(Q.phone, '555-0199'),
      input(Q.note),
    ]);
    expect(build(answers)).toEqual({
      company: 'Globex',
      role: 'SRE',
      contact: { name: 'Sam', phone: '555-0199' },
      noCalls: false,
      events: [{ type: 'screen', date: '2026-11-18', invited: '2026-11-23' }],
    });
  });

  it("makes an offer with a deadline counted from the offer's own day", async () => {
    const { answers } = await ask([
      input(Q.company, 'Initech'),
      input(Q.role),
      select(Q.stage, 'offer'),
      input(Q.date, '2026-11-02'),
      input(Q.deadline, '+1w'),
      select(Q.cue),
      input(Q.contact),
      input(Q.email, 'hr@initech.test'),
      input(Q.phone),
      input(Q.note, 'referral from Bob'),
    ]);
    expect(build(answers)).toEqual({
      company: 'Initech',
      contact: { email: 'hr@initech.test' },
      noCalls: false,
      events: [{ type: 'offer', date: '2026-11-02', deadline: '2026-11-09', cue: 'neutral', note: 'referral from Bob' }],
    });
  });

  it('refuses, at the question, a promise before the event date, and an application dated ahead', async () => {
    const steps = [input(Q.company, 'Acme'), input(Q.role), select(Q.stage, 'interview'), input(Q.round), input(Q.date, 'today'), input(Q.expectBy)];
    const fake = fakePrompter([...steps, input(Q.invited), confirm(Q.thanked), select(Q.cue), input(Q.contact), input(Q.email), input(Q.phone), input(Q.note)]);
    await askNewApplication(fake.prompter, TODAY);
    const promise = fake.asked.find((a) => Q.expectBy.test(a.message))!;
    expect(promise.validate!('2026-11-18')).toBe('Wed 18 Nov is before Fri 20 Nov, the day of it: give a later date');
    expect(promise.validate!('fri')).toBe(true); // the Friday after the interview: 11-27
    const date = validator(await question(APPLIED_MINIMAL, Q.date));
    expect(date('tomorrow')).toBe('Sat 21 Nov is after today: only an interview can be dated ahead');
    expect(validator(await question(INTERVIEW, Q.date))('tomorrow')).toBe(true);
  });

  it('says each date back in words once given ("fri → Fri 20 Nov")', async () => {
    const { asked } = await ask(INTERVIEW);
    const date = asked.find((a) => Q.date.test(a.message)) as Asked & { transformer: (v: string, f: { isFinal: boolean }) => string };
    expect(date.transformer('mon', { isFinal: true })).toBe('mon → Mon 16 Nov');
    expect(date.transformer('mon', { isFinal: false })).toBe('mon');
    const promise = asked.find((a) => Q.expectBy.test(a.message)) as typeof date;
    expect(promise.transformer('fri', { isFinal: true })).toBe('fri → Fri 20 Nov');
    expect(promise.transformer('', { isFinal: true })).toBe('');
  });
});
