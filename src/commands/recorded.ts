// "Say what was recorded": the one line add, log and done print before the new advice, dates in words
// ("Logged call to Acme on Mon 23 Nov"), and the one-line warnings (stderr) that never stop a command.
import { humanDay, type Day } from '../core/calendar.js';
import { EVENT_NAMES } from '../core/event-names.js';
import type { AppEvent, Application } from '../core/model.js';
import { safe } from '../ui/text.js';

/** 'interview 2', 'phone screen', 'call (no answer)'. */
export function eventName(e: AppEvent): string {
  const [name] = EVENT_NAMES[e.type];
  if (e.type === 'interview') return `interview ${e.round ?? 1}`;
  return e.noAnswer ? `${name} (no answer)` : name;
}

/** What the event carries, in words: the promise, the invitation, the deadline, the cue. */
function extras(e: AppEvent, today: Day): string {
  const parts: string[] = [];
  if (e.expectBy) parts.push(`they'll get back to you by ${humanDay(e.expectBy, today)}`);
  if (e.invited) parts.push(`they asked you to ${e.channel ?? 'call'} on ${humanDay(e.invited, today)}`);
  if (e.until) parts.push(`until ${humanDay(e.until, today)}`);
  if (e.deadline) parts.push(`deadline ${humanDay(e.deadline, today)}`);
  if (e.cue) parts.push(`felt ${e.cue}`);
  return parts.length ? `; ${parts.join(', ')}` : '';
}

/** 'Logged call to Acme on Mon 23 Nov'; a future interview is 'Scheduled'; a second offer revises the first. */
export function loggedLine(app: Application, e: AppEvent, today: Day, opts: { revisesOffer?: boolean } = {}): string {
  const company = safe(app.company);
  const on = humanDay(e.date, today);
  if (opts.revisesOffer) {
    return e.deadline
      ? `Revised the offer from ${company}: deadline ${humanDay(e.deadline, today)} (logged on ${on})`
      : `Logged offer from ${company} on ${on}: the same offer, its deadline stays`;
  }
  const verb = e.date > today ? 'Scheduled' : 'Logged';
  return `${verb} ${eventName(e)} ${EVENT_NAMES[e.type][1]} ${company} on ${on}${extras(e, today)}`;
}

/** 'Added #4 Acme · Backend Engineer: interview 1 on Mon 16 Nov, thank-you note sent'. */
export function addedLine(app: Application, today: Day): string {
  const [first, ...rest] = app.events;
  const who = `#${app.id} ${safe(app.company)}${app.role ? ` · ${safe(app.role)}` : ''}`;
  if (!first) return `Added ${who}`;
  const scheduled = first.date > today ? ' (scheduled)' : '';
  const thanked = rest.some((e) => e.type === 'thanks') ? ', thank-you note sent' : '';
  return `Added ${who}: ${eventName(first)} on ${humanDay(first.date, today)}${scheduled}${extras(first, today)}${thanked}`;
}

/** Warnings: one line each on stderr, the command goes on (exit 0). */
export function warn(lines: readonly string[]): void {
  for (const line of lines) process.stderr.write(`followup: ${line}\n`);
}
