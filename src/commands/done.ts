// followup done <id>: "I did what it said": logs the advised call, email or thank-you, a withdrawal, or
// closes as moved-on. When the advice is to wait, it logs nothing and exits 1.
import { humanDay } from '../core/calendar.js';
import type { Advice, AppEvent, EventType } from '../core/model.js';
import { FailError, UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import type { Data } from '../store/schema.js';
import { type Ctx, parseDateFlag } from './context.js';
import { multiLine } from './input-text.js';
import { slip } from './event-input.js';
import { findApplication } from './lookup.js';
import { loggedLine, warn } from './recorded.js';
import { adviceFor, printApplication, sayRecorded } from './shared.js';

/** The event that does what the advice said (RULES.md: `done` logs `withdrawn` for a withdrawal). */
export function eventFor(advice: Advice): EventType {
  switch (advice.kind) {
    case 'thank-you':
      return 'thanks';
    case 'withdraw':
      return 'withdrawn';
    case 'rejection-reply':
    case 'after-call':
      return 'email';
  }
  if (advice.action === 'move-on') return 'moved-on';
  return advice.action as 'call' | 'email';
}

function doable(data: Data, ref: string, today: string): { id: string; type: EventType } {
  const app = findApplication(data.applications, ref);
  const { state, advice } = adviceFor(data, app, today);
  if (state.upcoming) throw new FailError(`nothing to do yet for #${app.id} ${app.company}: its first event is on ${humanDay(state.upcoming.date, today)} (${state.upcoming.date})`);
  if (!advice) throw new FailError(`#${app.id} ${app.company} is closed (${state.stage}): nothing to do`);
  if (advice.action === 'wait') {
    throw new FailError(
      `nothing to do yet for #${app.id} ${app.company}: wait until ${humanDay(advice.due, today)} (${advice.due}), then ${advice.then === 'move-on' ? 'move on' : advice.then}`,
    );
  }
  return { id: app.id, type: eventFor(advice) };
}

interface DoneFlags {
  date?: string;
  note?: string;
  json?: boolean;
  /** false with --no-answer. */
  answer?: boolean;
}

export async function done(ctx: Ctx, ref: string, opts: DoneFlags): Promise<void> {
  const date = opts.date !== undefined ? parseDateFlag(opts.date, '--date', ctx.today) : ctx.today;
  if (date > ctx.today) throw new UsageError(`--date ${humanDay(date, ctx.today)} is after today: say 'done' once you have done it`);
  const note = opts.note === undefined ? undefined : multiLine(opts.note, '--note');
  if (note !== undefined && note.trim() === '') throw new UsageError('--note is empty; give some text or leave the flag out');
  const noAnswer = opts.answer === false;
  const check = (type: EventType) => {
    if (noAnswer && type !== 'call') throw new UsageError(`--no-answer goes with a call, and the advice here is to log '${type}'`);
  };
  check(doable(await readData(ctx.file), ref, ctx.today).type);
  const { data, id, line } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const { id, type } = doable(d, ref, ctx.today);
    check(type);
    const app = d.applications.find((a) => a.id === id)!;
    const event: AppEvent = { type, date, ...(noAnswer ? { noAnswer: true } : {}), ...(note ? { note } : {}) };
    app.events.push(event);
    return { data: d, id, line: loggedLine(app, event, ctx.today) };
  });
  const slipped = opts.date !== undefined ? slip(opts.date, '--date', date, ctx.today) : null;
  if (slipped) warn([slipped]);
  if (!opts.json) sayRecorded(ctx, line);
  printApplication(ctx, data, data.applications.find((a) => a.id === id)!, Boolean(opts.json));
}
