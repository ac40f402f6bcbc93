// What undo and redo show: a recorded change in one line, the lists of what can be undone and redone, their JSON.
import { type Day, dayOf, humanDay } from '../core/calendar.js';
import type { Entry } from '../store/journal.js';
import { safe } from './text.js';

/** 'Tue 24 Nov 10:42', in local time. */
export function whenMade(at: string, today: Day): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return 'at an unknown time';
  return `${humanDay(dayOf(d), today)} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** 'Logged call to Acme on Mon 23 Nov (made Tue 24 Nov 10:42)'. */
export function entryLine(e: Entry, today: Day): string {
  return `${safe(e.summary)} (made ${whenMade(e.at, today)})`;
}

export function entryJson(e: Entry) {
  return { summary: e.summary, at: e.at };
}

export interface HistoryView {
  undo: Entry[];
  redo: Entry[];
  undoFits: boolean;
  problem: string | null;
}

/** `undo --list`: newest first, numbered as the undos that would take them back. */
export function renderHistory(h: HistoryView, file: string, today: Day): string {
  const out: string[] = [];
  if (h.problem) out.push(`${safe(h.problem)}: nothing can be undone; the next change starts a new journal.`);
  else if (!h.undoFits && h.undo.length) {
    out.push(`${safe(file)} was changed outside followup after the last change below: undo refuses to take them back.`);
  }
  const list = (entries: Entry[]) => [...entries].reverse().map((e, i) => `  ${String(i + 1).padStart(3)}  ${whenMade(e.at, today).padEnd(17)} ${safe(e.summary)}`);
  out.push(h.undo.length ? 'Undo can take back, newest first:' : 'Nothing to undo.', ...list(h.undo));
  if (h.redo.length) out.push('Redo can put back, next first:', ...list(h.redo));
  return `${out.join('\n')}\n`;
}

export function historyJson(h: HistoryView) {
  return {
    undo: [...h.undo].reverse().map(entryJson),
    redo: [...h.redo].reverse().map(entryJson),
    usable: h.problem === null && h.undoFits,
  };
}
