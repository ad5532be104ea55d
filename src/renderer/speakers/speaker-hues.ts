/**
 * SpeakerHues: colours the speaker spans of the body with decorations, since
 * the CSP allows no style attributes. Each span gets `speaker-<kind>` (mention,
 * direct, paraphrase), its speaker's `speaker-hue-<n>` class and a tooltip
 * naming the speaker. It also shows what the speakers panel points at: every
 * span of the focused speaker (`speaker-focused`), the span being stepped to
 * (`speaker-current`) and a lint finding (`lint-current`).
 *
 * An edit maps the decorations and redoes only the text blocks it touched; a
 * change of what the panel points at (or a rename) redraws the whole body.
 */
import { Extension } from '@tiptap/core';
import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

import type { DocumentRange } from '../editor/text-blocks';
import { touchedTextBlocks } from '../editor/touched-blocks';
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
}

type HueMeta = Partial<Pick<HueState, 'focusedId' | 'current' | 'lint'>> & { refresh?: true };
type Pointers = Omit<HueState, 'decorations' | 'palette'>;

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
  return Decoration.inline(
    span.from,
    span.to,
    { class: `speaker-${span.kind} ${palette.classOf(span.speakerId)}${focused}`, title: `${name} — ${KIND_LABELS[span.kind]}` },
    { span: true },
  );
}

function decorate(doc: ProseMirrorNode, state: Pointers, nameOf: SpeakerHuesOptions['nameOf']): Pick<HueState, 'decorations' | 'palette'> {
  const decorations: Decoration[] = [];
  let currentHue = '';
  const spans = speakerSpansIn(doc);
  const palette = new SpeakerPalette(spans.map((span) => span.speakerId));
  for (const span of spans) {
    decorations.push(spanDecoration(span, state.focusedId, nameOf, palette));
    if (state.current && span.from === state.current.from && span.to === state.current.to) currentHue = palette.classOf(span.speakerId);
  }
  if (state.current && state.current.to > state.current.from) {
    decorations.push(Decoration.inline(state.current.from, state.current.to, { class: `speaker-current ${currentHue}` }));
  }
  if (state.lint && state.lint.to > state.lint.from) {
    decorations.push(Decoration.inline(state.lint.from, state.lint.to, { class: 'lint-current' }));
  }
  return { decorations: DecorationSet.create(doc, decorations), palette };
}

/** The colours after an edit: the old ones mapped (pointers included), the touched blocks' spans redone. */
function redecorate(transaction: Transaction, previous: HueState, nameOf: SpeakerHuesOptions['nameOf']): DecorationSet {
  let decorations = previous.decorations.map(transaction.mapping, transaction.doc);
  for (const block of touchedTextBlocks(transaction)) {
    const stale = decorations.find(block.from, block.to, (spec: { span?: boolean }) => spec.span === true);
    const fresh = speakerSpansInBlock(block.node, block.from).map((span) =>
      spanDecoration(span, previous.focusedId, nameOf, previous.palette),
    );
    decorations = decorations.remove(stale).add(transaction.doc, fresh);
  }
  return decorations;
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
        const initial = { focusedId: null, current: null, lint: null };
        return { ...initial, ...decorate(doc, initial, nameOf) };
      },
      apply: (transaction, previous, _oldState, newState) => {
        const meta = transaction.getMeta(speakerHuesKey) as HueMeta | undefined;
        if (!meta && !transaction.docChanged) return previous;
        if (!meta) {
          const mapped = {
            focusedId: previous.focusedId,
            current: mapRange(previous.current, transaction),
            lint: mapRange(previous.lint, transaction),
          };
          return { ...mapped, palette: previous.palette, decorations: redecorate(transaction, previous, nameOf) };
        }
        const next = {
          focusedId: meta && 'focusedId' in meta ? (meta.focusedId ?? null) : previous.focusedId,
          current: meta && 'current' in meta ? (meta.current ?? null) : mapRange(previous.current, transaction),
          lint: meta && 'lint' in meta ? (meta.lint ?? null) : mapRange(previous.lint, transaction),
        };
        return { ...next, ...decorate(newState.doc, next, nameOf) };
      },
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
