// Changing a data file behind followup's back, for tests that need what `add` refuses (control characters)
// or what takes too long to add one by one (hundreds of applications, ids of four digits). The file is made
// by followup itself first, so its schema is always the current one.
import { readFileSync, writeFileSync } from 'node:fs';

export function patchData(db: string, change: (doc: any) => void): void {
  const doc = JSON.parse(readFileSync(db, 'utf8'));
  change(doc);
  writeFileSync(db, `${JSON.stringify(doc, null, 2)}\n`, { mode: 0o600 });
}

/** Copies application `from` (an id) into `count` more, with ids from `firstId` on and companies by `name(i)`. */
export function cloneApplications(db: string, from: string, count: number, firstId: number, name: (i: number) => string): void {
  patchData(db, (doc) => {
    const model = doc.applications.find((a: { id: string }) => a.id === from);
    for (let i = 0; i < count; i++) {
      doc.applications.push({ ...structuredClone(model), id: String(firstId + i), company: name(i) });
    }
    doc.nextId = Math.max(doc.nextId, firstId + count);
  });
}
