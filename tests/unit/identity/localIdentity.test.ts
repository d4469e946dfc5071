import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDENTITY_FILE, LocalIdentity } from '../../../main/services/identity/LocalIdentity.ts';
import { gecosFullName, osFullName } from '../../../main/services/identity/osFullName.ts';
import { tempDir } from '../../helpers/tempDir.ts';

let dir: ReturnType<typeof tempDir>;
beforeEach(() => (dir = tempDir()));
afterEach(() => dir.remove());

describe('gecosFullName', () => {
  it.each([
    ['an:x:1000:1000:Nguyễn Văn An,,,:/home/an:/bin/bash', 'Nguyễn Văn An'],
    ['an:x:1000:1000:Ho\u0061\u0300ng Thị Mai,Phòng 3,,:/home/an:/bin/bash', 'Hoàng Thị Mai'],
    ['an:x:1000:1000::/home/an:/bin/bash', ''],
    ['broken line', ''],
  ])('%s → %j', (line, expected) => expect(gecosFullName(line)).toBe(expected));

  it.runIf(process.platform === 'linux')('reads the account’s full name from a passwd file, or falls back to the user name', () => {
    const { username, uid } = userInfo();
    const file = join(dir.path, 'passwd');
    writeFileSync(file, `nobody:x:65534:65534:nobody:/:/bin/false\n${username}:x:${uid}:${uid}:Đỗ Thị Hoà,,,:/home/x:/bin/sh\n`);
    expect(osFullName(file)).toBe('Đỗ Thị Hoà');
    writeFileSync(file, 'nobody:x:65534:65534:nobody:/:/bin/false\n');
    expect(osFullName(file)).toBe(username);
  });
});

describe('LocalIdentity', () => {
  it('defaults to the operating system name with its initials while nothing is stored', () => {
    expect(new LocalIdentity(dir.path, () => 'Trần Thị Bình').get()).toEqual({ displayName: 'Trần Thị Bình', initials: 'TB' });
  });

  it('keeps a name set, in a file only its owner reads, across instances', () => {
    new LocalIdentity(dir.path, () => 'x').set({ displayName: 'Lê Văn Cường' });
    expect(new LocalIdentity(dir.path, () => 'x').get()).toEqual({ displayName: 'Lê Văn Cường', initials: 'LC' });
    if (process.platform !== 'win32') expect(statSync(join(dir.path, IDENTITY_FILE)).mode & 0o077).toBe(0);
  });

  it('keeps initials the person chose', () => {
    expect(new LocalIdentity(dir.path).set({ displayName: 'Lê Văn Cường', initials: 'LVC' })).toEqual({ displayName: 'Lê Văn Cường', initials: 'LVC' });
  });

  it.each([['not json {'], ['{"displayName":"a\\u0007b","initials":"A"}'], ['{"displayName":""}'], ['[]']])('falls back to the default for a stored file holding %s', (text) => {
    writeFileSync(join(dir.path, IDENTITY_FILE), text);
    expect(new LocalIdentity(dir.path, () => 'Phạm Minh').get()).toEqual({ displayName: 'Phạm Minh', initials: 'PM' });
  });

  it('uses a plain name when the operating system gives none usable', () => {
    expect(new LocalIdentity(dir.path, () => '').get().displayName).toBe('Người soạn');
  });

  it('leaves the stored name untouched when writing a new one fails', () => {
    const identity = new LocalIdentity(dir.path);
    identity.set({ displayName: 'Lê Văn Cường' });
    const missing = new LocalIdentity(join(dir.path, IDENTITY_FILE, 'below-a-file'));
    expect(() => missing.set({ displayName: 'Khác' })).toThrow();
    expect(JSON.parse(readFileSync(join(dir.path, IDENTITY_FILE), 'utf8')).displayName).toBe('Lê Văn Cường');
  });
});
