// followup draft <id>: the words for the current advice, ready to copy.
import { humanDay } from '../core/calendar.js';
import { FailError } from '../errors.js';
import { readData } from '../store/store.js';
import { printJson } from '../ui/json.js';
import type { Ctx } from './context.js';
import { findApplication } from './lookup.js';
import { adviceFor } from './shared.js';

export async function draft(ctx: Ctx, ref: string, opts: { json?: boolean }): Promise<void> {
  const data = await readData(ctx.file);
  const app = findApplication(data.applications, ref);
  const { state, advice } = adviceFor(data, app, ctx.today);
  if (!advice || !advice.script) {
    throw new FailError(
      state.upcoming
        ? `#${app.id} ${app.company} has not started: its first event is on ${humanDay(state.upcoming.date, ctx.today)}, nothing to draft before it`
        : `#${app.id} ${app.company} is closed: there is nothing to draft`,
    );
  }
  const action = advice.action === 'wait' ? advice.then! : advice.action;
  if (opts.json) {
    ctx.print(printJson({ id: app.id, company: app.company, action, due: advice.due, kind: advice.kind, script: advice.script }));
    return;
  }
  const head =
    advice.action === 'wait' ? `Not yet: wait until ${humanDay(advice.due, ctx.today)}. Then ${action === 'move-on' ? 'close the loop' : action}:` : '';
  ctx.print(`${head ? `${head}\n\n` : ''}${advice.script}\n`);
}
