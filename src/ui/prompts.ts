// The interactive flows, behind a small Prompter interface so they can be tested without a terminal.
// @inquirer/prompts is loaded only here, and only when a prompt is needed.
import { type Day, humanDay } from '../core/calendar.js';
import { CUES, OPEN_STAGES, isInterviewEvent } from '../core/model.js';
import { DateInputError, type DateDirection, parseUserDate } from './dates.js';

export interface Prompter {
  input(q: {
    message: string;
    default?: string;
    validate?: (value: string) => true | string;
    /** How the answer is shown; with isFinal, once it is given ("fri → Fri 20 Nov"). */
    transformer?: (value: string, flags: { isFinal: boolean }) => string;
  }): Promise<string>;
  select<T extends string>(q: { message: string; choices: { name: string; value: T }[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

export async function terminalPrompter(): Promise<Prompter> {
  const inquirer = await import('./inquirer-lib.js');
  return {
    input: (q) => inquirer.input(q),
    select: (q) => inquirer.select(q),
    confirm: (q) => inquirer.confirm(q),
  };
}

/** A date question: how a typed answer is read, and whether it is refused (a message) or taken (a Day). */
interface DateQuestion {
  flag: string;
  direction: DateDirection;
  optional: boolean;
  /** Weekdays and offsets count from this day (the event's own date, for the promise, invitation and deadline). */
  from?: Day;
  /** Refuses a day with a message, after it parsed. */
  check?: (day: Day) => string | null;
}

function readDate(value: string, today: Day, q: DateQuestion): Day | string {
  try {
    const day = parseUserDate(value, { today, flag: q.flag, direction: q.direction, from: q.from });
    return q.check?.(day) ?? day;
  } catch (err) {
    if (err instanceof DateInputError) return err.message.replace(/^--[a-z-]+: /, '');
    throw err;
  }
}

/** The validator and the say-back ("fri → Fri 20 Nov") of a date question. */
function dateInput(today: Day, q: DateQuestion) {
  const isDay = (r: string) => /^\d{4}-\d{2}-\d{2}$/.test(r);
  return {
    validate: (value: string): true | string => {
      if (q.optional && value.trim() === '') return true;
      const r = readDate(value, today, q);
      return isDay(r) ? true : r;
    },
    transformer: (value: string, { isFinal }: { isFinal: boolean }): string => {
      if (!isFinal || value.trim() === '') return value;
      const r = readDate(value, today, q);
      return isDay(r) ? `${value.trim()} → ${humanDay(r, today)}` : value;
    },
  };
}

/** Answers as flag values, so they go through the same checks as typed flags. */
export interface NewApplicationAnswers {
  company: string;
  role?: string;
  stage: string;
  round?: string;
  date: string;
  expectBy?: string;
  invited?: string;
  deadline?: string;
  thanked?: boolean;
  cue?: string;
  contact?: string;
  email?: string;
  phone?: string;
  note?: string;
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/**
 * followup add on a terminal (CLI.md order): company, role, stage (and round), date, then by stage (an
 * interview: promise, invitation, thank-you; an offer: its deadline), how it felt, contact, note.
 */
export async function askNewApplication(p: Prompter, today: Day): Promise<NewApplicationAnswers> {
  const company = await p.input({ message: 'Company:', validate: (v) => (v.trim() ? true : 'a company name is required') });
  const role = optional(await p.input({ message: 'Role:' }));
  const stage = await p.select({
    message: 'Stage:',
    choices: OPEN_STAGES.map((s) => ({ name: s, value: s })),
    default: 'applied',
  });
  let round: string | undefined;
  if (stage === 'interview') {
    round = await p.input({
      message: 'Round:',
      default: '1',
      validate: (v) => (/^\s*[1-9]\d?\s*$/.test(v) ? true : 'a whole number from 1 to 99'),
    });
  }
  const interview = isInterviewEvent(stage);
  const dateQ: DateQuestion = {
    flag: '--date',
    direction: 'past',
    optional: false,
    check: (d) => (d > today && !interview ? `${humanDay(d, today)} is after today: only an interview can be dated ahead` : null),
  };
  const date = await p.input({ message: stage === 'applied' ? 'Date applied:' : 'Date of it:', default: 'today', ...dateInput(today, dateQ) });
  const answers: NewApplicationAnswers = { company: company.trim(), role, stage, round, date };
  const on = readDate(date, today, dateQ);
  // A promise, an invitation or a deadline before the event's own day is refused as it is typed.
  const ahead = (flag: string): DateQuestion => ({
    flag,
    direction: 'future',
    optional: true,
    from: on,
    check: (d) => (d < on ? `${humanDay(d, today)} is before ${humanDay(on, today)}, the day of it: give a later date` : null),
  });
  if (interview) {
    answers.expectBy = optional(
      await p.input({ message: "When did they say they'd get back to you? (blank: they didn't)", ...dateInput(today, ahead('--expect-by')) }),
    );
    answers.invited = optional(await p.input({ message: 'Did they ask you to follow up on a given day? (blank: no)', ...dateInput(today, ahead('--invited')) }));
    // A scheduled interview has not happened yet: nothing to thank them for.
    if (on <= today && (await p.confirm({ message: 'Have you sent a thank-you note yet?', default: false }))) answers.thanked = true;
  }
  if (stage === 'offer') {
    answers.deadline = optional(await p.input({ message: "The offer's deadline? (blank: none)", ...dateInput(today, ahead('--deadline')) }));
  }
  if (stage !== 'applied') {
    const cue = await p.select<string>({
      message: 'How did it feel?',
      choices: [...CUES.map((c) => ({ name: c, value: c })), { name: '(skip)', value: '' }],
      default: 'neutral',
    });
    answers.cue = optional(cue);
  }
  answers.contact = optional(await p.input({ message: 'Contact name:' }));
  answers.email = optional(await p.input({ message: 'Contact email:' }));
  answers.phone = optional(await p.input({ message: 'Contact phone:' }));
  answers.note = optional(await p.input({ message: 'Note:' }));
  return answers;
}
