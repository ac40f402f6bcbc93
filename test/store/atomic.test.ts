// The atomic writer: a short or failing write, a failing sync or a lost lock leave the target as it was and
// no temp file behind; links and folders in the way are replaced or refused, never followed.
import { existsSync, fsyncSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FailError } from '../../src/errors.js';
import { type WriteIo, keepCopy, tempName, writeAtomic } from '../../src/store/atomic.js';

let dir: string;
let file: string;
const OLD = Buffer.from('{"old": true}\n');
const NEW = Buffer.from(`{"new": "${'x'.repeat(100_000)}"}\n`);

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'followup-atomic-'));
  file = join(dir, 'followup.json');
  writeFileSync(file, OLD, { mode: 0o600 });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const names = () => readdirSync(dir).sort();
const mode = (p: string) => statSync(p).mode & 0o777;

/** Real writes, cut short: the disk takes `room` bytes in all, then each write takes none (or fails). */
function fullDisk(room: number, then: 'zero' | 'ENOSPC'): WriteIo {
  let left = room;
  return {
    write: (fd, bytes, offset, length) => {
      const n = Math.min(length, left);
      if (n === 0) {
        if (then === 'ENOSPC') throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        return 0;
      }
      left -= n;
      return writeSync(fd, bytes, offset, n);
    },
    sync: (fd) => fsyncSync(fd),
  };
}

async function failure(p: Promise<unknown>): Promise<Error> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FailError);
  return err as Error;
}

describe('writeAtomic', () => {
  it('replaces the file with the new bytes, 0600, and leaves no temp file', async () => {
    await writeAtomic(file, NEW);
    expect(readFileSync(file).equals(NEW)).toBe(true);
    expect(mode(file)).toBe(0o600);
    expect(names()).toEqual(['followup.json']);
  });

  it.each([
    ['a short write followed by writes that take nothing', fullDisk(4096, 'zero')],
    ['a short write followed by ENOSPC', fullDisk(4096, 'ENOSPC')],
    ['no room at all', fullDisk(0, 'ENOSPC')],
  ])('%s: FailError saying the disk is full; the old file is whole, no temp file left', async (_what, io) => {
    const err = await failure(writeAtomic(file, NEW, { io, shown: '~/data.json' }));
    expect(err.message).toBe('cannot write ~/data.json: the disk is full; free some space (ENOSPC); nothing was changed');
    expect(readFileSync(file).equals(OLD)).toBe(true);
    expect(names()).toEqual(['followup.json']);
  });

  it('a failing sync (EIO): FailError, the old file whole', async () => {
    const io: WriteIo = {
      write: (fd, b, o, l) => writeSync(fd, b, o, l),
      sync: () => {
        throw Object.assign(new Error('EIO: i/o error, fsync'), { code: 'EIO' });
      },
    };
    const err = await failure(writeAtomic(file, NEW, { io }));
    expect(err.message).toContain('input/output error (EIO)');
    expect(readFileSync(file).equals(OLD)).toBe(true);
    expect(names()).toEqual(['followup.json']);
  });

  it('beforeRename throwing (the lock was lost): nothing replaced, no temp file', async () => {
    const lost = new FailError('lost the lock');
    const err = await failure(writeAtomic(file, NEW, { beforeRename: () => Promise.reject(lost) }));
    expect(err).toBe(lost);
    expect(readFileSync(file).equals(OLD)).toBe(true);
    expect(names()).toEqual(['followup.json']);
  });

  it('a symlink at the target is replaced, its target left alone', async () => {
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    const link = join(dir, 'export.json');
    symlinkSync(victim, link);
    await writeAtomic(link, NEW);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(link).isFile()).toBe(true);
    expect(readFileSync(link).equals(NEW)).toBe(true);
  });

  it('a folder at the target: FailError naming it, nothing changed', async () => {
    const folder = join(dir, 'out.json');
    mkdirSync(folder);
    const err = await failure(writeAtomic(folder, NEW));
    expect(err.message).toMatch(/out\.json is a folder, not a file; move it away/);
    expect(names()).toEqual(['followup.json', 'out.json']);
  });

  it('temp names are followup-made and unique: <target>.tmp-<pid>-<8 hex>', () => {
    const a = tempName(file);
    expect(a).toMatch(new RegExp(`^${file.replace(/\./g, '\\.')}\\.tmp-${process.pid}-[0-9a-f]{8}$`));
    expect(tempName(file)).not.toBe(a);
  });
});

describe('keepCopy', () => {
  const bak = () => `${file}.bak`;

  it('keeps the old file as a hard link: the same bytes, never written again', async () => {
    await keepCopy(file, bak(), OLD);
    expect(statSync(bak()).ino).toBe(statSync(file).ino);
    expect(readFileSync(bak()).equals(OLD)).toBe(true);
    expect(names()).toEqual(['followup.json', 'followup.json.bak']);
  });

  it('replaces an old backup and a symlinked one, never writing through the link', async () => {
    writeFileSync(bak(), 'older');
    await keepCopy(file, bak(), OLD);
    expect(readFileSync(bak()).equals(OLD)).toBe(true);
    rmSync(bak());
    const victim = join(dir, 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, bak());
    await keepCopy(file, bak(), OLD);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(bak()).isSymbolicLink()).toBe(false);
    expect(readFileSync(bak()).equals(OLD)).toBe(true);
  });

  it.each(['EXDEV', 'EPERM', 'ENOTSUP'])('where links fail (%s): a verified copy, 0600, the same bytes', async (code) => {
    const noLinks = () => {
      throw Object.assign(new Error(code), { code });
    };
    await keepCopy(file, bak(), OLD, bak(), noLinks);
    expect(readFileSync(bak()).equals(OLD)).toBe(true);
    expect(statSync(bak()).ino).not.toBe(statSync(file).ino);
    expect(mode(bak())).toBe(0o600);
    expect(names()).toEqual(['followup.json', 'followup.json.bak']);
  });

  it('a folder named like the backup: one clear FailError, the data file untouched, no temp left', async () => {
    mkdirSync(bak());
    writeFileSync(join(bak(), 'inside'), 'x');
    const err = await failure(keepCopy(file, bak(), OLD, '~/f.json.bak'));
    expect(err.message).toBe('cannot keep the backup: ~/f.json.bak is a folder, not a file; move it away, then try again (nothing was changed)');
    expect(readFileSync(file).equals(OLD)).toBe(true);
    expect(names()).toEqual(['followup.json', 'followup.json.bak']);
    expect(existsSync(join(bak(), 'inside'))).toBe(true);
  });
});
