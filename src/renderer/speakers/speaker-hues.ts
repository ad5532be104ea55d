/**
 * SpeakerHues: colours the speaker spans of the body with decorations, since
 * the CSP allows no style attributes. Each span gets `speaker-<kind>` (mention,
 * direct, paraphrase), its speaker's `speaker-hue-<n>` class and a tooltip
 * naming the speaker. It also shows what the speakers panel points at: every
 * span of the focused speaker (`speaker-focused`), the span being stepped to
 * (`speaker-current`) and a lint finding (`lint-current`).
 *
 * An edit maps the decorations and redoes only the text blocks it touched; a
 * change of what the panel points at (or a rename) redraws the whole body. A
 * long story is coloured in chunks after it opens (editor/block-decorations.ts).
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, type DecorationSet } from '@tiptap/pm/view';

import { fillBlockDecorations, mapBlockDecorations, openBlockDecorations, scheduleFill } from '../editor/block-decorations';
import type { DocumentRange } from '../editor/text-blocks';
import { type DocumentSpeakerSpan, type SpeakerSpanKind, speakerSpansIn, speakerSpansInBlock } from './doc-speaker-spans';
import { SpeakerPalette } from './speaker-hue';

export interface SpeakerHuesOptions {
  /** The speaker's name for tooltips; the id when unknown. */
  nameOf: (speakerId: string) => string | undefined;
}

interface HueState {
  /** Colours by order of appearance, set at the last full redraw; speakers tagged since take the next ones. */
  palette: SpeakerPalette;
  focusedId: string | null;
  current: DocumentRange | null;
  lint: DocumentRange | null;
  decorations: DecorationSet;
  /** Where the chunked fill of a long story goes on (block-decorations.ts); null when done. */
  pending: number | null;
}

type HueMeta = Partial<Pick<HueState, 'focusedId' | 'current' | 'lint'>> & { refresh?: true; fill?: true };
type Pointers = Pick<HueState, 'focusedId' | 'current' | 'lint'>;

const speakerHuesKey = new PluginKey<HueState>('speakerHues');

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    speakerHues: {
      /** Highlights every span of one speaker (null: none). */
      focusSpeaker: (speakerId: string | null) => ReturnType;
      /** Outlines one range: the span being stepped to, or a lint finding. */
      pointAt: (range: DocumentRange | null, as: 'speaker' | 'lint') => ReturnType;
      /** Redraws the tooltips after speakers were renamed. */
      refreshSpeakerHues: () => ReturnType;
    };
  }
}

const KIND_LABELS: Record<SpeakerSpanKind, string> = { mention: 'mention', direct: 'direct quote', paraphrase: 'paraphrase' };

/** The colour of one span; `spec.span` tells these apart from the pointer decorations. */
function spanDecoration(
  span: DocumentSpeakerSpan,
  focusedId: string | null,
  nameOf: SpeakerHuesOptions['nameOf'],
  palette: SpeakerPalette,
): Decoration {
  const focused = span.speakerId === focusedId ? ' speaker-focused' : '';
  const name = nameOf(span.speakerId) ?? 'Unknown speaker';
  const attributes = {
    class: `speaker-${span.kind} ${palette.classOf(span.speakerId)}${focused}`,
    title: `${name} — ${KIND_LABELS[span.kind]}`,
  };
  return Decoration.inline(span.from, span.to, attributes, { span: true, look: `${attributes.class}|${attributes.title}` });
}

/** The pointer decorations: the span being stepped to, or a lint finding. */
function pointerDecorations(state: Pointers, currentHue: string): Decoration[] {
  const decorations: Decoration[] = [];
  if (state.current && state.current.to > state.current.from) {
    decorations.push(Decoration.inline(state.current.from, state.current.to, { class: `speaker-current ${currentHue}` }));
  }
  if (state.lint && state.lint.to > state.lint.from) {
    decorations.push(Decoration.inline(state.lint.from, state.lint.to, { class: 'lint-current' }));
  }
  return decorations;
}

const isSpan = (spec: { span?: boolean }) => spec.span === true;

function blockDecorator(state: Pick<HueState, 'focusedId' | 'palette'>, nameOf: SpeakerHuesOptions['nameOf']) {
  return (block: ProseMirrorNode, from: number) =>
    speakerSpansInBlock(block, from).map((span) => spanDecoration(span, state.focusedId, nameOf, state.palette));
}

