import { type RefObject, useEffect } from 'react';

/**
 * Opens a `<dialog>` as a modal once it is mounted, and gives the focus to its default answer
 * (the element marked `data-autofocus`, as DialogActions marks an answer with `autoFocus`).
 * React's `autoFocus` focuses on mount, before `showModal()`, and `showModal()` then moves the
 * focus to the dialog's first button ("Huỷ"), so Enter cancelled a confirmation it should confirm.
 */
export function useModal(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [ref]);
}
