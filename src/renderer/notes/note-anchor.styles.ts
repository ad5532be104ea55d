/**
 * How note anchors look in the body: open notes' words on a soft amber wash
 * (overlapping notes darken where they overlap), the active note's stronger;
 * resolved notes' words look like any other text. The per-note rules (which
 * are resolved, which is active) are a small sheet rebuilt only when the notes
 * change, never per keystroke (noteStateRules).
 */
import { css } from 'lit';

export const noteAnchorStyles = css`
  .ProseMirror .note-anchor {
    background: rgb(242 180 36 / 22%);
    border-bottom: 2px solid rgb(214 152 20 / 70%);
    border-radius: 2px;
  }
`;

/** CSS for the notes' states: resolved ones unmarked, the active one stronger. Ids are checked ids ([A-Za-z0-9_-]). */
export function noteStateRules(resolvedIds: readonly string[], activeId: string | null): string {
  const safe = (id: string) => /^[A-Za-z0-9_-]+$/.test(id);
  const resolved = resolvedIds.filter(safe).map((id) => `.ProseMirror .note-anchor[data-note-id="${id}"]`);
  const rules = resolved.length > 0 ? [`${resolved.join(',\n')} { background: none; border-bottom: 0; }`] : [];
  if (activeId && safe(activeId)) {
    rules.push(
      `.ProseMirror .note-anchor[data-note-id="${activeId}"] { background: rgb(242 180 36 / 45%); border-bottom-color: rgb(176 120 0); }`,
    );
  }
  return rules.join('\n');
}
