import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, it } from 'vitest';
import { vankien } from '../helpers/cli.ts';
import { tempDir } from '../helpers/tempDir.ts';

it('vankien serve says which port is taken and exits', async () => {
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as AddressInfo).port;
  const dir = tempDir();
  try {
    const result = vankien('serve', '--data', dir.path, '--port', String(port));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('port_in_use');
    expect(result.stderr).toContain(String(port));
  } finally {
    blocker.close();
    dir.remove();
  }
});
