// followup draft <id>: the words for the current advice, ready to copy, or as a mailto: link (--mailto).
import { humanDay } from '../core/calendar.js';
import { FailError } from '../errors.js';
import { readData } from '../store/store.js';
import { displayData } from '../ui/display.js';
import { printJson } from '../ui/json.js';
import { mailtoLink, parseEmailScript } from '../ui/mailto.js';
import { renderDraft } from '../ui/render-show.js';
import { safe } from '../ui/text.js';
import type { Ctx } from './context.js';
import { findApplication } from './lookup.js';
import { adviceFor } from './shared.js';

export async function draft(ctx: Ctx, ref: string, opts: { json?: boolean; mailto?: boolean }): Promise<void> {
  const raw = await readData(ctx.file);
  const app = findApplication(raw.applications, ref);
  const { state, advice } = adviceFor(raw, app, ctx.today);
  const who = `#${safe(app.id)} ${safe(app.company)}`;
  if (!advice || !advice.script) {
    throw new FailError(
      state.upcoming
        ? `${who} has not started: its first event is on ${humanDay(state.upcoming.date, ctx.today)}, nothing to draft before it`
        : advice
          ? `${who}: nothing to say yet (${advice.action === 'wait' ? `wait until ${humanDay(advice.due, ctx.today)}` : advice.action}); 'followup show ${safe(app.id)}' says why`
          : `${who} is closed: there is nothing to draft`,
    );
  }
  const action = advice.action === 'wait' ? advice.then! : advice.action;
  if (opts.mailto) {
    if (action !== 'email') {
      throw new FailError(`${who}: the advice is to ${action === 'move-on' ? 'move on' : action}, not to email, so there is nothing to mail; 'followup draft ${safe(app.id)}' shows what to say`);
    }
    const parts = parseEmailScript(advice.script);
    const link = mailtoLink({ ...parts, to: parts.to ?? app.contact.email ?? null });
    ctx.print(opts.json ? printJson({ id: app.id, company: app.company, mailto: link }) : `${link}\n`);
    return;
  }
  if (opts.json) {
    ctx.print(printJson({ id: app.id, company: app.company, action, due: advice.due, kind: advice.kind, script: advice.script }));
    return;
  }
  const shown = displayData(raw);
  const forShow = adviceFor(shown, shown.applications[raw.applications.indexOf(app)]!, ctx.today).advice!;
  ctx.print(renderDraft(forShow, forShow.script ?? '', ctx.today, ctx.columns));
}
