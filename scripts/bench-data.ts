// Writes a data file of N applications with realistic histories (scripts/bench-apps.ts) through the store's own
// API (updateData), so the file is exactly what followup itself writes and reads, whatever the store's format
// becomes. Bundled by scripts/bench.mjs with esbuild and run as: node bench-data.mjs FILE N TODAY
import { updateData } from '../src/store/store.js';
import { makeApplications } from './bench-apps.js';

const [file, count, today] = [process.argv[2]!, Number(process.argv[3]), process.argv[4] ?? '2026-11-20'];
const apps = makeApplications(count, today);

await updateData({ file, lockTimeoutMs: 10_000 }, (data) => {
  for (const app of apps) {
    data.applications.push({ id: String(data.nextId), ...app });
    data.nextId += 1;
  }
});
