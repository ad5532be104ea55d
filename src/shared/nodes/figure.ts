/**
 * The figure node: one picture in the body, with its caption, credit, alt text
 * and rights (usage terms).
 *
 * An atom: caption and credit are short plain-text fields edited together with
 * the alt text and rights in the figure's form (src/renderer/media/), not
 * free text the cursor walks through. So the story's prose (word count,
 * spellcheck, the attribution detector) stays the prose, and every exporter
 * writes the fields exactly as typed (a Markdown image title, a ninjs
 * description).
 *
 * `src` is a stored picture's reference (`media/<sha256>.<ext>`, see
 * media/picture-file.ts); main refuses a body whose figure names anything else.
 * `width` and `height` are the picture's pixels, when its header says.
 * Every attribute round-trips through `data-*` in HTML, so copy/paste inside
 * the editor keeps it; how the picture is shown is the renderer's node view.
 */
import { mergeAttributes, Node } from '@tiptap/core';

/** The text fields of a figure, each '' when not given. */
export const FIGURE_TEXT_FIELDS = ['alt', 'caption', 'credit', 'rights'] as const;
export type FigureTextField = (typeof FIGURE_TEXT_FIELDS)[number];

export interface FigureAttributes extends Record<FigureTextField, string> {
  src: string;
  /** The picture's size in pixels, when its header says (exports give it to `<img>` and ninjs renditions). */
  width?: number | null;
  height?: number | null;
}

/** The longest a figure's caption, credit, alt text or rights may be. */
export const MAX_FIGURE_FIELD_LENGTH = 2_000;

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: {
      /** Inserts a picture at the selection (replacing a selected block). */
      insertFigure: (attributes: FigureAttributes) => ReturnType;
      /** Changes the fields of the figure at `position`. */
      updateFigure: (position: number, attributes: Partial<FigureAttributes>) => ReturnType;
    };
  }
}

const stringAttribute = (name: string) => ({
  default: '',
  parseHTML: (element: HTMLElement) => element.getAttribute(`data-${name}`) ?? '',
  renderHTML: (attributes: Record<string, unknown>) => {
    const value = attributes[name];
    return typeof value === 'string' && value !== '' ? { [`data-${name}`]: value } : {};
  },
});

const pixelAttribute = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => {
    const value = Number.parseInt(element.getAttribute(`data-${name}`) ?? '', 10);
    return Number.isSafeInteger(value) && value > 0 ? value : null;
  },
  renderHTML: (attributes: Record<string, unknown>) => {
    const value = attributes[name];
    return typeof value === 'number' ? { [`data-${name}`]: String(value) } : {};
  },
});

export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      src: stringAttribute('src'),
      alt: stringAttribute('alt'),
      caption: stringAttribute('caption'),
      credit: stringAttribute('credit'),
      rights: stringAttribute('rights'),
      width: pixelAttribute('width'),
      height: pixelAttribute('height'),
    };
  },

  parseHTML() {
    return [{ tag: 'figure[data-picture]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const caption = [node.attrs.caption, node.attrs.credit].filter((text: string) => text !== '').join(' — ');
    return ['figure', mergeAttributes({ 'data-picture': '' }, HTMLAttributes), ['figcaption', {}, caption]];
  },

  addCommands() {
    return {
      insertFigure:
        (attributes) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: attributes }),
      updateFigure:
        (position, attributes) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(position);
          if (node?.type.name !== this.name) return false;
          if (dispatch) tr.setNodeMarkup(position, undefined, { ...node.attrs, ...attributes });
          return true;
        },
    };
  },
});
