// followup doctor: checks the data file, its backup, the lock and leftover temp files; when the file is
// damaged and the backup is good, offers to restore it (asking first on a terminal; --yes skips asking).
// Looking changes nothing and takes no lock; only the repairs lock the file. --yes also clears a lock
// whose owner has ended (or that is no lock folder at all), and leftover temp files followup itself made.
import { FailError } from '../errors.js';
import { type FileCheck, checkFile, checkLock, clearLock, countEvents, findTempFiles, removeTempFiles, restoreFromBackup } from '../store/health.js';
import type { LockInfo } from '../store/lock.js';
import { backupPath, realFile } from '../store/paths.js';
import { SCHEMA_VERSION } from '../store/schema.js';
import { printJson } from '../ui/json.js';
import { plural, safe } from '../ui/text.js';
import type { Ctx } from './context.js';

export interface DoctorReport {
  file: string;
  status: FileCheck['status'];
  problem?: string;
  applications?: number;
  events?: number;
  schemaVersion?: number;
  size?: number;
  backup: { file: string; present: boolean; ok: boolean; problem?: string; applications?: number; events?: number };
  lock: { path: string; ageSeconds: number; stale: boolean; state: LockInfo['state']; why: string; owner?: { pid: number; host: string; since: string }; cleared?: boolean } | null;
  tempFiles: string[];
  removedTempFiles?: string[];
  restored?: boolean;
  damagedCopy?: string;
}

function size(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : `${(bytes / 1024).toFixed(1)} kB`;
}

function counts(check: FileCheck): string {
  return check.data ? `${plural(check.data.applications.length, 'application')}, ${plural(countEvents(check.data), 'event')}` : '';
}

/** A file-name-safe UTC timestamp for the damaged copy: 20261120T093012Z. */
function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}

function lockLine(lock: LockInfo, cleared: boolean | undefined): string {
  const age = Math.round(lock.ageMs / 1000);
  if (cleared) return `Lock: cleared ${lock.path} (${lock.why}).`;
  if (lock.state === 'held') return `Lock: ${lock.path} is held (${lock.why}, ${age} s old): another followup is writing, or is paused.`;
  if (lock.state === 'broken') return `Lock: ${lock.path} is broken (${lock.why}); the next change replaces it, 'followup doctor --yes' clears it now.`;
  return `Lock: ${lock.path} was left by a followup that stopped (${lock.why}); the next change takes it over, 'followup doctor --yes' clears it now.`;
}

