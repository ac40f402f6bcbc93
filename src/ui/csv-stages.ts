// Stage words of other trackers and hand-made sheets (Huntr's lists, Teal's statuses, "Phone Screen", "Ghosted"…)
// as followup's stages, closed ones included; the user's --map-stage adds more.
import { CLOSED_STAGES, OPEN_STAGES, type Stage } from '../core/model.js';
import { safe } from './text.js';

/** Not an application yet (a saved posting): such rows are skipped and counted. */
export const NOT_APPLIED = 'not-applied';
export type StageWord = Stage | typeof NOT_APPLIED;

const STAGES: readonly string[] = [...OPEN_STAGES, ...CLOSED_STAGES];

const WORDS: Record<StageWord, string[]> = {
  'not-applied': ['wishlist', 'wish list', 'saved', 'bookmarked', 'interested', 'to apply', 'applying', 'not applied', 'draft'],
  applied: ['applied', 'application sent', 'submitted', 'application submitted', 'in review', 'under review'],
  screen: ['screen', 'phone screen', 'screening', 'recruiter screen', 'recruiter call', 'phone call', 'phone interview'],
  interview: ['interview', 'interviews', 'interviewing', 'technical interview', 'onsite', 'on site'],
  final: ['final', 'final round', 'final interview', 'final interviews'],
  offer: ['offer', 'offered', 'offer received', 'negotiating', 'negotiation'],
  rejected: ['rejected', 'declined', 'not selected', 'rejection', 'no offer', 'turned down'],
  accepted: ['accepted', 'offer accepted', 'hired'],
  withdrawn: ['withdrawn', 'withdrew', 'i withdrew', 'withdrawal'],
  'moved-on': ['moved on', 'ghosted', 'no response', 'no answer', 'closed', 'archived'],
};

export function stageKey(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const BY_WORD = new Map<string, StageWord>(
  (Object.keys(WORDS) as StageWord[]).flatMap((stage) => WORDS[stage].map((w) => [w, stage] as const)),
);

/** `--map-stage "Word=stage"` values: the word's key → a stage, or not-applied (`skip`). */
export function parseStageMaps(maps: readonly string[]): Map<string, StageWord> {
  const out = new Map<string, StageWord>();
  for (const m of maps) {
    const at = m.lastIndexOf('=');
    const word = stageKey(at < 0 ? '' : m.slice(0, at));
    const stage = at < 0 ? '' : m.slice(at + 1).trim().toLowerCase();
    if (word === '' || (stage !== 'skip' && !STAGES.includes(stage))) {
      throw new Error(`--map-stage takes "Word=stage", the stage one of ${STAGES.join(', ')} or skip (got '${safe(m)}')`);
    }
    out.set(word, stage === 'skip' ? NOT_APPLIED : (stage as Stage));
  }
  return out;
}

/** The stage a cell names, with the user's words first; undefined when the word is unknown. */
export function readStage(cell: string, maps: ReadonlyMap<string, StageWord>): StageWord | undefined {
  const key = stageKey(cell);
  return maps.get(key) ?? BY_WORD.get(key) ?? (STAGES.includes(key.replace(' ', '-')) ? (key.replace(' ', '-') as Stage) : undefined);
}

export function unknownStage(cell: string): string {
  return `'${safe(cell)}' is not a stage followup knows; pass --map-stage "${safe(cell.trim())}=STAGE" (${STAGES.join(', ')}, or skip)`;
}
