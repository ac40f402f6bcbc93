// followup log <id> <event>: append one event, deliberately (a closed application takes only notes unless --force).
import { deriveState } from '../core/timeline.js';
import { type Application, EVENT_TYPES, type EventType, type AppEvent } from '../core/model.js';
import { UsageError } from '../errors.js';
import { readData, updateData } from '../store/store.js';
import type { Ctx } from './context.js';
import { buildEvent, type EventFlags } from './event-input.js';
import { findApplication } from './lookup.js';
import { printApplication } from './shared.js';

interface LogFlags extends EventFlags {
  force?: boolean;
  json?: boolean;
}

function eventType(name: string): EventType {
  const v = name.trim().toLowerCase();
  if ((EVENT_TYPES as readonly string[]).includes(v)) return v as EventType;
  throw new UsageError(`'${name}' is not an event; use one of ${EVENT_TYPES.join(', ')}`);
}

/** The event to append to app, or a UsageError saying why it makes no sense. */
export function nextEvent(app: Application, type: EventType, flags: LogFlags, today: string): AppEvent {
  const lastRound = Math.max(0, ...app.events.filter((e) => e.type === 'interview').map((e) => e.round ?? 1));
  const event = buildEvent(type, flags, today, lastRound + 1);
  if (flags.force || type === 'note') return event;
  const before = deriveState(app, event.date);
  if (before.closed) {
    throw new UsageError(
      `#${app.id} ${app.company} is closed (${before.stage} on ${before.closedBy?.date ?? '?'}); log a note, or pass --force if it really goes on`,
    );
  }
  if (type === 'accepted' && before.stage !== 'offer') {
    throw new UsageError(`#${app.id} ${app.company} has no offer logged; log it first (followup log ${app.id} offer), or pass --force`);
  }
  return event;
}

export async function log(ctx: Ctx, ref: string, name: string, opts: Record<string, unknown>): Promise<void> {
  const flags = opts as LogFlags;
  const type = eventType(name);
  // Check against what is on disk first, so that bad input never creates or locks the file.
  nextEvent(findApplication((await readData(ctx.file)).applications, ref), type, flags, ctx.today);
  const { data, app } = await updateData({ file: ctx.file, lockTimeoutMs: ctx.lockTimeoutMs }, (d) => {
    const target = findApplication(d.applications, ref);
    target.events.push(nextEvent(target, type, flags, ctx.today));
    return { data: d, app: target };
  });
  printApplication(ctx, data, app, Boolean(flags.json));
}
