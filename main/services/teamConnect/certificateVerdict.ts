/**
 * What to do with the certificate a team server presents, decided from the pins alone (no I/O),
 * for the desktop's connection and for every request its window makes:
 * - a server with a pin is trusted only with that very certificate, whatever the system says
 *   (`pinned` or `changed`): a pin is the person's word that this is their server;
 * - without a pin, a certificate the system trusts is used as any browser would (`system`);
 *   one it does not trust is shown to the person with its fingerprint (`ask`).
 */
export type CertificateVerdict = 'pinned' | 'changed' | 'system' | 'ask';

export function certificateVerdict(presented: string, pinned: readonly string[], trustedBySystem: boolean): CertificateVerdict {
  if (pinned.length > 0) return pinned.includes(presented) ? 'pinned' : 'changed';
  return trustedBySystem ? 'system' : 'ask';
}

/** The refusal of a changed certificate: what happened, what it may mean, what to do. */
export function changedCertificateMessage(origin: string, pinned: string, presented: string): string {
  return (
    `Chứng chỉ của máy chủ nhóm ${origin} đã thay đổi so với chứng chỉ bạn đã tin cậy, nên ứng dụng không kết nối. ` +
    `Có thể máy chủ vừa được cấp chứng chỉ mới, nhưng cũng có thể có kẻ đang mạo danh máy chủ để lấy mật khẩu. ` +
    `Hãy hỏi người quản trị máy chủ vân tay SHA-256 mới trước khi tin cậy lại.\n` +
    `Vân tay đã tin cậy: ${pinned}\nVân tay máy chủ đưa ra: ${presented}`
  );
}
