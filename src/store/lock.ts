// One writer at a time across processes (proper-lockfile: a lock directory beside the data file,
// kept fresh while held, taken over when a killed process left it stale).
import lockfile from 'proper-lockfile';
import { FailError } from '../errors.js';
import { lockPath } from './paths.js';

/** A lock directory not refreshed for this long was left by a process that died; the next writer takes it over. */
export const STALE_MS = 5000;

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

/** Runs fn while holding the data file's lock; gives up with exit 1 after timeoutMs. */
export async function withLock<T>(file: string, timeoutMs: number, fn: (assertHeld: () => void) => Promise<T>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let compromised: Error | undefined;
  let release: () => Promise<void>;
  for (;;) {
    try {
      release = await lockfile.lock(file, {
        realpath: false,
        lockfilePath: lockPath(file),
        stale: STALE_MS,
        update: 1000,
        retries: 0,
        onCompromised: (err) => {
          compromised = err;
        },
      });
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') {
        throw new FailError(`cannot lock ${file} (${lockPath(file)}): ${(err as Error).message}; check that its folder is writable`);
      }
      if (Date.now() >= deadline) {
        throw new FailError(
          `another followup is writing ${file} (lock ${lockPath(file)} held for ${Math.round(timeoutMs / 1000)} s); try again, or remove the lock if no followup is running`,
        );
      }
      await sleep(10 + Math.random() * 40);
    }
  }
  const assertHeld = () => {
    if (compromised) throw new FailError(`lost the lock on ${file} (${compromised.message}); nothing was written, try again`);
  };
  try {
    return await fn(assertHeld);
  } finally {
    await release().catch(() => undefined);
  }
}
