// followup add: record an application, or an interview just had, and print the advice at once.
import { CUES, OPEN_STAGES, type Application, type OpenStage, isInterviewEvent } from '../core/model.js';
import { UsageError } from '../errors.js';
import { addApplication } from '../store/store.js';
import { type Ctx, oneOf } from './context.js';
import { buildEvent, type EventFlags } from './event-input.js';
import { oneLineOpt } from './input-text.js';
import { addedLine, warn } from './recorded.js';
import { printApplication, sayRecorded } from './shared.js';

export interface AddFlags extends EventFlags {
  company?: string;
  role?: string;
  stage?: string;
  contact?: string;
  email?: string;
  phone?: string;
  url?: string;
  calls?: boolean;
  /** A thank-you note was sent the same day as the interview. */
  thanked?: boolean;
  json?: boolean;
}

const DATA_FLAGS = ['company', 'role', 'stage', 'round', 'date', 'expectBy', 'invited', 'channel', 'cue', 'deadline', 'contact', 'email', 'phone', 'url', 'note'] as const;

function clean(value: string | undefined, flag: string): string | undefined {
  const v = oneLineOpt(value, flag)?.trim();
  return v ? v : undefined;
}

/** Checks the flags and builds the new application (without an id). Throws UsageError, writes nothing. */
export function newApplication(flags: AddFlags, today: string, warnings: string[] = []): Omit<Application, 'id'> {
  const company = clean(flags.company, '--company');
  if (!company) {
    throw new UsageError("--company is required (followup add --company NAME [--role TITLE --stage STAGE --date DATE …]); on a terminal, 'followup add' asks");
  }
  const stage: OpenStage = flags.stage !== undefined ? oneOf(flags.stage, OPEN_STAGES, '--stage') : 'applied';
  if (flags.round !== undefined && stage !== 'interview') throw new UsageError(`--round goes with --stage interview, not ${stage}`);
  if (flags.cue !== undefined && stage === 'applied') {
    oneOf(flags.cue, CUES, '--cue');
    throw new UsageError('--cue says how an employer contact felt: it goes with --stage screen, interview, final or offer');
  }
  const event = buildEvent(stage, flags, today, 1, warnings);
  const app: Omit<Application, 'id'> = { company, contact: {}, noCalls: flags.calls === false, events: [event] };
  if (flags.thanked) {
    if (!isInterviewEvent(stage)) throw new UsageError(`--thanked says you sent a thank-you note after an interview: it goes with --stage screen, interview or final, not ${stage}`);
    if (event.date > today) throw new UsageError('--thanked: the interview is dated ahead (scheduled); log the thank-you after it (followup done, or followup log ID thanks)');
    app.events.push({ type: 'thanks', date: event.date });
  }
  const role = clean(flags.role, '--role');
  if (role) app.role = role;
  const contact = { name: clean(flags.contact, '--contact'), email: clean(flags.email, '--email'), phone: clean(flags.phone, '--phone') };
  for (const [k, v] of Object.entries(contact)) if (v) app.contact[k as keyof typeof contact] = v;
  const url = clean(flags.url, '--url');
  if (url) app.url = url;
  return app;
}

export async function add(ctx: Ctx, opts: Record<string, unknown>): Promise<void> {
  let flags = opts as AddFlags;
  const given = DATA_FLAGS.some((k) => flags[k] !== undefined) || flags.calls === false || flags.thanked === true;
  if (!given && ctx.canPrompt) {
    const { terminalPrompter, askNewApplication } = await import('../ui/prompts.js');
    flags = { ...flags, ...(await askNewApplication(await terminalPrompter(), ctx.today)) };
  }
  const warnings: string[] = [];
  const app = newApplication(flags, ctx.today, warnings);
  const { saved, view } = await addApplication({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, app);
  warn(warnings);
  if (!flags.json) sayRecorded(ctx, addedLine(saved, ctx.today));
  // The view holds all the advice reads (store.ts): the settings, this application and those with offers.
  printApplication(ctx, view, saved, Boolean(flags.json));
}
