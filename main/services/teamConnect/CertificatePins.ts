import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomically } from '../../storage/writeFileAtomically.ts';
import type { ServerCertificate } from './serverCertificate.ts';

/** The pin file in the desktop app's data folder. */
export const PINS_FILE = 'team-server-pins.json';

/** A certificate the person confirmed for one server (its origin, "https://host:port"). */
export interface CertificatePin {
  origin: string;
  host: string;
  fingerprint256: string;
  pem: string;
  subject: string;
  pinnedAt: string;
}

/**
 * The team-server certificates the person trusted after checking their fingerprint, one per
 * server origin, in `team-server-pins.json` (written atomically, readable by its owner only). A
 * file that cannot be read as pins is moved aside (`…damaged-<time>`), never half used: the
 * person is asked again, as for a server never seen.
 */
export class CertificatePins {
  private readonly path: string;
  private pins: Map<string, CertificatePin>;

  constructor(dataDir: string) {
    this.path = join(dataDir, PINS_FILE);
    this.pins = this.read();
  }

  get(origin: string): CertificatePin | undefined {
    return this.pins.get(origin);
  }

  /** The pins of every server on `host` (a certificate check knows the host, not the port). */
  forHost(host: string): CertificatePin[] {
    return [...this.pins.values()].filter((pin) => pin.host === host);
  }

  /** Trusts `certificate` for `origin` from now on, in place of any earlier pin of that origin. */
  pin(origin: string, certificate: ServerCertificate, now = new Date()): CertificatePin {
    const pin: CertificatePin = { origin, host: new URL(origin).hostname.replace(/^\[|\]$/g, ''), fingerprint256: certificate.fingerprint256, pem: certificate.pem, subject: certificate.subject, pinnedAt: now.toISOString() };
    this.write(new Map(this.pins).set(origin, pin));
    return pin;
  }

  /** Every pin, oldest first. */
  list(): CertificatePin[] {
    return [...this.pins.values()];
  }

  /** Stops trusting the certificate pinned for `origin` (the next connection asks again); false when it had none. */
  forget(origin: string): boolean {
    if (!this.pins.has(origin)) return false;
    const next = new Map(this.pins);
    next.delete(origin);
    this.write(next);
    return true;
  }

  private write(next: Map<string, CertificatePin>): void {
    writeFileAtomically(this.path, JSON.stringify({ version: 1, pins: [...next.values()] }, null, 2) + '\n');
    this.pins = next;
  }

  private read(): Map<string, CertificatePin> {
    if (!existsSync(this.path)) return new Map();
    try {
      const parsed = JSON.parse(readFileSync(this.path, 'utf8')) as { version?: unknown; pins?: unknown };
      if (parsed.version !== 1 || !Array.isArray(parsed.pins) || !parsed.pins.every(isPin)) throw new Error('not a pin file');
      return new Map(parsed.pins.map((pin) => [pin.origin, pin]));
    } catch {
      renameSync(this.path, `${this.path}.damaged-${Date.now()}`);
      return new Map();
    }
  }
}

function isPin(value: unknown): value is CertificatePin {
  const pin = value as Record<string, unknown>;
  return typeof pin === 'object' && pin !== null && ['origin', 'host', 'fingerprint256', 'pem', 'subject', 'pinnedAt'].every((key) => typeof pin[key] === 'string');
}
