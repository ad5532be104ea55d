/**
 * The formatting toolbar's actions: what each button is called, shows, runs and
 * whether it is active, in toolbar order. Groups are separated by `null`.
 */
import type { Editor } from '@tiptap/core';
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';

import { canTagSpeaker, isSpeakerTagged, SPEAKER_TAG_SHORTCUTS } from '../speakers/speaker-tagging';

export interface ToolbarAction {
  /** Accessible name and tooltip text. */
  label: string;
  /** The shortcut as shown, "Mod" standing for Ctrl/Cmd. */
  shortcut?: string;
  icon: TemplateResult | SVGTemplateResult;
  run: (editor: Editor) => boolean;
  isActive?: (editor: Editor) => boolean;
  isEnabled?: (editor: Editor) => boolean;
}

const icon = (paths: SVGTemplateResult) => html`<svg viewBox="0 0 20 20" aria-hidden="true" class="icon">${paths}</svg>`;
const glyph = (text: string, className: string) => html`<span class="glyph ${className}" aria-hidden="true">${text}</span>`;

export const TOOLBAR_ACTIONS: (ToolbarAction | null)[] = [
  {
    label: 'Bold',
    shortcut: 'Mod+B',
    icon: glyph('B', 'bold'),
    run: (editor) => editor.chain().focus().toggleBold().run(),
    isActive: (editor) => editor.isActive('bold'),
  },
  {
    label: 'Italic',
    shortcut: 'Mod+I',
    icon: glyph('I', 'italic'),
    run: (editor) => editor.chain().focus().toggleItalic().run(),
    isActive: (editor) => editor.isActive('italic'),
  },
  {
    label: 'Strikethrough',
    shortcut: 'Mod+Shift+S',
    icon: glyph('S', 'strike'),
    run: (editor) => editor.chain().focus().toggleStrike().run(),
    isActive: (editor) => editor.isActive('strike'),
  },
  {
    label: 'Code',
    shortcut: 'Mod+E',
    icon: icon(svg`<path d="M7.5 6 3.5 10l4 4M12.5 6l4 4-4 4" />`),
    run: (editor) => editor.chain().focus().toggleCode().run(),
    isActive: (editor) => editor.isActive('code'),
  },
  null,
  {
    label: 'H2: Heading 2',
    shortcut: 'Mod+Alt+2',
    icon: glyph('H2', 'heading'),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 2 }).run(),
    isActive: (editor) => editor.isActive('heading', { level: 2 }),
  },
  {
    label: 'H3: Heading 3',
    shortcut: 'Mod+Alt+3',
    icon: glyph('H3', 'heading'),
    run: (editor) => editor.chain().focus().toggleHeading({ level: 3 }).run(),
    isActive: (editor) => editor.isActive('heading', { level: 3 }),
  },
  null,
  {
    label: 'Bulleted list',
    shortcut: 'Mod+Shift+8',
    icon: icon(
      svg`<circle cx="4.5" cy="6" r="1.2" class="dot" /><circle cx="4.5" cy="14" r="1.2" class="dot" /><path d="M8 6h9M8 14h9" />`,
    ),
    run: (editor) => editor.chain().focus().toggleBulletList().run(),
    isActive: (editor) => editor.isActive('bulletList'),
  },
  {
    label: 'Numbered list',
    shortcut: 'Mod+Shift+7',
    icon: icon(svg`<path d="M3.5 4.5h1.2v3.5M3.3 8h2.6M3.4 12.2c.3-.6 2.4-.8 2.3.5-.1 1-2.4 1.7-2.4 2.8h2.6M8.5 6h8.5M8.5 14h8.5" />`),
    run: (editor) => editor.chain().focus().toggleOrderedList().run(),
    isActive: (editor) => editor.isActive('orderedList'),
  },
  {
    label: 'Quote',
    shortcut: 'Mod+Shift+B',
    icon: icon(svg`<path d="M4 4.5v11M8 6h8.5M8 10h8.5M8 14h6" />`),
    run: (editor) => editor.chain().focus().toggleBlockquote().run(),
    isActive: (editor) => editor.isActive('blockquote'),
  },
  {
    label: 'Horizontal rule',
    icon: icon(svg`<path d="M3 10h14" /><path d="M6 5.5h8M6 14.5h8" class="faint" />`),
    run: (editor) => editor.chain().focus().setHorizontalRule().run(),
  },
  null,
  {
    label: 'Tag speaker mention',
    shortcut: SPEAKER_TAG_SHORTCUTS.mention,
    icon: icon(svg`<circle cx="10" cy="7" r="3" /><path d="M4.5 16.5c.8-3 3-4.5 5.5-4.5s4.7 1.5 5.5 4.5" />`),
    run: (editor) => editor.commands.requestSpeakerTag('mention'),
    isActive: (editor) => editor.isActive('speakerMention'),
    isEnabled: canTagSpeaker,
  },
  {
    label: 'Tag direct quote',
    shortcut: SPEAKER_TAG_SHORTCUTS.direct,
    icon: glyph('“”', 'quote-marks'),
    run: (editor) => editor.commands.requestSpeakerTag('direct'),
    isActive: (editor) => editor.isActive('speakerAttribution', { kind: 'direct' }),
    isEnabled: canTagSpeaker,
  },
  {
    label: 'Tag paraphrase',
    shortcut: SPEAKER_TAG_SHORTCUTS.paraphrase,
    icon: icon(svg`<path d="M4 5.5h12v7H9l-3.5 3v-3H4z" /><path d="M7 9h6" class="faint" />`),
    run: (editor) => editor.commands.requestSpeakerTag('paraphrase'),
    isActive: (editor) => editor.isActive('speakerAttribution', { kind: 'paraphrase' }),
    isEnabled: canTagSpeaker,
  },
  {
    label: 'Untag speaker',
    shortcut: SPEAKER_TAG_SHORTCUTS.untag,
    icon: icon(svg`<circle cx="10" cy="7" r="3" /><path d="M4.5 16.5c.8-3 3-4.5 5.5-4.5s4.7 1.5 5.5 4.5" /><path d="M3.5 3.5l13 13" />`),
    run: (editor) => editor.chain().focus().untagSpeaker().run(),
    isEnabled: isSpeakerTagged,
  },
  null,
  {
    label: 'Undo',
    shortcut: 'Mod+Z',
    icon: icon(svg`<path d="M7.5 4.5 4 8l3.5 3.5" /><path d="M4.5 8H12a4 4 0 0 1 0 8H9" />`),
    run: (editor) => editor.chain().focus().undo().run(),
    isEnabled: (editor) => editor.can().undo(),
  },
  {
    label: 'Redo',
    shortcut: 'Mod+Shift+Z',
    icon: icon(svg`<path d="M12.5 4.5 16 8l-3.5 3.5" /><path d="M15.5 8H8a4 4 0 0 0 0 8h3" />`),
    run: (editor) => editor.chain().focus().redo().run(),
    isEnabled: (editor) => editor.can().redo(),
  },
  null,
  {
    label: 'Insert picture',
    icon: icon(
      svg`<rect x="3" y="4.5" width="14" height="11" rx="1.5" /><circle cx="7.5" cy="8.5" r="1.3" /><path d="m3.5 14 4-3.5 3 2.5 2.5-2 3.5 3" />`,
    ),
    run: (editor) => editor.commands.choosePicture(),
  },
];
