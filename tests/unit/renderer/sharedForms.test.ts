// @vitest-environment jsdom
import { act, createElement as h, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../../renderer/i18n/I18nProvider.tsx';
import { DialogActions } from '../../../renderer/ui/DialogActions.tsx';
import { NewItemForm } from '../../../renderer/ui/NewItemForm.tsx';

// React's act() checks this flag before it runs effects and updates synchronously.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let unmount = () => {};
afterEach(() => unmount());

/** Draws `node` inside the Vietnamese I18nProvider and returns its host element. */
function draw(node: ReactNode): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(h(I18nProvider, null, node)));
  unmount = () => {
    act(() => root.unmount());
    host.remove();
  };
  return host;
}

const noop = () => {};

describe('the Cancel/OK row of a dialog', () => {
  it.each([
    [
      'a form’s submit button',
      h(DialogActions, { onCancel: noop, answer: { label: 'Lưu', submit: true, testId: 'header-save' } }),
      '<div class="dialog-actions"><button type="button">Huỷ</button><button type="submit" data-testid="header-save">Lưu</button></div>',
    ],
    [
      'a disabled answer',
      h(DialogActions, { onCancel: noop, answer: { label: 'Chốt dự thảo', submit: true, disabled: true, testId: 'draft-submit' } }),
      '<div class="dialog-actions"><button type="button">Huỷ</button><button type="submit" disabled="" data-testid="draft-submit">Chốt dự thảo</button></div>',
    ],
    [
      'a dangerous answer',
      h(DialogActions, { onCancel: noop, answer: { label: 'Đồng ý', danger: true, onClick: noop } }),
      '<div class="dialog-actions"><button type="button">Huỷ</button><button type="button" class="danger">Đồng ý</button></div>',
    ],
    [
      'buttons of its own on the left and another cancel label',
      h(DialogActions, { onCancel: noop, cancelLabel: 'Đóng', answer: { label: 'Lưu', onClick: noop, testId: 'numbering-save' }, start: h('button', { type: 'button' }, 'Khôi phục mặc định') }),
      '<div class="dialog-actions"><button type="button">Khôi phục mặc định</button><span class="spacer"></span><button type="button">Đóng</button><button type="button" data-testid="numbering-save">Lưu</button></div>',
    ],
  ])('draws %s as the dialogs did by hand', (_name, node, html) => {
    expect(draw(node).innerHTML).toBe(html);
  });

  it('cancels with the first button and answers with the second, focused when asked', () => {
    const onCancel = vi.fn();
    const onClick = vi.fn();
    const [cancel, answer] = [...draw(h(DialogActions, { onCancel, answer: { label: 'Đồng ý', autoFocus: true, onClick } })).querySelectorAll('button')];
    expect(document.activeElement).toBe(answer);
    act(() => cancel.click());
    expect([onCancel.mock.calls.length, onClick.mock.calls.length]).toEqual([1, 0]);
    act(() => answer.click());
    expect([onCancel.mock.calls.length, onClick.mock.calls.length]).toEqual([1, 1]);
  });
});

describe('the "new …" form', () => {
  const form = (props: Partial<Parameters<typeof NewItemForm>[0]> = {}) =>
    h(NewItemForm, {
      label: 'Tạo văn kiện',
      name: 'Tên văn kiện',
      placeholder: 'Ví dụ: Báo cáo chính trị',
      value: 'Nghị quyết',
      onChange: noop,
      onCreate: noop,
      testIds: { field: 'document-title', create: 'document-create' },
      ...props,
    });

  it('draws a required, named text field and the create button, after any fields of the list’s own', () => {
    expect(draw(form({ children: h('label', null, 'Loại') })).innerHTML).toBe(
      '<form class="inline-form"><label>Loại</label><label>Tạo văn kiện<input placeholder="Ví dụ: Báo cáo chính trị" aria-label="Tên văn kiện" data-testid="document-title" required="" value="Nghị quyết"></label>' +
        '<button type="submit" data-testid="document-create">Tạo</button></form>',
    );
  });

  it('creates on submit without leaving the page, and reports what is typed', () => {
    const onCreate = vi.fn();
    const onChange = vi.fn();
    const host = draw(form({ onCreate, onChange }));
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    act(() => host.querySelector('form')!.dispatchEvent(submit));
    expect(onCreate).toHaveBeenCalledTimes(1);
    expect(submit.defaultPrevented).toBe(true);
    const input = host.querySelector('input')!;
    act(() => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, 'Nghị quyết Đại hội');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith('Nghị quyết Đại hội');
  });
});
