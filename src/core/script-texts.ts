// What each kind of advice says (RULES.md "Scripts", "What each kind says"): sentences a seeker can send or say
// as they are. Lead with value, never "a status update"; dates only the employer's own, or the next check-back day.
import { type Day, humanDay } from './calendar.js';
import type { ScriptFacts } from './scripts.js';
import { firstName, interviewKind, spokenDay } from './words.js';

export interface ScriptWords {
  subject: string;
  /** Sentences: an email's body, or a call's talking points (at most four). */
  lines: string[];
  /** Two sentences, for when nobody picks up. */
  voicemail: string;
}

const OFFER_SAMPLE = 'I would be glad to send references or a work sample if that would help.';

function position(f: ScriptFacts): string {
  return f.role ? `the ${f.role} position` : 'the position';
}

function positionAt(f: ScriptFacts): string {
  return `${position(f)} at ${f.company}`;
}

function day(f: ScriptFacts, d: Day): string {
  return humanDay(d, f.sendDay);
}

/** "the second-round interview on Monday": the last interview by kind and day. */
function meeting(f: ScriptFacts): string {
  return f.interview ? `${interviewKind(f.interview)} ${spokenDay(f.interview.date, f.sendDay)}` : 'our conversation';
}

function subjectAbout(f: ScriptFacts, what: string): string {
  return `${what}: ${f.role ?? f.company}`;
}

/** How a follow-up ends: a graceful close, N3's question, or the next check-back day. */
function closing(f: ScriptFacts): string[] {
  const out: string[] = [];
  if (f.lastBeforeMovingOn) out.push('I understand if things have moved on; you are welcome to reach out if anything changes.');
  if (f.askAboutAWeek) out.push('Shall I follow up in a week?');
  else if (!f.lastBeforeMovingOn && f.checkBack) out.push(`If I do not hear back, I will follow up on ${day(f, f.checkBack)}.`);
  return out;
}

function voicemail(f: ScriptFacts, second: string): string {
  const first = firstName(f.contactName);
  const who = f.name ? `this is ${f.name} calling` : 'I am calling';
  return `Hello${first ? ` ${first}` : ''}, ${who} about ${positionAt(f)}. ${second}`;
}

function thankYou(f: ScriptFacts): ScriptWords {
  const lines = [
    `Thank you for ${meeting(f)} about ${position(f)}.`,
    `It confirmed my interest: my experience fits what ${f.company} needs, and I would enjoy contributing to the team.`,
    OFFER_SAMPLE,
  ];
  if (f.promise) lines.push(`You mentioned a decision by ${day(f, f.promise)}; I look forward to hearing from you.`);
  if (f.askAboutAWeek) lines.push('Shall I follow up in a week?');
  else if (!f.promise && f.checkBack) lines.push(`If I do not hear back, I will follow up on ${day(f, f.checkBack)}.`);
  return { subject: subjectAbout(f, 'Thank you'), lines, voicemail: voicemail(f, 'Thank you for your time; I will send a short note by email.') };
}

function followUp(f: ScriptFacts): ScriptWords {
  const lines: string[] = [];
  // No thank-you went out after the interview (R7's window passed): this is the first thanks, not "again".
  if (f.thanksFirst) lines.push(`Thank you for ${meeting(f)}.`);
  lines.push(
    f.applied
      ? `I applied for ${positionAt(f)} and remain very interested: my experience fits what you are looking for.`
      : `I remain very interested in ${position(f)}, and confident that my experience fits what ${f.company} needs.`,
  );
  lines.push(OFFER_SAMPLE);
  lines.push(
    f.promise && f.promise < f.sendDay
      ? `You mentioned a decision by ${day(f, f.promise)}: what is the next step, and is there anything I can prepare?`
      : 'What is the next step, and when do you expect to decide?',
  );
  lines.push(...closing(f));
  return {
    subject: subjectAbout(f, 'My application'),
    lines,
    voicemail: voicemail(f, 'I remain very interested and would be glad to send references or a work sample; I will follow up by email today.'),
  };
}

function invited(f: ScriptFacts): ScriptWords {
  const lines = [
    `As you suggested, I'm getting in touch today about ${positionAt(f)}.`,
    `I remain very interested. ${OFFER_SAMPLE}`,
    'What would be the best next step from here?',
    ...closing(f),
  ];
  return {
    subject: subjectAbout(f, 'As you suggested'),
    lines,
    voicemail: voicemail(f, 'As you suggested, I am getting in touch today; I would be glad to hear from you about the next step.'),
  };
}

function afterCall(f: ScriptFacts): ScriptWords {
  const when = f.missedCallDay ? spokenDay(f.missedCallDay, f.sendDay) : 'today';
  const lines = [
    `I tried to reach you by phone ${when} about ${positionAt(f)}.`,
    `I remain very interested and would be glad to send references or a work sample: what would be the next step?`,
  ];
  if (f.askAboutAWeek) lines.push('Shall I follow up in a week?');
  return { subject: subjectAbout(f, 'My call'), lines, voicemail: voicemail(f, 'I will put this in writing by email today.') };
}

