// Pieces several commands share: advice for one application among all, and printing it after a change.
import { adviseOne } from '../core/advise.js';
import type { Advice, Application } from '../core/model.js';
import type { State } from '../core/timeline.js';
import { type Data, effectiveSettings } from '../store/schema.js';
import { applicationJson, printJson } from '../ui/json.js';
import { renderNext } from '../ui/render.js';
import { safe, wrap } from '../ui/text.js';
import type { Ctx } from './context.js';

/** One application's state and advice as of `today`, among all the others (R4 looks at them). */
export function adviceFor(data: Data, app: Application, today: string): { state: State; advice: Advice | null } {
  const found = adviseOne(data.applications, app.id, effectiveSettings(data), today);
  /* c8 ignore next */
  if (!found) throw new Error(`application ${app.id} vanished`);
  return found;
}

/** After add, log, done and edit: the application as JSON, or its new advice in a few lines, wrapped to the terminal. */
export function printApplication(ctx: Ctx, data: Data, app: Application, json: boolean): void {
  if (json) {
    const { state, advice } = adviceFor(data, app, ctx.today);
    ctx.print(printJson(applicationJson(state, advice)));
    return;
  }
  // No escaped copy of every application (ui/display.ts): renderNext shows no script and escapes each text it
  // shows (the id, the name, the reasons) where it prints it.
  const { state, advice } = adviceFor(data, app, ctx.today);
  ctx.print(renderNext(state, advice, ctx.today, ctx.columns));
}

/** One line saying what a command recorded ("Logged call to Acme on Mon 23 Nov"): escaped, wrapped to the terminal. */
export function sayRecorded(ctx: Ctx, line: string): void {
  ctx.print(`${wrap(safe(line), ctx.columns, 2)}\n`);
}
