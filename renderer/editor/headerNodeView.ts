import type { Node } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import type { DocumentHeader } from '../../shared/document/header.ts';
import { placeAndDate } from '../../shared/export/headerBlockXml.ts';
import { TITLE_DASHES } from '../../shared/export/layout.ts';

/** A <div> with a class and optional text; empty text gives an empty (hidden by CSS) element. */
function el(className: string, text = '', tag = 'div'): HTMLElement {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = text;
  return element;
}

/** Issuing body lines, the last (the body itself) bold, then the asterisk and the number. */
function leftColumn(h: DocumentHeader): HTMLElement {
  const left = el('hdr-left');
  const lines = h.issuingBody.split('\n').map((l) => l.trim()).filter(Boolean);
  lines.forEach((line, i) => left.append(el(i === lines.length - 1 ? 'hdr-issuing' : 'hdr-issuing-upper', line)));
  if (lines.length) left.append(el('hdr-star', '*'));
  left.append(el('hdr-number', h.number));
  return left;
}

function rightColumn(h: DocumentHeader): HTMLElement {
  const right = el('hdr-right');
  right.append(el('hdr-superior', h.superiorBody), el('hdr-rule'), el('hdr-date', placeAndDate(h)));
  return right;
}

/**
 * The document header drawn as Hướng dẫn 36-HD lays it out: issuing body with its asterisk and
 * the number on the left, "ĐẢNG CỘNG SẢN VIỆT NAM" with its rule and the place and date (italic)
 * on the right, the DỰ THẢO marker above, then the document type and title centred. It is an
 * atom: its fields are edited in a form (the edit button calls `onEdit`), never typed in place.
 */
export class HeaderNodeView implements NodeView {
  dom: HTMLElement;
  private node: Node;
  private readonly onEdit: () => void;
  private readonly editLabel: string;

  constructor(node: Node, onEdit: () => void, editLabel: string) {
    this.node = node;
    this.onEdit = onEdit;
    this.editLabel = editLabel;
    this.dom = el('doc-header');
    this.dom.contentEditable = 'false';
    this.dom.dataset.testid = 'doc-header';
    this.render();
  }

  private render(): void {
    const h = this.node.attrs as unknown as DocumentHeader;
    const edit = el('hdr-edit no-print', '✎', 'button') as HTMLButtonElement;
    edit.type = 'button';
    edit.title = this.editLabel;
    edit.setAttribute('aria-label', edit.title);
    edit.dataset.testid = 'header-edit';
    edit.addEventListener('mousedown', (event) => event.preventDefault());
    edit.addEventListener('click', () => this.onEdit());
    const table = el('hdr-table');
    table.append(leftColumn(h), rightColumn(h));
    const title = h.title.trim();
    this.dom.replaceChildren(
      edit,
      el('hdr-draft', h.draftLabel.trim()),
      table,
      el('hdr-type', h.docType.trim()),
      el('hdr-title', title),
      el('hdr-dashes', title ? TITLE_DASHES : ''),
    );
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    return (event.target as HTMLElement).closest?.('.hdr-edit') !== null;
  }

  ignoreMutation(): boolean {
    return true;
  }
}
