// The --json shapes of CLI.md: built here, printed by the commands, the same for every command.
import type { Advice, AppEvent, Application } from '../core/model.js';
import { type State, orderEvents } from '../core/timeline.js';

export interface AdviceJson {
  action: Advice['action'];
  due: string;
  kind: Advice['kind'];
  then?: Advice['then'];
  reasons: Advice['reasons'];
  script: string | null;
}

export function adviceJson(advice: Advice | null): AdviceJson | null {
  if (!advice) return null;
  const out: AdviceJson = { action: advice.action, due: advice.due, kind: advice.kind, reasons: advice.reasons, script: advice.script };
  if (advice.then) out.then = advice.then;
  return out;
}

export function applicationJson(state: State, advice: Advice | null) {
  const app: Application = state.app;
  return {
    id: app.id,
    company: app.company,
    role: app.role ?? null,
    stage: state.stage,
    round: state.round,
    contact: { name: app.contact.name ?? null, email: app.contact.email ?? null, phone: app.contact.phone ?? null },
    url: app.url ?? null,
    noCalls: app.noCalls,
    notes: app.notes ?? null,
    events: orderEvents(app.events),
    lastContact: state.lastContact?.date ?? null,
    next: adviceJson(advice),
  };
}

/** One line of `today --json`. */
export function todayItemJson(state: State, advice: Advice) {
  const { then, ...rest } = adviceJson(advice)!;
  return {
    id: state.app.id,
    company: state.app.company,
    role: state.app.role ?? null,
    stage: state.stage,
    round: state.round,
    action: rest.action,
    due: rest.due,
    kind: rest.kind,
    ...(then ? { then } : {}),
    reasons: rest.reasons,
    script: rest.script,
  };
}

/** One entry of `today --json`'s `upcoming`: a scheduled interview, or the first event of an application not started. */
export function upcomingJson(c: { state: State; event: AppEvent }) {
  return { id: c.state.app.id, company: c.state.app.company, role: c.state.app.role ?? null, event: c.event.type, date: c.event.date };
}

export function printJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
