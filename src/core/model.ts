// The domain's words (RULES.md "Words"): applications as append-only logs of dated events, and settings.
import type { Day } from './calendar.js';

export const OPEN_STAGES = ['applied', 'screen', 'interview', 'final', 'offer'] as const;
export const CLOSED_STAGES = ['rejected', 'withdrawn', 'accepted', 'moved-on'] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];
export type ClosedStage = (typeof CLOSED_STAGES)[number];
export type Stage = OpenStage | ClosedStage;

export const EMPLOYER_EVENTS = ['screen', 'interview', 'final', 'reply', 'delay', 'offer', 'rejected'] as const;
export const SEEKER_EVENTS = ['applied', 'thanks', 'call', 'email', 'withdrawn', 'accepted', 'moved-on'] as const;
export const EVENT_TYPES = [...EMPLOYER_EVENTS, ...SEEKER_EVENTS, 'note'] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export const INTERVIEW_EVENTS = ['screen', 'interview', 'final'] as const;

export const CUES = ['encouraging', 'neutral', 'unsure', 'negative'] as const;
export type Cue = (typeof CUES)[number];
export const CHANNELS = ['call', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface AppEvent {
  type: EventType;
  date: Day;
  round?: number;
  expectBy?: Day;
  invited?: Day;
  channel?: Channel;
  cue?: Cue;
  until?: Day;
  reason?: string;
  deadline?: Day;
  note?: string;
  /** A call nobody picked up (a voicemail may have been left): a follow-up, never an answered one. */
  noAnswer?: boolean;
}

export interface Contact {
  name?: string;
  email?: string;
  phone?: string;
}

export interface Application {
  id: string;
  company: string;
  role?: string;
  contact: Contact;
  url?: string;
  noCalls: boolean;
  notes?: string;
  events: AppEvent[];
}

export interface Settings {
  thankYou: boolean;
  thankYouWindowBusinessDays: number;
  rejectionReply: boolean;
  rejectionReplyBusinessDays: number;
  firstFollowUpBusinessDays: number;
  daysAfterPromise: number;
  delayCheckInDays: number;
  minDaysBetweenFollowUps: number;
  maxUnansweredEarly: number;
  maxUnansweredLate: number;
  maxCallsFirstInterview: number;
  maxCallsEncouraged: number;
  /**
   * The days that are not business days besides weekends. In the data file: the user's own list.
   * As the rules see it (effectiveSettings): that list plus the public holidays of `country`.
   */
  holidays: Day[];
  /** An ISO country code, optionally with a region (`US`, `GB`, `DE-BY`); null: none. */
  country: string | null;
  pipelineMin: number;
  /** The seeker's name and signature, at the end of every email script; null: unset. */
  name: string | null;
  signature: string | null;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  thankYou: true,
  thankYouWindowBusinessDays: 2,
  rejectionReply: true,
  rejectionReplyBusinessDays: 2,
  firstFollowUpBusinessDays: 5,
  daysAfterPromise: 1,
  delayCheckInDays: 21,
  minDaysBetweenFollowUps: 7,
  maxUnansweredEarly: 2,
  maxUnansweredLate: 3,
  maxCallsFirstInterview: 1,
  maxCallsEncouraged: 2,
  holidays: [] as Day[],
  country: null,
  pipelineMin: 3,
  name: null,
  signature: null,
});

export type Action = 'call' | 'email' | 'wait' | 'move-on';
export type NextStep = Exclude<Action, 'wait'>;
export const KINDS = [
  'thank-you',
  'follow-up',
  'invited',
  'offer',
  'competing-offer',
  'negative-cue',
  'unanswered',
  'after-call',
  'scheduled',
  'withdraw',
  'rejection-reply',
] as const;
export type Kind = (typeof KINDS)[number];
export type RuleId =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R12' | 'R13'
  | 'N1' | 'N2' | 'N3' | 'N4';

export interface Reason {
  rule: RuleId;
  text: string;
}

export interface Advice {
  action: Action;
  due: Day;
  kind: Kind;
  /** Only on `wait`: the action that becomes due on `due`. */
  then?: NextStep;
  reasons: Reason[];
  /** What to say on the call or write in the email (for `wait`, the one that will follow). */
  script: string | null;
}

export function isClosedStage(stage: string): stage is ClosedStage {
  return (CLOSED_STAGES as readonly string[]).includes(stage);
}

export function isEmployerEvent(type: EventType): boolean {
  return (EMPLOYER_EVENTS as readonly string[]).includes(type);
}

export function isInterviewEvent(type: EventType): boolean {
  return (INTERVIEW_EVENTS as readonly string[]).includes(type);
}

export function isFollowUp(type: EventType): type is 'call' | 'email' {
  return type === 'call' || type === 'email';
}
