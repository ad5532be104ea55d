/**
 * Paste size guard: refuses a paste too large to take at once, before
 * ProseMirror parses it (parsing megabytes of HTML would freeze the window).
 * Nothing in the document changes and the clipboard still holds the text, so
 * nothing is lost; `onRefused` tells the person what to do instead.
 */

/** Characters of plain text one paste may carry. */
export const MAX_PASTE_CHARACTERS = 1_000_000;
/** Characters of HTML one paste may carry (markup runs several times the size of its text). */
export const MAX_PASTE_HTML_CHARACTERS = 5_000_000;

/** The refused size in characters, or 0 when the paste may go ahead. */
export function oversizedPaste(data: DataTransfer | null): number {
  const text = data?.getData('text/plain') ?? '';
  if (text.length > MAX_PASTE_CHARACTERS) return text.length;
  const html = data?.getData('text/html') ?? '';
  return html.length > MAX_PASTE_HTML_CHARACTERS ? html.length : 0;
}

/**
 * A `handleDOMEvents.paste` prop: cancels an oversized paste and reports its
 * size to `onRefused`; true when it did (ProseMirror then leaves the event alone).
 */
export function guardPasteSize(event: ClipboardEvent, onRefused: (characters: number) => void): boolean {
  const characters = oversizedPaste(event.clipboardData);
  if (characters === 0) return false;
  event.preventDefault();
  onRefused(characters);
  return true;
}

/** "5.2 MB", "1.1 MB": a refused paste's size as the notice gives it (a character counted as a byte). */
export function pasteSizeLabel(characters: number): string {
  return `${(characters / 1_000_000).toFixed(1)} MB`;
}
