import { AppError } from '../../../shared/errors.ts';
import type { identityContract } from '../../../shared/rpc/identityContract.ts';
import { personOf } from '../../services/identity/personOf.ts';
import type { HandlersFor } from './handlers.ts';

export const identityHandlers: HandlersFor<keyof typeof identityContract> = {
  'identity.me': (_input, { caller, identity }) => ({ ...personOf(caller, identity), editable: caller.kind === 'owner' }),
  'identity.set': (input, { caller, identity }) => {
    if (caller.kind !== 'owner') throw new AppError('forbidden', 'Trên máy chủ nhóm, tên hiển thị của bạn do quản trị viên đặt. Hãy nhờ quản trị viên đổi.');
    return identity.set(input);
  },
};
