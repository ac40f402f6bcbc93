// followup draft <id>: the words for the current advice, ready to copy, or as a mailto: link (--mailto).
import { humanDay } from '../core/calendar.js';
import type { Advice } from '../core/model.js';
import { FailError } from '../errors.js';
import { readData } from '../store/store.js';
import { displayData } from '../ui/display.js';
import { printJson } from '../ui/json.js';
import { mailtoLink, parseEmailScript } from '../ui/mailto.js';
import { renderDraft } from '../ui/render-show.js';
import { safe, wrap } from '../ui/text.js';
import type { Ctx } from './context.js';
import { findApplication } from './lookup.js';
import { adviceFor } from './shared.js';

/** Why an advice has no words to send: moving on, or waiting for a scheduled interview or to move on. */
function nothingToSay(advice: Advice, today: string): string {
  if (advice.action === 'move-on') return 'the advice is to move on, so there is nothing to send';
  if (advice.kind === 'scheduled') return `nothing to send before the interview on ${humanDay(advice.due, today)}: prepare for it`;
  return `nothing to say yet (wait until ${humanDay(advice.due, today)})`;
}

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
          ? `${who}: ${nothingToSay(advice, ctx.today)}; 'followup show ${safe(app.id)}' says why`
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
  // Without a name, an email ends on a bare "Best regards," and a voicemail never says who is calling.
  if (!raw.settings.name && process.stderr.isTTY) {
    process.stderr.write(`${wrap("followup: tip: 'followup config name \"Your Name\"' signs your emails and names you in voicemails", ctx.columns, 2)}\n`);
  }
}
