import * as Y from 'yjs';
import { CONTENT_FRAGMENT } from '../document/contentFragment.ts';
import { nodeAttrsProblem } from './attrRules.ts';
import { schema } from '../editor/schema.ts';
import { SETTINGS_MAP } from '../document/documentSettings.ts';
import { settingsProblem } from './settingsProblem.ts';
import { ContentProblem, marksOf, nodeTypeOf, strictNodeOf, strictTextOf } from './strictNodeOf.ts';
import { usersItemProblem, USERS_MAP } from './usersProblem.ts';

/**
 * What a Yjs transaction added to a document that the document's schema does not allow, or
 * null when everything it added is allowed. Call it from the doc's `afterTransaction` event (the
 * new items are still unmerged there); it only reads.
 *
 * Only what the transaction *adds* is judged: every new element is converted and checked
 * completely (attributes, marks, content: `node.check()`), a new child must fit where it was put
 * (its parent's content expression, in order), and a new attribute, mark or setting must be
 * valid. Deletions are never refused: two people deleting at once can leave a cell or the
 * document without its required content, which no one of them did wrong, and refusing an edit
 * to a block that was already wrong would refuse every keystroke in it.
 */
export function transactionProblem(tr: Y.Transaction): string | null {
  try {
    checkTransaction(tr);
    return null;
  } catch (error) {
    if (error instanceof ContentProblem) return error.message;
    // Content so malformed that reading it throws is refused too, with what was thrown.
    return `nội dung không đọc được (${String((error as Error)?.message ?? error).slice(0, 60)})`;
  }
}

function checkTransaction(tr: Y.Transaction): void {
  const roots = new Map<Y.AbstractType<any>, string>();
  for (const [name, type] of tr.doc.share) roots.set(type, name);
  const isNew = (item: Y.Item) => item.id.clock >= (tr.beforeState.get(item.id.client) ?? 0);
  const sequences = new Set<Y.XmlFragment>();
  for (const item of newItems(tr)) {
    if (item.deleted) continue;
    if (!(item.parent instanceof Y.AbstractType)) throw new ContentProblem('nội dung không có chỗ trong văn kiện');
    const parent = item.parent as Y.AbstractType<any>;
    // Inside a new type: judged with that type, as one piece.
    if (parent._item && isNew(parent._item)) continue;
    if (!visible(parent)) continue;
    const rootName = roots.get(rootOf(parent));
    if (rootName === CONTENT_FRAGMENT) checkContentItem(item, parent, sequences);
    else if (rootName === SETTINGS_MAP) problem(settingsProblem(item, parent));
    else if (rootName === USERS_MAP) problem(usersItemProblem(item, parent));
    else throw new ContentProblem(`nhánh dữ liệu lạ "${String(rootName).slice(0, 40)}"`);
  }
  for (const parent of sequences) checkSequence(parent);
}

/** The items a transaction created, client by client, from its state before to after. */
function* newItems(tr: Y.Transaction): Generator<Y.Item> {
  for (const [client, after] of tr.afterState) {
    const before = tr.beforeState.get(client) ?? 0;
    const structs = tr.doc.store.clients.get(client);
    if (after <= before || !structs) continue;
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i];
      if (struct instanceof Y.Item) yield struct;
    }
  }
}

function rootOf(type: Y.AbstractType<any>): Y.AbstractType<any> {
  let t = type;
  while (t._item) t = t._item.parent as Y.AbstractType<any>;
  return t;
}

function visible(type: Y.AbstractType<any>): boolean {
  for (let t = type; t._item; t = t._item.parent as Y.AbstractType<any>) if (t._item.deleted) return false;
  return true;
}

function problem(message: string | null): void {
  if (message) throw new ContentProblem(message);
}

/** A new item in the ProseMirror content: a block, a child, an attribute, text or a mark. */
function checkContentItem(item: Y.Item, parent: Y.AbstractType<any>, sequences: Set<Y.XmlFragment>): void {
  const content = item.content;
  if (parent instanceof Y.XmlText) {
    if (item.parentSub !== null) throw new ContentProblem('văn bản mang thuộc tính lạ');
    if (content instanceof Y.ContentString) return;
    if (!(content instanceof Y.ContentFormat)) throw new ContentProblem('văn bản chứa đối tượng nhúng');
    if (content.value === null) return; // the end of a formatted range
    const owner = parent._item?.parent;
    const type = owner instanceof Y.XmlElement ? nodeTypeOf(owner.nodeName) : undefined;
    const marks = marksOf({ [content.key]: content.value });
    if (!type || !type.allowsMarks(marks)) throw new ContentProblem(`định dạng "${marks[0]?.type.name}" không được dùng ở đây`);
    return;
  }
  if (!(parent instanceof Y.XmlFragment)) throw new ContentProblem('nội dung nằm ngoài khối');
  const isRoot = !(parent instanceof Y.XmlElement);
  if (item.parentSub !== null) {
    if (isRoot) throw new ContentProblem('nội dung văn kiện mang thuộc tính lạ');
    const element = parent as Y.XmlElement;
    const type = nodeTypeOf(element.nodeName);
    if (!type) throw new ContentProblem(`khối lạ "${element.nodeName.slice(0, 40)}"`);
    if (!(content instanceof Y.ContentAny)) throw new ContentProblem(`${type.name}: thuộc tính không phải giá trị JSON`);
    problem(nodeAttrsProblem(type.name, { [item.parentSub]: content.arr[content.arr.length - 1] }));
    return;
  }
  const child = content instanceof Y.ContentType ? content.type : null;
  if (child instanceof Y.XmlElement) strictNodeOf(child);
  else if (child instanceof Y.XmlText && !isRoot) {
    const type = nodeTypeOf((parent as Y.XmlElement).nodeName);
    if (!type?.allowsMarks(strictTextOf(child).flatMap((n) => n.marks))) throw new ContentProblem('định dạng không được dùng ở đây');
  } else throw new ContentProblem(isRoot ? 'văn bản trần ở cấp cao nhất của văn kiện' : 'nội dung không phải khối hay văn bản');
  sequences.add(parent);
}

/**
 * Every child of `parent` fits its content expression, in order. A missing required child at
 * the end is accepted (deletions can cause it; see transactionProblem).
 */
function checkSequence(parent: Y.XmlFragment): void {
  const type = parent instanceof Y.XmlElement ? nodeTypeOf(parent.nodeName) : schema.topNodeType;
  if (!type) throw new ContentProblem('khối lạ');
  let match = type.contentMatch;
  for (const child of parent.toArray()) {
    const childType = child instanceof Y.XmlText ? schema.nodes.text : child instanceof Y.XmlElement ? nodeTypeOf(child.nodeName) : undefined;
    const next = childType && match.matchType(childType);
    if (!next) throw new ContentProblem(`${type.name === 'doc' ? 'văn kiện' : type.name}: "${childType?.name ?? '?'}" không được đặt ở vị trí này`);
    match = next;
  }
}
