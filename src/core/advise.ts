// advise(): one application's advice as of a day; adviseAll(): every application's, with what R3 and R6 need from
// the others computed once; pipeline(): the hint to keep exploring (RULES.md "The pipeline").
import { type Day, humanDay } from './calendar.js';
import { tally } from './followups.js';
import type { Advice, Application, NextStep, Reason, Settings } from './model.js';
import { NOTES } from './notes.js';
import { type Across, RULES, type RuleContext } from './rules.js';
import { scriptForAdvice } from './script-facts.js';
import { type Offer, type Standing, type State, deriveState, standing } from './timeline.js';

export interface Advised {
  state: State;
  /** null when the application is closed (R1), or has not started yet (no event dated today or before). */
  advice: Advice | null;
}

export function advise(ctx: RuleContext, lazyScript = false): Advice | null {
  // Events after today are not seen: an application whose first event is still ahead has nothing to advise yet.
  if (ctx.state.events.length === 0) return null;
  for (const rule of RULES) {
    const p = rule.advise(ctx);
    if (p === null) continue;
    if (p === 'none') return null;
    const waiting = p.due > ctx.today;
    const action = waiting ? 'wait' : p.action;
    const reasons: Reason[] = [{ rule: rule.id, text: waiting ? `${p.text}; until ${humanDay(p.due, ctx.today)}, wait` : p.text }];
    for (const note of NOTES) {
      const text = note.text(ctx, { rule: rule.id, action, kind: p.kind });
      if (text !== null) reasons.push({ rule: note.id, text });
    }
    const advice: Advice = lazyScript
      ? scriptWhenRead(action, p.due, p.kind, reasons, () => scriptForAdvice(ctx, rule.id, p, reasons))
      : { action, due: p.due, kind: p.kind, reasons, script: scriptForAdvice(ctx, rule.id, p, reasons) };
    if (waiting) advice.then = p.action as NextStep;
    return advice;
  }
  /* c8 ignore next: R13 always matches */
  throw new Error('no rule matched');
}

/**
 * The advice with a script written when first read: the morning list and the pipeline table show none, and
 * writing one for every application was a third of the advice's time. To a reader (JSON.stringify, a spread,
 * toEqual) it is an ordinary property, in its place among the others. Only for views that show no script:
 * where every script is read (--json), the closure kept per advice costs more than it saves.
 */
function scriptWhenRead(action: Advice['action'], due: Advice['due'], kind: Advice['kind'], reasons: Advice['reasons'], write: () => string | null): Advice {
  // One object literal of a fixed shape (not a spread of another object): 10,000 of them are made per list.
  let script: string | null | undefined;
  return {
    action,
    due,
    kind,
    reasons,
    get script() {
      if (script === undefined) script = write();
      return script;
    },
    set script(value) {
      script = value;
    },
  };
}

