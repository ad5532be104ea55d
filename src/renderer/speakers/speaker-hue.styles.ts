/**
 * The speaker palette: `speaker-hue-<n>` sets `--speaker-ink` (a strong tone for
 * underlines, swatches and initials; ≥ 4.5:1 on white) and `--speaker-tint` (a
 * light wash that keeps body text readable) for everything inside it;
 * `speaker-cue-<n>` sets `--speaker-line`, the line style that tells speakers
 * apart without colour (see speaker-hue.ts).
 * Include wherever speaker colours show: the body, the panel, the picker.
 */
import { css } from 'lit';

export const speakerHueStyles = css`
  .speaker-hue-0 { --speaker-ink: #1f5fbf; --speaker-tint: #e3ecfa; }
  .speaker-hue-1 { --speaker-ink: #0f766e; --speaker-tint: #dcf2ef; }
  .speaker-hue-2 { --speaker-ink: #a1461b; --speaker-tint: #fbe8dc; }
  .speaker-hue-3 { --speaker-ink: #7c3aed; --speaker-tint: #eee6fd; }
  .speaker-hue-4 { --speaker-ink: #3f6b12; --speaker-tint: #e7f2d9; }
  .speaker-hue-5 { --speaker-ink: #b4235a; --speaker-tint: #fbe3ec; }
  .speaker-hue-6 { --speaker-ink: #8a5a00; --speaker-tint: #fbf0d2; }
  .speaker-hue-7 { --speaker-ink: #0e6a8f; --speaker-tint: #dceff7; }
  .speaker-hue-8 { --speaker-ink: #9b2c2c; --speaker-tint: #f9e1e1; }
  .speaker-hue-9 { --speaker-ink: #4b5cc4; --speaker-tint: #e6e9fa; }
  .speaker-hue-10 { --speaker-ink: #6b4f2a; --speaker-tint: #f1e9dd; }
  .speaker-hue-11 { --speaker-ink: #2f5d50; --speaker-tint: #dfece8; }
  .speaker-cue-0 { --speaker-line: solid; }
  .speaker-cue-1 { --speaker-line: dashed; }
  .speaker-cue-2 { --speaker-line: dotted; }
  .speaker-cue-3 { --speaker-line: double; }
`;

/** How the tagged spans of the body look, by kind; the colour comes from the hue class on the same element. */
export const speakerSpanStyles = css`
  .ProseMirror .speaker-mention {
    border-bottom: 2px var(--speaker-line, solid) color-mix(in srgb, var(--speaker-ink) 70%, transparent);
    background: color-mix(in srgb, var(--speaker-tint) 55%, transparent);
    border-radius: 2px 2px 0 0;
  }
  .ProseMirror .speaker-direct {
    background: var(--speaker-tint);
    border-bottom: 2px var(--speaker-line, solid) color-mix(in srgb, var(--speaker-ink) 45%, transparent);
    box-shadow: 0 0 0 1px color-mix(in srgb, var(--speaker-ink) 12%, transparent);
    border-radius: 3px;
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .ProseMirror .speaker-paraphrase {
    text-decoration: underline dotted var(--speaker-ink);
    text-decoration-thickness: 1.5px;
    text-underline-offset: 4px;
  }
  .ProseMirror .speaker-focused.speaker-direct,
  .ProseMirror .speaker-focused.speaker-mention {
    background: color-mix(in srgb, var(--speaker-ink) 22%, white);
  }
  .ProseMirror .speaker-focused.speaker-paraphrase {
    background: color-mix(in srgb, var(--speaker-tint) 70%, transparent);
  }
  .ProseMirror .speaker-current {
    outline: 2px solid var(--speaker-ink, var(--nd-focus));
    outline-offset: 1px;
    border-radius: 3px;
  }
  .ProseMirror .lint-current {
    background: #fff1c2;
    outline: 2px solid #d4a72c;
    outline-offset: 1px;
    border-radius: 3px;
  }
`;
