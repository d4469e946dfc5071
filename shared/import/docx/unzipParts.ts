/**
 * Reads named parts of a ZIP package without trusting what the package says about itself. The
 * central directory locates the parts; the sizes it declares are ignored: each part is inflated in
 * small steps with a running count, and inflating stops as soon as the part, all parts read
 * together, or the part's expansion ratio passes its limit (IMPORT_LIMITS). At most one step's
 * output (4 KB of input inflates to at most ~4 MB) is ever held beyond a limit, so a deflate bomb
 * costs milliseconds, not gigabytes. Parts not asked for are never inflated.
 *
 * (fflate's `unzipSync` allocates each part at the size its directory entry declares, and with a
 * `filter` still trusts that size: a lying entry either allocates gigabytes or silently truncates.)
 */
import { Inflate } from 'fflate';
import { AppError } from '../../errors.ts';
import { IMPORT_LIMITS, type ImportLimits } from '../limits.ts';
import { expandsTooMuch, malformedDocx, tooComplex } from '../importErrors.ts';

type Limits = Pick<ImportLimits, 'partBytes' | 'totalBytes' | 'ratio' | 'ratioAfterBytes' | 'entries'>;

interface Entry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

const STEP = 4096;
const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number) => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16)) + b[at + 3] * 0x1000000;
const u64 = (b: Uint8Array, at: number) => u32(b, at) + u32(b, at + 4) * 0x100000000;

/** The parts named in `names` that the package has (first entry of a name wins), inflated. */
export function unzipParts(bytes: Uint8Array, names: readonly string[], fileName: string, limits: Limits = IMPORT_LIMITS): Map<string, Uint8Array> {
  const wanted = new Map<string, Entry>();
  for (const entry of centralDirectory(bytes, fileName, limits)) {
    if (names.includes(entry.name) && !wanted.has(entry.name)) wanted.set(entry.name, entry);
  }
  const parts = new Map<string, Uint8Array>();
  const total = { bytes: 0 };
  for (const [name, entry] of wanted) parts.set(name, readPart(bytes, entry, fileName, limits, total));
  return parts;
}

/** The names of a package's parts, from its central directory (checked as `unzipParts` checks it). */
export function partNames(bytes: Uint8Array, fileName: string, limits: Limits = IMPORT_LIMITS): string[] {
  return centralDirectory(bytes, fileName, limits).map((entry) => entry.name);
}

function centralDirectory(bytes: Uint8Array, fileName: string, limits: Limits): Entry[] {
  const broken = () => malformedDocx(fileName, 'gói ZIP bị hỏng');
  let eocd = bytes.length - 22;
  while (eocd >= 0 && u32(bytes, eocd) !== 0x06054b50) {
    if (bytes.length - eocd > 22 + 0xffff) throw broken();
    eocd--;
  }
  if (eocd < 0) throw broken();
  let count = u16(bytes, eocd + 10);
  let offset = u32(bytes, eocd + 16);
  if (eocd >= 20 && u32(bytes, eocd - 20) === 0x07064b50) {
    const zip64 = u64(bytes, eocd - 12);
    if (zip64 + 56 > bytes.length || u32(bytes, zip64) !== 0x06064b50) throw broken();
    count = u64(bytes, zip64 + 32);
    offset = u64(bytes, zip64 + 48);
  }
  if (count > limits.entries) throw tooComplex(fileName, `gói có ${count} phần, tối đa ${limits.entries}`);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || u32(bytes, offset) !== 0x02014b50) throw broken();
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const end = offset + 46 + nameLength + extraLength + u16(bytes, offset + 32);
    if (end > bytes.length) throw broken();
    const entry: Entry = {
      name: entryName(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: u16(bytes, offset + 10),
      flags: u16(bytes, offset + 8),
      compressedSize: u32(bytes, offset + 20),
      localOffset: u32(bytes, offset + 42),
    };
    readZip64Extra(bytes, offset + 46 + nameLength, extraLength, entry, u32(bytes, offset + 24) === 0xffffffff);
    entries.push(entry);
    offset = end;
  }
  return entries;
}

