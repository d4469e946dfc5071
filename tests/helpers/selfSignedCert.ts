import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A self-signed certificate for 127.0.0.1 made by `openssl req -x509` in `dir` (named `name`), and its SHA-256 as openssl prints it. */
export function selfSignedCert(dir: string, name: string): { cert: Buffer; key: Buffer; fingerprint256: string } {
  const cert = join(dir, `${name}.cert.pem`);
  const key = join(dir, `${name}.key.pem`);
  const made = spawnSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', `/CN=${name}`, '-addext', 'subjectAltName=IP:127.0.0.1'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(made.stderr);
  const printed = spawnSync('openssl', ['x509', '-in', cert, '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
  if (printed.status !== 0) throw new Error(printed.stderr);
  return { cert: readFileSync(cert), key: readFileSync(key), fingerprint256: printed.stdout.trim().split('=')[1] };
}
