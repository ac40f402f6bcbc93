// followup show <id>: one application in full, and the advice with every reason and its rule id.
import { readData } from '../store/store.js';
import { applicationJson, printJson } from '../ui/json.js';
import { renderShow } from '../ui/render.js';
import type { Ctx } from './context.js';
import { findApplication } from './lookup.js';
import { adviceFor } from './shared.js';

export async function show(ctx: Ctx, ref: string, opts: { json?: boolean }): Promise<void> {
  const data = await readData(ctx.file);
  const { state, advice } = adviceFor(data, findApplication(data.applications, ref), ctx.today);
  ctx.print(opts.json ? printJson(applicationJson(state, advice)) : renderShow(state, advice, ctx.today));
}
