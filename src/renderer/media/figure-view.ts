/**
 * The figure's node view: the picture (through a blob: URL, picture-urls.ts),
 * its caption and credit as a reader sees them, a note when the alt text is
 * missing, and an "Edit picture details" button that opens <nd-figure-form>
 * beneath it. Saving the form changes the node's attributes in one
 * transaction (so Undo takes it back, and a published story asks first).
 */
import './nd-figure-form';

import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { EditorView, NodeView } from '@tiptap/pm/view';

import type { FigureFields, NdFigureForm } from './nd-figure-form';
import { pictureUrl } from './picture-urls';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  made.className = className;
  if (text) made.textContent = text;
  return made;
}

export class FigureView implements NodeView {
  readonly dom: HTMLElement;
  private node: ProseMirrorNode;
  private readonly image = element('img', 'picture-image');
  private readonly missing = element('p', 'picture-missing');
  private readonly caption = element('span', 'picture-caption');
  private readonly credit = element('span', 'picture-credit');
  private readonly altNote = element('span', 'picture-alt-missing', 'No alt text');
  private readonly editButton = element('button', 'button small picture-edit', 'Edit picture details');
  private form: NdFigureForm | null = null;

  constructor(
    node: ProseMirrorNode,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
  ) {
    this.node = node;
    this.dom = element('figure', 'picture');
    this.dom.contentEditable = 'false';
    this.dom.dataset.picture = '';
    this.editButton.type = 'button';
    this.editButton.addEventListener('click', () => this.openForm());
    const frame = element('div', 'picture-frame');
    frame.append(this.image, this.missing);
    const caption = element('figcaption', 'picture-text');
    caption.append(this.caption, this.credit);
    const bar = element('div', 'picture-bar');
    bar.append(this.altNote, this.editButton);
    this.dom.append(frame, caption, bar);
    this.render();
  }

  update(node: ProseMirrorNode): boolean {
    if (node.type !== this.node.type) return false;
    const srcChanged = node.attrs.src !== this.node.attrs.src;
    this.node = node;
    this.render(srcChanged);
    return true;
  }

  selectNode(): void {
    this.dom.classList.add('selected');
  }

  deselectNode(): void {
    this.dom.classList.remove('selected');
  }

  /** Clicks and keys in the form and on the button are theirs, not the editor's. */
  stopEvent(event: Event): boolean {
    const target = event.target as Node | null;
    return target !== null && (this.form?.contains(target) === true || this.editButton.contains(target));
  }

  ignoreMutation(): boolean {
    return true;
  }

  destroy(): void {
    this.form?.remove();
  }

  private fields(): FigureFields {
    const { alt, caption, credit, rights } = this.node.attrs as FigureFields;
    return { alt, caption, credit, rights };
  }

  private render(srcChanged = true): void {
    const { alt, caption, credit } = this.fields();
    this.dom.dataset.src = this.node.attrs.src as string;
    this.image.alt = alt;
    this.caption.textContent = caption || 'No caption';
    this.caption.classList.toggle('empty', !caption);
    this.credit.textContent = credit;
    this.credit.hidden = !credit;
    this.altNote.hidden = alt !== '';
    this.dom.classList.toggle('needs-alt', alt === '');
    this.editButton.setAttribute(
      'aria-label',
      alt ? `Edit picture details: ${alt.slice(0, 80)}` : 'Edit picture details (no alt text yet)',
    );
    if (srcChanged) this.load();
  }

  private load(): void {
    const src = this.node.attrs.src as string;
    this.missing.hidden = true;
    this.image.hidden = false;
    this.image.removeAttribute('src');
    pictureUrl(src).then(
      (url) => {
        if (this.node.attrs.src === src) this.image.src = url;
      },
      () => {
        if (this.node.attrs.src !== src) return;
        this.image.hidden = true;
        this.missing.hidden = false;
        this.missing.textContent = 'This picture is missing from the desk. Delete it and insert the picture again.';
      },
    );
  }

  private openForm(): void {
    if (!this.form) {
      this.form = document.createElement('nd-figure-form');
      this.form.className = 'picture-form';
      this.form.addEventListener('nd-figure-save', (event) => this.save(event.detail.fields));
      this.form.addEventListener('nd-figure-cancel', () => this.closeForm());
      this.dom.append(this.form);
    }
    this.form.fields = this.fields();
    this.form.hidden = false;
    void this.form.focusField();
  }

  private closeForm(): void {
    if (this.form) this.form.hidden = true;
    this.editButton.focus();
  }

  private save(fields: FigureFields): void {
    const position = this.getPos();
    if (position === undefined) return;
    this.closeForm();
    this.view.dispatch(this.view.state.tr.setNodeMarkup(position, undefined, { ...this.node.attrs, ...fields }));
    this.view.focus();
  }
}