export async function doctor(ctx: Ctx, opts: { yes?: boolean; json?: boolean }): Promise<void> {
  // Locks, backups and temp files sit beside the real file, however it was reached (paths.realFile).
  const real = realFile(ctx.file);
  const file = await checkFile(real);
  const backup = await checkFile(backupPath(real));
  const lock = await checkLock(real);
  const temps = await findTempFiles(real);

  const report: DoctorReport = {
    file: ctx.file,
    status: file.status,
    ...(file.problem !== undefined ? { problem: file.problem } : {}),
    ...(file.data ? { applications: file.data.applications.length, events: countEvents(file.data) } : {}),
    ...(file.schemaVersion !== undefined ? { schemaVersion: file.schemaVersion } : {}),
    ...(file.size !== undefined ? { size: file.size } : {}),
    backup: {
      file: backup.file,
      present: backup.status !== 'missing',
      ok: backup.status === 'ok',
      ...(backup.problem !== undefined ? { problem: backup.problem } : {}),
      ...(backup.data ? { applications: backup.data.applications.length, events: countEvents(backup.data) } : {}),
    },
    lock: lock
      ? {
          path: lock.path,
          ageSeconds: Math.round(lock.ageMs / 1000),
          stale: lock.state !== 'held',
          state: lock.state,
          why: lock.why,
          ...(lock.owner ? { owner: { pid: lock.owner.pid, host: lock.owner.host, since: lock.owner.since } } : {}),
        }
      : null,
    tempFiles: temps,
  };
  const lines: string[] = [`Data file: ${ctx.file}`];

  if (file.status === 'missing') {
    lines.push("No data yet: the file does not exist (the first 'followup add' creates it).");
  } else if (file.status === 'ok') {
    lines.push(`OK: ${counts(file)}, schema version ${file.schemaVersion}, ${size(file.size ?? 0)}.`);
    if ((file.schemaVersion ?? SCHEMA_VERSION) < SCHEMA_VERSION) {
      lines.push(
        `It is upgraded to schema version ${SCHEMA_VERSION} on the next change; the file as it is now is kept as ${ctx.file}.v${file.schemaVersion}.bak.`,
      );
    }
  } else if (file.status === 'newer') {
    lines.push(`NEWER: ${file.problem}`);
  } else {
    lines.push(`${file.readable ? 'DAMAGED' : 'UNREADABLE'}: ${file.problem}`);
  }

  if (backup.status === 'missing') lines.push(`Backup: none yet (${backup.file} is made on the next change).`);
  else if (backup.status === 'ok') lines.push(`Backup: ${backup.file} is valid (${counts(backup)}).`);
  else lines.push(`Backup: ${backup.file} is not usable: ${backup.problem}`);

  if (lock && report.lock) {
    if (opts.yes && lock.state !== 'held') report.lock.cleared = await clearLock(real);
    lines.push(lockLine(lock, report.lock.cleared));
  }

  if (temps.length > 0) {
    if (opts.yes) {
      report.removedTempFiles = await removeTempFiles(real, ctx.lockTimeoutMs);
      lines.push(`Removed ${plural(report.removedTempFiles.length, 'leftover temp file')} of interrupted writes.`);
    } else {
      lines.push(`Leftover temp files of interrupted writes (safe to remove; 'followup doctor --yes' does it): ${temps.join(', ')}`);
    }
  }

  let failure: string | undefined;
  if (file.status === 'newer') {
    failure = `${ctx.file} was written by a newer followup; upgrade followup to use it (the file was left as it is)`;
  } else if (file.status === 'damaged') {
    if (!file.readable || !file.raw) {
      failure = `${ctx.file} cannot be read; fix that first (the file was left as it is)`;
    } else if (backup.status !== 'ok' || !backup.raw) {
      lines.push('There is no usable backup to restore from; fix the file by hand, or move it aside to start afresh.');
      failure = `${ctx.file} is damaged and has no usable backup; the file was left as it is`;
    } else {
      const what = `${ctx.file} from ${backup.file} (${counts(backup)}), keeping the damaged file as ${ctx.file}.damaged-<time>`;
      let go = Boolean(opts.yes);
      if (!go && ctx.canPrompt && !opts.json) {
        ctx.print(`${lines.map(safe).join('\n')}\n`);
        lines.length = 0;
        const { terminalPrompter } = await import('../ui/prompts.js');
        go = await (await terminalPrompter()).confirm({ message: safe(`Restore ${what}?`), default: true });
      }
      if (go) {
        report.damagedCopy = await restoreFromBackup(real, { damaged: file.raw, backup: backup.raw }, ctx.lockTimeoutMs, stamp(new Date()));
        report.restored = true;
        lines.push(`Restored ${ctx.file} from ${backup.file} (${counts(backup)}). The damaged file is kept as ${report.damagedCopy}.`);
      } else {
        report.restored = false;
        lines.push(
          ctx.canPrompt && !opts.json ? 'Nothing was changed.' : `Would restore ${what}. Run 'followup doctor --yes' to do it.`,
        );
        failure = `${ctx.file} is damaged; nothing was changed`;
      }
    }
  }

  // Paths and problems may hold anything a file name or a file can: shown escaped, one line each.
  ctx.print(opts.json ? printJson(report) : lines.length > 0 ? `${lines.map(safe).join('\n')}\n` : '');
  if (failure) throw new FailError(failure);
}
