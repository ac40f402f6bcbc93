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

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (U+009B is a one-byte CSI) and the
// bidirectional overrides as they are: written as \uXXXX, the document means the same and is safe on a terminal.
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function printJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${text}\n`;
}
