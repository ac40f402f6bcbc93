// followup done <id>: "I did what it said": logs the advised call, email or thank-you, or closes as moved-on.
import { humanDay } from '../core/calendar.js';
import type { Advice, EventType } from '../core/model.js';
import { FailError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import type { Data } from '../store/schema.js';
import { type Ctx, parseDateFlag } from './context.js';
import { multiLine } from './input-text.js';
import { findApplication } from './lookup.js';
import { adviceFor, printApplication } from './shared.js';

function eventFor(advice: Advice): EventType {
  if (advice.kind === 'thank-you') return 'thanks';
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

export async function done(ctx: Ctx, ref: string, opts: { date?: string; note?: string; json?: boolean }): Promise<void> {
  const date = opts.date !== undefined ? parseDateFlag(opts.date, '--date', ctx.today) : ctx.today;
  const note = opts.note === undefined ? undefined : multiLine(opts.note, '--note');
  doable(await readData(ctx.file), ref, ctx.today);
  const { data, id } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const { id, type } = doable(d, ref, ctx.today);
    const app = d.applications.find((a) => a.id === id)!;
    app.events.push({ type, date, ...(note ? { note } : {}) });
    return { data: d, id };
  });
  printApplication(ctx, data, data.applications.find((a) => a.id === id)!, Boolean(opts.json));
}
