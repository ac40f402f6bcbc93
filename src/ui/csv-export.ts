// One application as a row of `followup export --format csv`: what import needs to create it again (its current
// stage, closed ones included), then the read-only columns followup derives (import ignores them).
import type { Advised } from '../core/advise.js';
import { deriveState } from '../core/timeline.js';
import { FIELDS, type Field, READ_ONLY } from './csv-columns.js';

export const EXPORT_COLUMNS: readonly string[] = [...FIELDS, ...READ_ONLY];

export function applicationRow({ state: asOfToday, advice }: Advised): string[] {
  const app = asOfToday.app;
  const first = app.events.reduce<string | undefined>((a, e) => (a === undefined || e.date < a ? e.date : a), undefined);
  // Not started yet (every event ahead): the stage its first event will bring.
  const state = asOfToday.upcoming ? deriveState(app, asOfToday.upcoming.date) : asOfToday;
  const cells: Record<Field | (typeof READ_ONLY)[number], string | number | undefined> = {
    company: app.company,
    role: app.role,
    stage: state.stage,
    round: state.round ?? undefined,
    date: first,
    expect_by: state.promise,
    deadline: state.stage === 'offer' ? state.offer?.deadline : undefined,
    contact: app.contact.name,
    email: app.contact.email,
    phone: app.contact.phone,
    url: app.url,
    no_calls: app.noCalls ? 'yes' : undefined,
    // The application's notes; an older one made by add --note has it on its first event.
    note: app.notes ?? app.events[0]?.note,
    last_contact: asOfToday.lastContact?.date,
    next_action: advice ? (advice.action === 'wait' && advice.then ? `wait, then ${advice.then}` : advice.action) : undefined,
    next_due: advice?.due,
  };
  return EXPORT_COLUMNS.map((c) => {
    const v = cells[c as keyof typeof cells];
    return v === undefined ? '' : String(v);
  });
}
