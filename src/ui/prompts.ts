// The interactive flows, behind a small Prompter interface so they can be tested without a terminal.
// @inquirer/prompts is loaded only here, and only when a prompt is needed.
import type { Day } from '../core/calendar.js';
import { CUES, OPEN_STAGES } from '../core/model.js';
import { DateInputError, type DateDirection, parseUserDate } from './dates.js';

export interface Prompter {
  input(q: { message: string; default?: string; validate?: (value: string) => true | string }): Promise<string>;
  select<T extends string>(q: { message: string; choices: { name: string; value: T }[]; default?: T }): Promise<T>;
  confirm(q: { message: string; default?: boolean }): Promise<boolean>;
}

export async function terminalPrompter(): Promise<Prompter> {
  const inquirer = await import('@inquirer/prompts');
  return {
    input: (q) => inquirer.input(q),
    select: (q) => inquirer.select(q),
    confirm: (q) => inquirer.confirm(q),
  };
}

function dateCheck(today: Day, flag: string, direction: DateDirection, optional: boolean) {
  return (value: string): true | string => {
    if (optional && value.trim() === '') return true;
    try {
      parseUserDate(value, { today, flag, direction });
      return true;
    } catch (err) {
      if (err instanceof DateInputError) return err.message.replace(/^--[a-z-]+: /, '');
      throw err;
    }
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
  cue?: string;
  contact?: string;
  email?: string;
  phone?: string;
  note?: string;
}

const optional = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());

/** followup add on a terminal (CLI.md order): company, role, stage (and round), date, promise, invitation, cue, contact, note. */
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
  const date = await p.input({
    message: stage === 'applied' ? 'Date applied:' : 'Date of it:',
    default: 'today',
    validate: dateCheck(today, '--date', 'past', false),
  });
  const answers: NewApplicationAnswers = { company: company.trim(), role, stage, round, date };
  answers.expectBy = optional(
    await p.input({ message: "When did they say they'd get back to you? (blank: they didn't)", validate: dateCheck(today, '--expect-by', 'future', true) }),
  );
  if (stage !== 'applied') {
    answers.invited = optional(
      await p.input({ message: 'Did they ask you to follow up on a given day? (blank: no)', validate: dateCheck(today, '--invited', 'future', true) }),
    );
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
