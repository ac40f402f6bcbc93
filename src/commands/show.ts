// followup show <id>: one application in full, and the advice with every reason and its rule id.
import { readData } from '../store/store.js';
import { displayData } from '../ui/display.js';
import { applicationJson, printJson } from '../ui/json.js';
import { renderShow } from '../ui/render-show.js';
import type { Ctx } from './context.js';
import { findApplication } from './lookup.js';
import { adviceFor } from './shared.js';

export async function show(ctx: Ctx, ref: string, opts: { json?: boolean }): Promise<void> {
  const raw = await readData(ctx.file);
  const app = findApplication(raw.applications, ref);
  if (opts.json) {
    const { state, advice } = adviceFor(raw, app, ctx.today);
    ctx.print(printJson(applicationJson(state, advice)));
    return;
  }
  const data = displayData(raw);
  const { state, advice } = adviceFor(data, data.applications[raw.applications.indexOf(app)]!, ctx.today);
  ctx.print(renderShow(state, advice, ctx.today, ctx.columns));
}
