// The call and email scripts (RULES.md "Scripts"): never ask for "a status update"; restate interest,
// offer something new, and propose when to talk next (000: "offer additional information";
// "set up your follow-up call during each contact").
import { type Day, humanDay } from './calendar.js';
import type { Channel, Kind } from './model.js';

export interface ScriptContext {
  kind: Kind;
  channel: Channel | 'move-on';
  company: string;
  role?: string;
  contactName?: string;
  /** What the last meeting was, e.g. "the second interview", "our call". */
  lastMeeting?: string;
  /** The day to propose for the next contact. */
  nextContact: Day;
  /** The latest cue was `unsure` (N3): ask whether to follow up in a week. */
  askAboutAWeek: boolean;
  /** R3: the offer's deadline, if any. */
  offerDeadline?: Day;
  /** R4: the deadline of the competing offer, if any. */
  competingDeadline?: Day;
  today: Day;
}

function greeting(c: ScriptContext): string {
  return c.contactName ? `Hi ${c.contactName.split(/\s+/)[0]},` : 'Hello,';
}

function theRole(c: ScriptContext): string {
  return c.role ? `the ${c.role} role` : `the role at ${c.company}`;
}

function nextStep(c: ScriptContext): string {
  if (c.askAboutAWeek) return 'Shall I follow up in a week?';
  return `Could we pencil in a short call on ${humanDay(c.nextContact, c.today)}? I'll keep that time free.`;
}

function body(c: ScriptContext): string[] {
  const meeting = c.lastMeeting ?? 'our conversation';
  switch (c.kind) {
    case 'thank-you':
      return [
        `Thank you for ${meeting} about ${theRole(c)}. I enjoyed it, and it made me even keener to join ${c.company}.`,
        'One thing I would add to my answers: [the example or idea you thought of afterwards].',
        'I am happy to send a work sample or references if that helps your decision.',
        nextStep(c),
      ];
    case 'offer':
      return [
        `Thank you again for the offer for ${theRole(c)}. I'm excited about it.`,
        c.offerDeadline
          ? `I want to give you a considered answer before ${humanDay(c.offerDeadline, c.today)}: [accept, or name the one or two points you'd like to settle, or the time you need].`
          : '[Accept, or name the one or two points you would like to settle, and by when you will answer.]',
        c.askAboutAWeek ? nextStep(c) : `Could we speak on ${humanDay(c.nextContact, c.today)} to settle it?`,
      ];
    case 'competing-offer':
      return [
        `${c.company} and ${theRole(c)} remain my first choice, and I wanted you to hear it from me: I have received another offer${
          c.competingDeadline ? ` and need to answer it by ${humanDay(c.competingDeadline, c.today)}` : ''
        }.`,
        'I would much rather join you. Is there anything I can add, such as references or a work sample, to help you reach a decision in that time?',
        nextStep(c),
      ];
    case 'negative-cue':
    case 'unanswered':
      return [
        `Thank you for considering me for ${theRole(c)}. I understand you may have moved forward with other candidates.`,
        `I'd be glad to stay in touch for future roles at ${c.company}; you can reach me any time.`,
      ];
    case 'invited':
      return [
        `As you suggested, I'm getting back to you today about ${theRole(c)}.`,
        'Since we spoke, [something new: a work sample, a reference, an answer the interview left open].',
        nextStep(c),
      ];
    case 'follow-up':
      return [
        `I'm still very interested in ${theRole(c)} after ${meeting}.`,
        'Since we spoke, [something new: a work sample, a reference, an answer the interview left open], which I thought you would find useful.',
        nextStep(c),
      ];
    default:
      return [];
  }
}

/** The script for an action: an email with a subject line, or the talking points of a call. */
export function scriptFor(c: ScriptContext): string {
  const lines = body(c);
  if (c.channel === 'call') {
    return [`Call ${c.contactName ?? c.company}. Say:`, ...lines.map((l) => `- ${l}`)].join('\n');
  }
  const subject =
    c.kind === 'thank-you'
      ? `Thank you: ${c.role ?? c.company}`
      : c.kind === 'negative-cue' || c.kind === 'unanswered'
        ? `Thank you: ${c.role ?? c.company}`
        : `${c.role ?? 'My application'}: ${c.kind === 'competing-offer' ? 'a timing question' : 'a quick addition'}`;
  return [`Subject: ${subject}`, '', greeting(c), '', ...lines, '', 'Best regards,'].join('\n');
}
