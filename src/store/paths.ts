// Where the data file lives (CLI.md): --db, else FOLLOWUP_DB, else $XDG_DATA_HOME/followup/followup.json.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function dataFilePath(dbFlag: string | undefined, env: NodeJS.ProcessEnv): string {
  if (dbFlag) return resolve(dbFlag);
  if (env.FOLLOWUP_DB) return resolve(env.FOLLOWUP_DB);
  const dataHome = env.XDG_DATA_HOME && env.XDG_DATA_HOME.startsWith('/') ? env.XDG_DATA_HOME : join(env.HOME || homedir(), '.local', 'share');
  return join(dataHome, 'followup', 'followup.json');
}

export function backupPath(file: string): string {
  return `${file}.bak`;
}

export function lockPath(file: string): string {
  return `${file}.lock`;
}
