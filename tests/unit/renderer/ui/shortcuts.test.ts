// @vitest-environment happy-dom
/**
 * Shortcut matching as the desk (app/desk-shortcuts.ts), the revising tools and
 * the spellcheck menu use it: "Mod" is Ctrl or Cmd, the other modifiers must be
 * exactly as written, and an element on the event's path can claim a chord for
 * itself with `data-claims-keys` (the body claims Mod+E, a related link
 * Alt+ArrowUp/Down), which the desk-wide listener on the window then leaves alone.
 */
import { afterEach, describe, expect, it } from 'vitest';

import { isClaimedLocally, matchesShortcut } from '../../../../src/renderer/ui/shortcuts';

const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { code: '', ...init });

describe('matching a shortcut', () => {
  it('takes Ctrl or Cmd for Mod, so one shortcut works on every platform', () => {
    expect(matchesShortcut(key({ key: 'n', code: 'KeyN', ctrlKey: true }), 'Mod+N')).toBe(true);
    expect(matchesShortcut(key({ key: 'n', code: 'KeyN', metaKey: true }), 'Mod+N')).toBe(true);
  });

  it('needs Mod when the shortcut has it, and refuses it when it does not', () => {
    expect(matchesShortcut(key({ key: 'n', code: 'KeyN' }), 'Mod+N')).toBe(false);
    expect(matchesShortcut(key({ key: 'ArrowDown', code: 'ArrowDown', altKey: true, ctrlKey: true }), 'Alt+ArrowDown')).toBe(false);
    expect(matchesShortcut(key({ key: 'ArrowDown', code: 'ArrowDown', altKey: true, ctrlKey: true }), 'Mod+Alt+ArrowDown')).toBe(true);
  });

  it('tells Mod+E from Mod+Shift+E: Shift must be exactly as written', () => {
    const plain = key({ key: 'e', code: 'KeyE', ctrlKey: true });
    const shifted = key({ key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true });
    expect(matchesShortcut(plain, 'Mod+E')).toBe(true);
    expect(matchesShortcut(plain, 'Mod+Shift+E')).toBe(false);
    expect(matchesShortcut(shifted, 'Mod+Shift+E')).toBe(true);
    expect(matchesShortcut(shifted, 'Mod+E')).toBe(false);
  });

  it('tells Mod+H from Mod+Alt+H: Alt must be exactly as written', () => {
    expect(matchesShortcut(key({ key: 'h', code: 'KeyH', ctrlKey: true }), 'Mod+Alt+H')).toBe(false);
    expect(matchesShortcut(key({ key: 'h', code: 'KeyH', ctrlKey: true, altKey: true }), 'Mod+H')).toBe(false);
    expect(matchesShortcut(key({ key: 'h', code: 'KeyH', ctrlKey: true, altKey: true }), 'Mod+Alt+H')).toBe(true);
  });

  it('ignores the case of the letter, which Shift or Caps Lock changes', () => {
    expect(matchesShortcut(key({ key: 'K', code: 'KeyK', ctrlKey: true }), 'Mod+K')).toBe(true);
    expect(matchesShortcut(key({ key: 'k', code: 'KeyK', ctrlKey: true }), 'Mod+k')).toBe(true);
  });

  it('matches named keys and punctuation', () => {
    expect(matchesShortcut(key({ key: 'ArrowUp', code: 'ArrowUp', altKey: true }), 'Alt+ArrowUp')).toBe(true);
    expect(matchesShortcut(key({ key: 'ArrowUp', code: 'ArrowUp', altKey: true }), 'Alt+ArrowDown')).toBe(false);
    expect(matchesShortcut(key({ key: '.', code: 'Period', ctrlKey: true }), 'Mod+.')).toBe(true);
    expect(matchesShortcut(key({ key: ']', code: 'BracketRight', metaKey: true }), 'Mod+]')).toBe(true);
    expect(matchesShortcut(key({ key: '[', code: 'BracketLeft', metaKey: true }), 'Mod+]')).toBe(false);
  });

  it('matches a letter shortcut on a Mac, where Option turns the key into another character', () => {
    expect(matchesShortcut(key({ key: 'ƒ', code: 'KeyF', metaKey: true, altKey: true }), 'Mod+Alt+F')).toBe(true);
    expect(matchesShortcut(key({ key: '˙', code: 'KeyH', metaKey: true, altKey: true }), 'Mod+Alt+H')).toBe(true);
  });

  it('matches a letter shortcut on a non-Latin layout, by the key that carries the letter', () => {
    expect(matchesShortcut(key({ key: 'т', code: 'KeyN', ctrlKey: true }), 'Mod+N')).toBe(true);
    expect(matchesShortcut(key({ key: 'л', code: 'KeyK', ctrlKey: true }), 'Mod+K')).toBe(true);
  });

  it('on another Latin layout (Dvorak), matches the letter typed, not the key where a US keyboard has that letter', () => {
    // Dvorak types "n" on the US L key, and "b" (Ctrl+B: bold) on the US N key.
    expect(matchesShortcut(key({ key: 'n', code: 'KeyL', ctrlKey: true }), 'Mod+N')).toBe(true);
    expect(matchesShortcut(key({ key: 'b', code: 'KeyN', ctrlKey: true }), 'Mod+N')).toBe(false);
    expect(matchesShortcut(key({ key: 'u', code: 'KeyF', ctrlKey: true }), 'Mod+F')).toBe(false);
  });
});

