import { AppError } from '../../../shared/errors.ts';

/** A login refused for too many failures: `rate_limited`, a sentence saying when, and the seconds to wait (Retry-After). */
export class RateLimited extends AppError {
  readonly retryAfterSeconds: number;
  constructor(until: number, now: number) {
    const seconds = Math.max(1, Math.ceil((until - now) / 1000));
    const minutes = Math.ceil(seconds / 60);
    const at = new Date(until).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit', hour12: false });
    super('rate_limited', `Đăng nhập sai quá nhiều lần. Hãy thử lại sau ${minutes} phút (sau ${at}).`);
    this.retryAfterSeconds = seconds;
  }
}