/** Ids in the order `today` lists them: numerically when both are numbers. */
function compareIds(a: string, b: string): number {
  return Number(a) - Number(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** An offer is held while its application is open at stage `offer` and its deadline, if any, is today or later. */
export function heldOffer(s: Standing): Offer | undefined {
  if (s.closed || s.stage !== 'offer' || !s.offer) return undefined;
  return s.offer.deadline === undefined || s.offer.deadline >= s.asOf ? s.offer : undefined;
}

/** What R3 and R6 look at across applications, in one pass over all of them. */
export function across(states: readonly Standing[]): Across {
  const out: Across = {};
  for (const s of states) {
    const offer = heldOffer(s);
    const best = out.heldOffer;
    if (offer && (!best || offer.date < best.offer.date || (offer.date === best.offer.date && compareIds(s.app.id, best.app.id) < 0))) {
      out.heldOffer = { app: s.app, offer };
    }
    if (s.stage === 'accepted' && s.closedBy && (!out.acceptance || s.closedBy.date < out.acceptance.date)) {
      out.acceptance = { app: s.app, date: s.closedBy.date };
    }
  }
  return out;
}

/** `lazyScripts`: scripts written only when read (see scriptWhenRead), for the views that show none. */
export function adviseAll(apps: readonly Application[], settings: Settings, today: Day, opts: { lazyScripts?: boolean } = {}): Advised[] {
  const states = apps.map((app) => deriveState(app, today));
  const shared = across(states);
  return states.map((state) => adviseIn(state, settings, today, shared, opts.lazyScripts));
}

/** The application of id `id` as adviseAll advises it, without advising every other: R3 and R6 need only their states. */
export function adviseOne(apps: readonly Application[], id: string, settings: Settings, today: Day): Advised | undefined {
  let app: Application | undefined;
  for (let i = 0; i < apps.length && !app; i++) if (apps[i]!.id === id) app = apps[i];
  if (!app) return undefined;
  const state = deriveState(app, today);
  // Only an application at the stage `offer` or `accepted` can be what R3 and R6 look for among the others, and
  // they look only at its standing. Those stages come from offer and acceptance events alone: a look at the events
  // finds the few to fold. In log order, as adviseAll has them: across() keeps the first of two acceptances on one
  // day.
  const states: Standing[] = [];
  for (let i = 0; i < apps.length; i++) {
    const a = apps[i]!;
    if (a === app) states.push(state);
    else if (offeredOrAccepted(a)) {
      const s = standing(a, today);
      if (s.stage === 'offer' || s.stage === 'accepted') states.push(s);
    }
  }
  return adviseIn(state, settings, today, across(states));
}

function offeredOrAccepted(app: Application): boolean {
  // A plain loop: it runs over every event of a file, in code V8 seldom optimises (cli/tiering.ts).
  for (let i = 0; i < app.events.length; i++) {
    const type = app.events[i]!.type;
    if (type === 'offer' || type === 'accepted') return true;
  }
  return false;
}

function adviseIn(state: State, settings: Settings, today: Day, shared: Across, lazyScript = false): Advised {
  return { state, advice: advise({ state, settings, today, across: shared, tally: tally(state, settings) }, lazyScript) };
}

export interface Pipeline {
  active: number;
  hint: string | null;
}

export function pipeline(states: readonly State[], settings: Settings): Pipeline {
  const active = states.filter((s) => !s.closed && s.events.length > 0);
  // No hint with nothing recorded (the command line shows how to start), nor once an offer is in hand.
  const settled = states.length === 0 || states.some((s) => s.stage === 'accepted' || heldOffer(s) !== undefined);
  let hint: string | null = null;
  if (!settled) {
    if (active.length < settings.pipelineMin) {
      hint = `only ${active.length} active application${active.length === 1 ? '' : 's'} (aim for ${settings.pipelineMin} or more): keep exploring other options until you receive that final offer`;
    } else if (active.length > 0 && active.every((s) => s.stage === 'final')) {
      hint = 'every active application is at the final round: keep exploring other options until you receive that final offer';
    }
  }
  return { active: active.length, hint };
}

/** Orders advice as `today` shows it: what is due (oldest first), then what waits (soonest first); ties by id. */
export function byUrgency(a: { advice: Advice; id: string }, b: { advice: Advice; id: string }): number {
  const wa = a.advice.action === 'wait' ? 1 : 0;
  const wb = b.advice.action === 'wait' ? 1 : 0;
  if (wa !== wb) return wa - wb;
  if (a.advice.due !== b.advice.due) return a.advice.due < b.advice.due ? -1 : 1;
  return compareIds(a.id, b.id);
}

/** Sorts in byUrgency's order with each row's keys worked out once, not at every comparison (10,000 rows: 130,000). */
export function sortByUrgency<T extends { advice: Advice; id: string }>(rows: readonly T[]): T[] {
  // A due day as the number YYYYMMDD orders as the day does.
  const dueKey = (d: string) => Number(d.slice(0, 4)) * 10000 + Number(d.slice(5, 7)) * 100 + Number(d.slice(8, 10));
  const keyed = rows.map((row) => ({ row, wait: row.advice.action === 'wait' ? 1 : 0, due: dueKey(row.advice.due), n: Number(row.id) }));
  keyed.sort((a, b) => a.wait - b.wait || a.due - b.due || a.n - b.n || compareIds(a.row.id, b.row.id));
  return keyed.map((k) => k.row);
}
