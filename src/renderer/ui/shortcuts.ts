/**
 * Keyboard shortcut matching. A shortcut is written "Mod+N", "Mod+Shift+Z",
 * "Alt+ArrowDown": "Mod" is Ctrl, or Cmd on macOS (either is accepted, so the
 * same shortcut works on every platform and in tests).
 */

interface Chord {
  mod: boolean;
  alt: boolean;
  shift: boolean;
  key: string;
}

function parse(shortcut: string): Chord {
  const parts = shortcut.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key: key.toLowerCase() };
}

/** True when the keyboard event is exactly this shortcut (extra modifiers do not match). */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const chord = parse(shortcut);
  const mod = event.ctrlKey || event.metaKey;
  if (mod !== chord.mod || event.altKey !== chord.alt || event.shiftKey !== chord.shift) return false;
  if (event.key.toLowerCase() === chord.key) return true;
  // The physical key counts only when the layout gives no plain ASCII character (Option on macOS, a
  // non-Latin layout): on Dvorak, Ctrl+B must stay bold, not become the key in B's US position.
  return !/^[\x20-\x7e]$/.test(event.key) && event.code.toLowerCase() === `key${chord.key}`;
}

/**
 * True when an element the event passes through claims its chord for itself:
 * `data-claims-keys="Alt+ArrowUp Alt+ArrowDown"` on a focused related link,
 * which moves the link rather than switching articles. Desk-wide shortcuts yield to it.
 */
export function isClaimedLocally(event: KeyboardEvent): boolean {
  return event.composedPath().some((target) => {
    const claims = target instanceof HTMLElement ? target.dataset.claimsKeys : undefined;
    return claims ? claims.split(/\s+/).some((shortcut) => shortcut !== '' && matchesShortcut(event, shortcut)) : false;
  });
}