/** Everything redrawn: a new palette; the spans decorated at once, or in chunks for a long story. */
function decorate(doc: ProseMirrorNode, state: Pointers, nameOf: SpeakerHuesOptions['nameOf']): Omit<HueState, keyof Pointers> {
  const spans = speakerSpansIn(doc);
  const palette = new SpeakerPalette(spans.map((span) => span.speakerId));
  const current = state.current && spans.find((span) => span.from === state.current?.from && span.to === state.current.to);
  const pointers = pointerDecorations(state, current ? palette.classOf(current.speakerId) : '');
  return { palette, ...openBlockDecorations(doc, blockDecorator({ focusedId: state.focusedId, palette }, nameOf), pointers) };
}

function mapRange(range: DocumentRange | null, transaction: Transaction): DocumentRange | null {
  if (!range) return null;
  const from = transaction.mapping.map(range.from, 1);
  const to = transaction.mapping.map(range.to, -1);
  return to > from ? { from, to } : null;
}

/** The colours the body uses for its speakers now, for the panel and the picker to match. */
export function speakerPaletteOf(state: EditorState): SpeakerPalette {
  return speakerHuesKey.getState(state)?.palette ?? new SpeakerPalette();
}

/** The hue plugin on its own (the extension below adds it to the body's editor). */
export function speakerHuesPlugin(nameOf: SpeakerHuesOptions['nameOf']): Plugin<HueState> {
  return new Plugin<HueState>({
    key: speakerHuesKey,
    state: {
      init: (_config, { doc }) => {
        const initial: Pointers = { focusedId: null, current: null, lint: null };
        return { ...initial, ...decorate(doc, initial, nameOf) };
      },
      apply: (transaction, previous, _oldState, newState) => {
        const meta = transaction.getMeta(speakerHuesKey) as HueMeta | undefined;
        if (!meta && !transaction.docChanged) return previous;
        const mapped = {
          focusedId: previous.focusedId,
          current: mapRange(previous.current, transaction),
          lint: mapRange(previous.lint, transaction),
        };
        const decorateBlock = blockDecorator(previous, nameOf);
        const blocks = mapBlockDecorations(transaction, previous, decorateBlock, isSpan);
        if (!meta) return { ...mapped, palette: previous.palette, ...blocks };
        if (meta.fill && Object.keys(meta).length === 1) {
          return { ...mapped, palette: previous.palette, ...fillBlockDecorations(newState.doc, blocks, decorateBlock, isSpan) };
        }
        const next = {
          focusedId: 'focusedId' in meta ? (meta.focusedId ?? null) : previous.focusedId,
          current: 'current' in meta ? (meta.current ?? null) : mapped.current,
          lint: 'lint' in meta ? (meta.lint ?? null) : mapped.lint,
        };
        return { ...next, ...decorate(newState.doc, next, nameOf) };
      },
    },
    view: (view) => {
      const fill = scheduleFill(
        view,
        () => speakerHuesKey.getState(view.state)?.pending != null,
        () => view.dispatch(view.state.tr.setMeta(speakerHuesKey, { fill: true }).setMeta('addToHistory', false)),
      );
      return { update: () => fill.kick(), destroy: () => fill.destroy() };
    },
    props: {
      decorations: (state) => speakerHuesKey.getState(state)?.decorations,
    },
  });
}

export const SpeakerHues = Extension.create<SpeakerHuesOptions>({
  name: 'speakerHues',

  addOptions() {
    return { nameOf: () => undefined };
  },

  addCommands() {
    const meta =
      (value: HueMeta) =>
      ({ tr, dispatch }: { tr: Transaction; dispatch?: (tr: Transaction) => void }) => {
        // Chained commands share one transaction: merge with what an earlier one asked for.
        if (dispatch)
          tr.setMeta(speakerHuesKey, { ...(tr.getMeta(speakerHuesKey) as HueMeta | undefined), ...value }).setMeta('addToHistory', false);
        return true;
      };
    return {
      focusSpeaker: (speakerId) => meta({ focusedId: speakerId }),
      pointAt: (range, as) => meta(as === 'lint' ? { lint: range, current: null } : { current: range, lint: null }),
      refreshSpeakerHues: () => meta({ refresh: true }),
    };
  },

  addProseMirrorPlugins() {
    const { nameOf } = this.options;
    return [speakerHuesPlugin(nameOf)];
  },
});