/** Zip64 sizes and offsets, which stand in the extra field when the 32-bit fields are all ones. */
function readZip64Extra(bytes: Uint8Array, at: number, length: number, entry: Entry, hasOriginalSize: boolean): void {
  for (let p = at; p + 4 <= at + length; p += 4 + u16(bytes, p + 2)) {
    if (u16(bytes, p) !== 0x0001) continue;
    let field = p + 4 + (hasOriginalSize ? 8 : 0); // the original size comes first; we never trust it
    if (entry.compressedSize === 0xffffffff) {
      entry.compressedSize = u64(bytes, field);
      field += 8;
    }
    if (entry.localOffset === 0xffffffff) entry.localOffset = u64(bytes, field);
  }
}

/** Part names are ASCII in every .docx; other bytes are read as Latin-1 and simply never match. */
function entryName(bytes: Uint8Array): string {
  let name = '';
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

function readPart(bytes: Uint8Array, entry: Entry, fileName: string, limits: Limits, total: { bytes: number }): Uint8Array {
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw malformedDocx(fileName, 'gói ZIP bị hỏng');
  if (entry.flags & 1) throw malformedDocx(fileName, `${entry.name} bị mã hoá`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  // The declared compressed size bounds the read, and the file's end bounds the declaration.
  const data = bytes.subarray(Math.min(start, bytes.length), Math.min(start + entry.compressedSize, bytes.length));
  const counter = new ExpansionCounter(entry.name, fileName, limits, total);
  if (entry.method === 0) {
    counter.add(data.length, data.length);
    return data.slice();
  }
  if (entry.method !== 8) throw malformedDocx(fileName, `${entry.name} nén theo cách không hỗ trợ`);
  return inflateCounted(data, counter, fileName, entry.name);
}

function inflateCounted(data: Uint8Array, counter: ExpansionCounter, fileName: string, part: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let consumed = 0;
  const inflate = new Inflate((chunk) => {
    counter.add(chunk.length, consumed);
    chunks.push(chunk);
  });
  try {
    for (; consumed < data.length; ) {
      const step = data.subarray(consumed, consumed + STEP);
      consumed += step.length;
      inflate.push(step, false);
    }
    inflate.push(new Uint8Array(0), true);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw malformedDocx(fileName, `${part} không giải nén được`);
  }
  const out = new Uint8Array(counter.partBytes);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The running count of one part's inflated bytes, against the part, total and ratio limits. */
class ExpansionCounter {
  partBytes = 0;
  private readonly part: string;
  private readonly fileName: string;
  private readonly limits: Limits;
  private readonly total: { bytes: number };

  constructor(part: string, fileName: string, limits: Limits, total: { bytes: number }) {
    this.part = part;
    this.fileName = fileName;
    this.limits = limits;
    this.total = total;
  }

  /** Counts `bytes` more output after `consumed` bytes of compressed input. */
  add(bytes: number, consumed: number): void {
    this.partBytes += bytes;
    this.total.bytes += bytes;
    const { partBytes, totalBytes, ratio, ratioAfterBytes } = this.limits;
    if (this.partBytes > partBytes) throw expandsTooMuch(this.fileName, `${this.part} giải nén ra hơn ${mb(partBytes)}`, this.limits);
    if (this.total.bytes > totalBytes) throw expandsTooMuch(this.fileName, `các phần cộng lại giải nén ra hơn ${mb(totalBytes)}`, this.limits);
    if (this.partBytes > ratioAfterBytes && this.partBytes > ratio * Math.max(consumed, 1)) {
      throw expandsTooMuch(this.fileName, `${this.part} nở ra hơn ${ratio} lần so với dữ liệu nén`, this.limits);
    }
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
