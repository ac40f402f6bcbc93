// followup edit <id>: change what is not history: company, role, contact, url, no-calls, notes;
// with --event N, correct one event of the timeline (a wrong date, a wrong event).
import type { Command } from 'commander';
import type { Application } from '../core/model.js';
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import { describeFieldChanges } from '../store/summary.js';
import { safe } from '../ui/text.js';
import type { Ctx } from './context.js';
import { FIX_FLAGS, type FixFlags, appLabel } from './event-fix.js';
import { multiLine, oneLineOpt } from './input-text.js';
import { findApplication } from './lookup.js';
import { printApplication, sayRecorded } from './shared.js';

interface EditFlags {
  company?: string;
  role?: string;
  contact?: string;
  email?: string;
  phone?: string;
  url?: string;
  calls?: boolean;
  notes?: string;
  json?: boolean;
}

const TEXT_FIELDS = ['company', 'role', 'contact', 'email', 'phone', 'url', 'notes'] as const;

/** Applies the changes; an empty value clears a field (never the company). */
export function applyEdits(app: Application, flags: EditFlags): void {
  const company = oneLineOpt(flags.company, '--company');
  if (company !== undefined) {
    if (!company.trim()) throw new UsageError('--company cannot be empty');
    app.company = company.trim();
  }
  const set = (value: string | undefined, put: (v: string | undefined) => void) => {
    if (value !== undefined) put(value.trim() === '' ? undefined : value.trim());
  };
  set(oneLineOpt(flags.role, '--role'), (v) => (v === undefined ? delete app.role : (app.role = v)));
  set(oneLineOpt(flags.url, '--url'), (v) => (v === undefined ? delete app.url : (app.url = v)));
  set(flags.notes === undefined ? undefined : multiLine(flags.notes, '--notes'), (v) => (v === undefined ? delete app.notes : (app.notes = v)));
  set(oneLineOpt(flags.contact, '--contact'), (v) => (v === undefined ? delete app.contact.name : (app.contact.name = v)));
  set(oneLineOpt(flags.email, '--email'), (v) => (v === undefined ? delete app.contact.email : (app.contact.email = v)));
  set(oneLineOpt(flags.phone, '--phone'), (v) => (v === undefined ? delete app.contact.phone : (app.contact.phone = v)));
  if (flags.calls !== undefined) app.noCalls = !flags.calls;
}

async function ask(app: Application): Promise<EditFlags> {
  const { terminalPrompter } = await import('../ui/prompts.js');
  const p = await terminalPrompter();
  return {
    company: await p.input({ message: 'Company:', default: app.company, validate: (v) => (v.trim() ? true : 'a company name is required') }),
    role: await p.input({ message: 'Role:', default: app.role ?? '' }),
    contact: await p.input({ message: 'Contact name:', default: app.contact.name ?? '' }),
    email: await p.input({ message: 'Contact email:', default: app.contact.email ?? '' }),
    phone: await p.input({ message: 'Contact phone:', default: app.contact.phone ?? '' }),
    url: await p.input({ message: 'Posting URL:', default: app.url ?? '' }),
    calls: !(await p.confirm({ message: 'Did the posting say no phone calls?', default: app.noCalls })),
    notes: await p.input({ message: 'Notes:', default: app.notes ?? '' }),
  };
}

const FLAG_NAME = (field: string) => `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

export async function edit(ctx: Ctx, ref: string, opts: Record<string, unknown>, cmd: Command): Promise<void> {
  const eventFlags = FIX_FLAGS.filter((f) => opts[f] !== undefined);
  const appFlags = [...TEXT_FIELDS.filter((k) => opts[k] !== undefined), ...(cmd.getOptionValueSource('calls') === 'cli' ? [opts.calls ? 'calls' : 'noCalls'] : [])];
  if (opts.event !== undefined) {
    if (appFlags.length) throw new UsageError(`${FLAG_NAME(appFlags[0]!)} changes the application, --event one event: run them as two edits`);
    const { editEvent } = await import('./edit-event.js');
    return editEvent(ctx, ref, String(opts.event), opts as FixFlags & { json?: boolean });
  }
  if (eventFlags.length) throw new UsageError(`${FLAG_NAME(eventFlags[0]!)} corrects an event: say which with --event N (as 'followup show' numbers them)`);
  let flags = opts as EditFlags;
  // commander sets calls=false for --no-calls; it is undefined when neither --calls nor --no-calls was given.
  const calls = cmd.getOptionValueSource('calls') === 'cli' ? flags.calls : undefined;
  flags = { ...flags, calls };
  const current = findApplication((await readData(ctx.file)).applications, ref);
  const given = TEXT_FIELDS.some((k) => flags[k] !== undefined) || calls !== undefined;
  if (!given) {
    if (!ctx.canPrompt) {
      throw new UsageError('nothing to change; pass --company, --role, --contact, --email, --phone, --url, --notes, --calls or --no-calls');
    }
    flags = { ...(await ask(current)), json: flags.json };
  }
  const { data, app, changes } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const target = d.applications.find((a) => a.id === current.id);
    if (!target) throw new UsageError(`#${current.id} ${current.company} was deleted meanwhile`);
    const before = structuredClone(target);
    applyEdits(target, flags);
    return { data: d, app: target, changes: describeFieldChanges(before, target) };
  });
  if (!flags.json) sayRecorded(ctx, changes.length ? `Edited ${appLabel(current)}: ${changes.join(', ')}` : `Nothing changed in ${appLabel(current)}.`);
  printApplication(ctx, data, app, Boolean(flags.json));
}