describe('a chord an element claims for itself', () => {
  afterEach(() => document.body.replaceChildren());

  /** Dispatches a keydown from `target` and asks, as the desk's window listener does (capture phase), whether it is claimed. */
  function claimedWhenPressed(target: Element, init: KeyboardEventInit): boolean {
    let claimed: boolean | undefined;
    const listener = (event: KeyboardEvent) => (claimed = isClaimedLocally(event));
    window.addEventListener('keydown', listener, true);
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, composed: true, code: '', ...init }));
    window.removeEventListener('keydown', listener, true);
    if (claimed === undefined) throw new Error('The keydown never reached the window.');
    return claimed;
  }

  function relatedLink(): { link: HTMLElement; button: HTMLElement } {
    const link = document.createElement('li');
    link.dataset.claimsKeys = 'Alt+ArrowUp Alt+ArrowDown';
    const button = document.createElement('button');
    link.append(button);
    document.body.append(link);
    return { link, button };
  }

  it('is claimed when the event comes from the claiming element or from inside it', () => {
    const { link, button } = relatedLink();
    expect(claimedWhenPressed(link, { key: 'ArrowDown', code: 'ArrowDown', altKey: true })).toBe(true);
    expect(claimedWhenPressed(button, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })).toBe(true);
  });

  it('is not claimed for a chord the element does not list', () => {
    const { link } = relatedLink();
    expect(claimedWhenPressed(link, { key: 'ArrowDown', code: 'ArrowDown' })).toBe(false);
    expect(claimedWhenPressed(link, { key: 'ArrowDown', code: 'ArrowDown', altKey: true, ctrlKey: true })).toBe(false);
    expect(claimedWhenPressed(link, { key: 'n', code: 'KeyN', ctrlKey: true })).toBe(false);
  });

  it('is not claimed when the event comes from outside the claiming element', () => {
    relatedLink();
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    expect(claimedWhenPressed(elsewhere, { key: 'ArrowDown', code: 'ArrowDown', altKey: true })).toBe(false);
  });

  it('leaves Mod+Shift+E to the desk when the body claims only Mod+E', () => {
    const body = document.createElement('div');
    body.dataset.claimsKeys = 'Mod+E';
    document.body.append(body);
    expect(claimedWhenPressed(body, { key: 'e', code: 'KeyE', ctrlKey: true })).toBe(true);
    expect(claimedWhenPressed(body, { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true })).toBe(false);
  });

  it('is seen through shadow roots, where the desk’s elements keep their parts', () => {
    const host = document.createElement('nd-related-panel-test');
    const root = host.attachShadow({ mode: 'open' });
    const link = document.createElement('li');
    link.dataset.claimsKeys = 'Alt+ArrowUp Alt+ArrowDown';
    root.append(link);
    document.body.append(host);
    expect(claimedWhenPressed(link, { key: 'ArrowUp', code: 'ArrowUp', altKey: true })).toBe(true);
  });

  it('reads a claim list with stray spaces', () => {
    const element = document.createElement('div');
    element.dataset.claimsKeys = '  Alt+ArrowUp   Mod+E ';
    document.body.append(element);
    expect(claimedWhenPressed(element, { key: 'e', code: 'KeyE', metaKey: true })).toBe(true);
    expect(claimedWhenPressed(element, { key: 'ArrowLeft', code: 'ArrowLeft', altKey: true })).toBe(false);
  });
});