function acknowledgeOffer(f: ScriptFacts): ScriptWords {
  const deadline = f.offer?.deadline;
  // Acknowledged only after its deadline: nothing to confirm about that day, only whether the offer still stands.
  const late = deadline !== undefined && deadline < f.sendDay;
  const lines = [
    `Thank you very much for the offer for ${position(f)}: I am glad to have it.`,
    'Could you please send it to me in writing?',
    late
      ? `I know your deadline of ${day(f, deadline)} has passed, and I am sorry for the delay: does the offer still stand?`
      : deadline
        ? `Can you confirm that you need my answer by ${day(f, deadline)}?`
        : 'By when do you need my answer?',
    late ? 'If it does, I would be glad to give you my answer within a day or two.' : 'If I need a few more days to decide, could that be arranged?',
  ];
  return {
    subject: subjectAbout(f, 'Thank you for the offer'),
    lines,
    voicemail: voicemail(f, 'Thank you very much for the offer; I would be grateful for a call back when convenient.'),
  };
}

function answerOffer(f: ScriptFacts): ScriptWords {
  const deadline = f.offer?.deadline;
  const late = deadline !== undefined && deadline < f.sendDay;
  const lines = [`Thank you again for the offer for ${position(f)}.`];
  if (late) lines.push(`I know your deadline of ${day(f, deadline)} has passed: does the offer still stand?`);
  if (f.channel === 'call') {
    lines.push(
      `To accept, say: "I am happy to accept the offer, and I look forward to joining ${f.company}."`,
      `If points are still open, name each one and ask to settle them${deadline && !late ? ` before ${day(f, deadline)}` : ''}.`,
    );
  } else {
    lines.push(`I am happy to accept it, and I look forward to joining ${f.company}.`);
  }
  lines.push('Could you confirm the next steps in writing?');
  return {
    subject: subjectAbout(f, 'The offer'),
    lines,
    voicemail: voicemail(f, 'I am calling with my answer on the offer; I would be grateful for a call back when convenient.'),
  };
}

function competingOffer(f: ScriptFacts): ScriptWords {
  const d = f.competingDeadline;
  const lines = [
    `I wanted you to know that I have received an offer${d ? ` with a deadline of ${day(f, d)}` : ''}.`,
    `I am very interested in ${positionAt(f)}, and I would like to decide with your answer in hand.`,
    d ? 'Could your timeline allow a decision by then?' : 'Could your timeline allow a decision soon?',
    'I am happy to send references or anything else that would help.',
  ];
  return {
    subject: subjectAbout(f, 'A question about timing'),
    lines,
    voicemail: voicemail(f, `I have received an offer${d ? ` with a deadline of ${day(f, d)}` : ''} and am very interested in your role; I would be grateful for a call back about your timeline.`),
  };
}

function withdraw(f: ScriptFacts): ScriptWords {
  return {
    subject: subjectAbout(f, 'Withdrawing my application'),
    lines: [
      `Thank you for your time and consideration for ${positionAt(f)}.`,
      'I have accepted another position, so I am withdrawing my application.',
      'I would be glad to stay in touch.',
    ],
    voicemail: voicemail(f, 'I have accepted another position and am withdrawing my application; thank you for your time.'),
  };
}

function rejectionReply(f: ScriptFacts): ScriptWords {
  return {
    subject: subjectAbout(f, 'Thank you'),
    lines: [
      'Thank you for letting me know, and for your time.',
      `If you have a moment, I would welcome brief feedback on my ${f.interview ? 'interviews' : 'application'}.`,
      `I remain interested in ${f.company} and would be glad to be considered for future roles.`,
    ],
    voicemail: voicemail(f, 'Thank you for letting me know and for your time; I would welcome brief feedback.'),
  };
}

/** Kinds with nothing to send (move on, a scheduled interview): a short note to the seeker. */
function noteToSeeker(f: ScriptFacts): ScriptWords {
  const lines =
    f.kind === 'scheduled'
      ? ['Nothing to send before the interview: prepare for it, and send a thank-you after it.']
      : ['Nothing to send: put your energy into your other applications. If they get in touch, log it and the advice picks up again.'];
  return { subject: subjectAbout(f, 'A note'), lines, voicemail: lines[0]! };
}

export function wordsFor(f: ScriptFacts): ScriptWords {
  switch (f.kind) {
    case 'thank-you':
      return thankYou(f);
    case 'follow-up':
      return followUp(f);
    case 'invited':
      return invited(f);
    case 'after-call':
      return afterCall(f);
    case 'offer':
      return f.offer?.acknowledge ? acknowledgeOffer(f) : answerOffer(f);
    case 'competing-offer':
      return competingOffer(f);
    case 'withdraw':
      return withdraw(f);
    case 'rejection-reply':
      return rejectionReply(f);
    default:
      return noteToSeeker(f);
  }
}
