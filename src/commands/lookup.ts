// <id> arguments: an exact id, else an exact company name, else a unique case-insensitive company prefix.
// Names compare composed (NFC): a company stored decomposed (é as e + ◌́) is found by a typed é.
import type { Application } from '../core/model.js';
import { UsageError } from '../errors.js';
import { oneLine } from './input-text.js';

const folded = (text: string) => text.normalize('NFC').toLowerCase();
import { safe } from '../ui/text.js';

export function findApplication(apps: readonly Application[], ref: string): Application {
  const key = oneLine(ref, 'the <id> argument').trim();
  const byId = apps.find((a) => a.id === key);
  if (byId) return byId;
  const lower = folded(key);
  if (lower !== '') {
    const exact = apps.filter((a) => folded(a.company) === lower);
    if (exact.length === 1) return exact[0]!;
    const matches = apps.filter((a) => folded(a.company).startsWith(lower));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      const list = matches.map((a) => `${a.id} ${safe(a.company)}`).join(', ');
      throw new UsageError(`'${safe(ref)}' matches ${matches.length} applications (${list}); give the id or more of the name`);
    }
  }
  throw new UsageError(`no application matches '${safe(ref)}'; see the ids with 'followup status --all'`);
}
