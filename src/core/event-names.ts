// What each event is called in a line of what was recorded or undone ("Logged call to Acme", "Undid: Logged
// phone screen with Beta"), and how it relates to the company: one table, so both say the same.
import type { EventType } from './model.js';

export const EVENT_NAMES: Readonly<Record<EventType, readonly [name: string, preposition: 'to' | 'from' | 'with' | 'on']>> = {
  applied: ['application', 'to'],
  screen: ['phone screen', 'with'],
  interview: ['interview', 'with'],
  final: ['final interview', 'with'],
  reply: ['reply', 'from'],
  delay: ['delay', 'from'],
  offer: ['offer', 'from'],
  rejected: ['rejection', 'from'],
  thanks: ['thank-you note', 'to'],
  call: ['call', 'to'],
  email: ['email', 'to'],
  withdrawn: ['withdrawal', 'from'],
  accepted: ['acceptance of the offer', 'from'],
  'moved-on': ['moving on', 'from'],
  note: ['note', 'on'],
};
