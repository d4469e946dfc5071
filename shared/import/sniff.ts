/**
 * What a file is by its first bytes, not its name: a ZIP package (.docx), an OLE compound file
 * (an old .doc, or a password-protected .docx, which Word wraps in OLE with an
 * "EncryptedPackage" stream), or anything else.
 */

export type Container = 'zip' | 'ole-encrypted' | 'ole' | 'other';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** The OLE directory names streams in UTF-16LE: look for "EncryptedPackage" that way. */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) {
      if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6)) return 'zip';
  if (startsWith(bytes, OLE_SIGNATURE)) return hasUtf16Name(bytes, 'EncryptedPackage') ? 'ole-encrypted' : 'ole';
  return 'other';
}
