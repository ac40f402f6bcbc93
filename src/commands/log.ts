// followup log <id> <event>: append one event, deliberately. A closed application takes a note, a call or an
// email (answering a rejection, withdrawing); anything else needs --force.
import { humanDay } from '../core/calendar.js';
import { deriveState } from '../core/timeline.js';
import { type Application, EVENT_TYPES, type EventType, type AppEvent, isFollowUp } from '../core/model.js';
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import type { Data } from '../store/schema.js';
import type { Ctx } from './context.js';
import { buildEvent, type EventFlags } from './event-input.js';
import { findApplication } from './lookup.js';
import { loggedLine, warn } from './recorded.js';
import { adviceFor, printApplication, sayRecorded } from './shared.js';

interface LogFlags extends EventFlags {
  force?: boolean;
  json?: boolean;
}

/** What a closed application still takes without --force. */
const AFTER_CLOSING: readonly EventType[] = ['note', 'call', 'email'];

function eventType(name: string): EventType {
  const v = name.trim().toLowerCase();
  if ((EVENT_TYPES as readonly string[]).includes(v)) return v as EventType;
  throw new UsageError(`'${name}' is not an event; use one of ${EVENT_TYPES.join(', ')}`);
}

/** The event to append to app, or a UsageError saying why it makes no sense. */
export function nextEvent(app: Application, type: EventType, flags: LogFlags, today: string, warnings: string[] = []): AppEvent {
  const lastRound = Math.max(0, ...app.events.filter((e) => e.type === 'interview').map((e) => e.round ?? 1));
  const event = buildEvent(type, flags, today, lastRound + 1, warnings);
  if (flags.force || AFTER_CLOSING.includes(type)) return event;
  const before = deriveState(app, event.date);
  if (before.closed) {
    throw new UsageError(
      `#${app.id} ${app.company} is closed (${before.stage} on ${before.closedBy?.date ?? '?'}); log a note, call or email, or pass --force if it really goes on`,
    );
  }
  if (type === 'accepted' && before.stage !== 'offer') {
    throw new UsageError(`#${app.id} ${app.company} has no offer logged; log it first (followup log ${app.id} offer), or pass --force`);
  }
  return event;
}

/**
 * A follow-up dated before the advice said to is early: recorded, but it does not bring moving on closer
 * (RULES.md "Counted and early follow-ups"). Read from the advice as it stood on the event's day.
 */
export function earlyWarning(data: Data, app: Application, event: AppEvent): string | null {
  if (!isFollowUp(event.type) || event.expectBy || event.invited || event.cue) return null;
  const { advice } = adviceFor(data, app, event.date);
  if (!advice || advice.action !== 'wait' || advice.kind !== 'follow-up' || advice.due <= event.date) return null;
  return `warning: this ${event.type} is early (the next follow-up was due from ${humanDay(advice.due, event.date)}): it is recorded, but it does not count toward moving on`;
}

export async function log(ctx: Ctx, ref: string, name: string, opts: Record<string, unknown>): Promise<void> {
  const flags = opts as LogFlags;
  const type = eventType(name);
  // Check against what is on disk first, so that bad input never creates or locks the file.
  const warnings: string[] = [];
  nextEvent(findApplication((await readData(ctx.file)).applications, ref), type, flags, ctx.today, warnings);
  const { data, app, line } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const target = findApplication(d.applications, ref);
    const event = nextEvent(target, type, flags, ctx.today);
    const early = earlyWarning(d, target, event);
    if (early) warnings.push(early);
    const revisesOffer = type === 'offer' && deriveState(target, event.date).stage === 'offer';
    target.events.push(event);
    return { data: d, app: target, line: loggedLine(target, event, ctx.today, { revisesOffer }) };
  });
  warn(warnings);
  if (!flags.json) sayRecorded(ctx, line);
  printApplication(ctx, data, app, Boolean(flags.json));
}
