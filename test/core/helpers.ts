// Shared builders for the core tests: events, applications, settings, and the advice of one application alone.
// 2026 calendar: Mondays 11-02, 11-09, 11-16, 11-23, 11-30, 12-07; 11-20 and 11-27 are Fridays; 11-21 is a Saturday.
import { adviseAll, type Advised } from '../../src/core/advise.js';
import {
  DEFAULT_SETTINGS,
  type Advice,
  type AppEvent,
  type Application,
  type EventType,
  type RuleId,
  type Settings,
} from '../../src/core/model.js';

export function e(type: EventType, date: string, extra: Partial<AppEvent> = {}): AppEvent {
  return { type, date, ...extra };
}
export function app(events: AppEvent[], extra: Partial<Application> = {}): Application {
  return { id: '1', company: 'Acme', role: 'Engineer', contact: { name: 'Jane Doe' }, noCalls: false, events, ...extra };
}
export function settings(over: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...over };
}
/** The advice for one application (alone in the pipeline). */
export function on(today: string, events: AppEvent[], over: Partial<Settings> = {}, extra: Partial<Application> = {}): Advice | null {
  const [r] = adviseAll([app(events, extra)], settings(over), today);
  return r!.advice;
}
/** Like `on`, for advice that must exist. */
export function adv(today: string, events: AppEvent[], over: Partial<Settings> = {}, extra: Partial<Application> = {}): Advice {
  const a = on(today, events, over, extra);
  if (a === null) throw new Error('expected advice, got none');
  return a;
}
export function board(today: string, apps: Application[], over: Partial<Settings> = {}): Advised[] {
  return adviseAll(apps, settings(over), today);
}
export const rules = (a: Advice | null): RuleId[] => a?.reasons.map((r) => r.rule) ?? [];
export const rule = (a: Advice | null): RuleId | undefined => a?.reasons[0]?.rule;
export const reason = (a: Advice, id: RuleId): string | undefined => a.reasons.find((r) => r.rule === id)?.text;
