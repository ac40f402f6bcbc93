// A copy of an application for the terminal: every text the user typed (or a file brought in) escaped, so
// that nothing derived from it (a table cell, a reason, a script) can carry ESC, BEL, a newline or a bidi
// override to the screen. The advice of the copy is the advice of the original: rules read dates, not text.
import type { AppEvent, Application } from '../core/model.js';
import type { Data } from '../store/schema.js';
import { safe, safeLines } from './text.js';

function opt(text: string | undefined, escape: (t: string) => string): string | undefined {
  return text === undefined ? undefined : escape(text);
}

function eventForDisplay(e: AppEvent): AppEvent {
  const out: AppEvent = { ...e };
  if (e.note !== undefined) out.note = safe(e.note);
  if (e.reason !== undefined) out.reason = safe(e.reason);
  return out;
}

export function forDisplay(app: Application): Application {
  return {
    ...app,
    id: safe(app.id),
    company: safe(app.company),
    role: opt(app.role, safe),
    contact: { name: opt(app.contact.name, safe), email: opt(app.contact.email, safe), phone: opt(app.contact.phone, safe) },
    url: opt(app.url, safe),
    notes: opt(app.notes, safeLines),
    events: app.events.map(eventForDisplay),
  };
}

/** The whole data for the terminal: the applications, and the name and signature the scripts sign with. */
export function displayData(data: Data): Data {
  const settings = { ...data.settings };
  if (typeof settings.name === 'string') settings.name = safe(settings.name);
  if (typeof settings.signature === 'string') settings.signature = safeLines(settings.signature);
  return { ...data, settings, applications: data.applications.map(forDisplay) };
}
