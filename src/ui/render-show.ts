// One application in full (`show`), and the words for its advice (`draft`): prose wrapped at word boundaries
// to the terminal's width.
import { type Day, humanDay } from '../core/calendar.js';
import type { Advice } from '../core/model.js';
import { type State, orderEvents } from '../core/timeline.js';
import { chalk } from './color.js';
import { describeLoggedEvent, nameOf, renderAdvice, stageOf } from './render.js';
import { fitTo, safe, safeLines, wrap, wrapAfter, wrapLines } from './text.js';

/** `Label:   value`, the value wrapped under itself. */
function field(label: string, value: string, columns: number): string[] {
  return wrapAfter(fitTo(`${label}:`, 9), value, columns);
}

export function renderShow(state: State, advice: Advice | null, today: Day, columns: number): string {
  const w = Math.max(40, columns);
  const app = state.app;
  const out: string[] = wrap(`#${safe(app.id)} ${nameOf(state)}`, w, 2)
    .split('\n')
    .map((l) => chalk.bold(l));
  out.push(...field('Stage', `${stageOf(state)}${app.noCalls ? ' · no phone calls' : ''}`, w));
  const c = app.contact;
  const contact = [c.name && safe(c.name), c.email && `<${safe(c.email)}>`, c.phone && safe(c.phone)].filter(Boolean).join(' ');
  if (contact) out.push(...field('Contact', contact, w));
  if (app.url) out.push(...field('Posting', safe(app.url), w));
  if (app.notes) {
    const [first, ...rest] = wrapLines(safeLines(app.notes), w - 9);
    out.push(`${fitTo('Notes:', 9)}${first ?? ''}`, ...rest.map((l) => (l ? `${' '.repeat(9)}${l}` : '')));
  }
  out.push('', chalk.bold.underline('Timeline'));
  orderEvents(app.events).forEach((e, i) => {
    // Numbered as edit/rm --event N take them: date order, from 1.
    const n = `  ${String(i + 1).padStart(2)}.`;
    const day = fitTo(`${humanDay(e.date, today)} ${e.date.slice(0, 4)}`, 16);
    const ahead = e.date > today ? ' (upcoming)' : '';
    const lines = wrapAfter(`${n} ${day} `, `${describeLoggedEvent(e, today)}${ahead}`, w);
    out.push(...lines.map((l) => (ahead && l.endsWith(ahead) ? l.slice(0, -ahead.length) + chalk.yellow(ahead) : l)));
  });
  out.push('', chalk.bold.underline('Next'), ...renderAdvice(state, advice, today, { sources: true, columns: w }));
  // How the advice was found, so that "R13" reads as the last of an ordered list, not a lone code.
  if (advice) {
    const how = 'The rules are tried in order, R1 to R13, and the first that applies gives the advice; N1 to N4 add reasons to it.';
    out.push(...wrap(how, w).split('\n').map((l) => chalk.dim(l)));
  }
  if (advice?.script) out.push('', chalk.bold.underline('Script'), ...wrapLines(safeLines(advice.script), w - 2).map((l) => (l ? `  ${l}` : '')));
  return `${out.join('\n')}\n`;
}

/** `draft`: the script, wrapped, with a line first when its day has not come yet. */
export function renderDraft(advice: Advice, script: string, today: Day, columns: number): string {
  const w = Math.max(40, columns);
  const out: string[] = [];
  if (advice.action === 'wait') {
    const then = advice.then === 'move-on' ? 'close the loop' : (advice.then ?? 'act');
    out.push(...wrap(`Not yet: wait until ${humanDay(advice.due, today)}. Then ${then}:`, w).split('\n'), '');
  }
  out.push(...wrapLines(safeLines(script), w));
  return `${out.join('\n')}\n`;
}
