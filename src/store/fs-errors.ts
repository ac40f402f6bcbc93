// File-system errors in words a user can act on (instead of "ENOSPC: no space left on device, write").

const WORDS: Record<string, string> = {
  ENOSPC: 'the disk is full; free some space',
  EDQUOT: 'your disk quota is used up; free some space',
  EFBIG: 'the file is too big for this disk or for your file-size limit',
  EROFS: 'the disk is read-only',
  EACCES: 'permission denied; check the permissions of the file and its folder',
  EPERM: 'permission denied; check the permissions of the file and its folder',
  EIO: 'the disk reported an input/output error',
  EISDIR: 'a folder is in the way',
  ENOTDIR: 'a part of the path is not a folder',
  ENOENT: 'its folder no longer exists',
  ELOOP: 'there are too many symbolic links on the way',
  EMLINK: 'the file has too many links',
  ENAMETOOLONG: 'the path is too long',
};

/** What went wrong, in words, with the code for searching (e.g. "the disk is full; free some space (ENOSPC)"). */
export function reason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code && WORDS[code]) return `${WORDS[code]} (${code})`;
  return err instanceof Error ? err.message : String(err);
}

export function codeOf(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/** Whether fn ran without throwing: a file call whose failure is an answer (already gone, never made), not an error. */
export function attempt(fn: () => void): boolean {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
}
