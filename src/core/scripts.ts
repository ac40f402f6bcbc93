// The call and email scripts (RULES.md "Scripts"): sendable as they are, from the data alone. This file frames
// them (To, Subject, greeting, sign-off; talking points and voicemail); script-texts.ts says what each kind says.
import type { Day } from './calendar.js';
import type { AppEvent, Channel, Kind } from './model.js';
import { type ScriptWords, wordsFor } from './script-texts.js';
import { firstName } from './words.js';

/** Everything a script may say: facts from the data and the advice, nothing else. */
export interface ScriptFacts {
  kind: Kind;
  channel: Channel;
  company: string;
  role?: string;
  contactName?: string;
  contactEmail?: string;
  contactPhone?: string;
  /** The day it will be sent or said: the due day, or today when overdue. */
  sendDay: Day;
  /** At `applied` there was no conversation to mention. */
  applied: boolean;
  /** The latest interview that took place. */
  interview?: AppEvent;
  /** The date the employer gave ("by Friday"), as they gave it. */
  promise?: Day;
  /** The day they invited the seeker to get in touch (R10). */
  invitedFor?: Day;
  /** This application's offer (R4, R5): its deadline, and whether R4 (acknowledge) or R5 (answer). */
  offer?: { deadline?: Day; acknowledge: boolean };
  /** R6: the deadline of the offer held elsewhere. */
  competingDeadline?: Day;
  hasCompetingOffer?: boolean;
  /** The day the next follow-up would be due if this one went unanswered (a business day), when there is one. */
  checkBack?: Day;
  /** The last follow-up before moving on (unanswered count = M − 1): close gracefully. */
  lastBeforeMovingOn: boolean;
  /** A follow-up past R7's window without a thank-you: open with thanks for the interview. */
  thanksFirst: boolean;
  /** N3: ask "Shall I follow up in a week?". */
  askAboutAWeek: boolean;
  /** R11: the day of the call nobody picked up. */
  missedCallDay?: Day;
  /** The seeker's name and signature settings. */
  name?: string | null;
  signature?: string | null;
}

/** A bracket in the user's own text would read as a blank to fill in: show it as a parenthesis. */
export function clean(text: string): string {
  return text.replace(/\[/g, '(').replace(/\]/g, ')').replace(/\s+/g, ' ').trim();
}

function cleanFacts(f: ScriptFacts): ScriptFacts {
  const opt = (s: string | null | undefined) => (s ? clean(s) || undefined : undefined);
  return {
    ...f,
    company: clean(f.company) || 'the company',
    role: opt(f.role),
    contactName: opt(f.contactName),
    contactEmail: opt(f.contactEmail),
    contactPhone: opt(f.contactPhone),
    name: opt(f.name),
    // The signature may have several lines: keep them, clean each.
    signature: f.signature ? f.signature.split(/\r?\n/).map(clean).filter(Boolean).join('\n') || undefined : undefined,
  };
}

function greeting(f: ScriptFacts): string {
  const first = firstName(f.contactName);
  return first ? `Hi ${first},` : `Hello ${f.company} hiring team,`;
}

function signOff(f: ScriptFacts): string[] {
  return ['Best regards,', ...(f.name ? [f.name] : []), ...(f.signature ? [f.signature] : [])];
}

function email(f: ScriptFacts, w: ScriptWords): string {
  return [
    ...(f.contactEmail ? [`To: ${f.contactEmail}`] : []),
    `Subject: ${w.subject}`,
    '',
    greeting(f),
    '',
    w.lines.join(' '),
    '',
    ...signOff(f),
  ].join('\n');
}

function call(f: ScriptFacts, w: ScriptWords): string {
  const who = firstName(f.contactName) ?? `the ${f.company} hiring team`;
  const phone = f.contactPhone ? ` (${f.contactPhone})` : '';
  // At most four talking points: what is beyond the third goes into the fourth.
  const points = w.lines.length <= 4 ? w.lines : [...w.lines.slice(0, 3), w.lines.slice(3).join(' ')];
  return [`Call ${who}${phone}. Say:`, ...points.map((l) => `- ${l}`), '', `Voicemail: ${w.voicemail}`].join('\n');
}

/** The script for a call or an email: what to say or send, as is. */
export function scriptFor(facts: ScriptFacts): string {
  const f = cleanFacts(facts);
  const w = wordsFor(f);
  return f.channel === 'call' ? call(f, w) : email(f, w);
}

/** Words in an email, as RULES.md's limit counts them (the To: line is an address, not words). */
export function wordCount(script: string): number {
  return script
    .split('\n')
    .filter((l) => !l.startsWith('To: '))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean).length;
}
