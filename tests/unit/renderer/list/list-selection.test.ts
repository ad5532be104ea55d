/**
 * ListSelection is what <nd-article-list>'s gestures change (list-selection-controller.ts):
 * Ctrl/Cmd+click and Space toggle a row, Shift+click and Shift+Space extend a range,
 * Ctrl/Cmd+A checks every row, Escape clears, and a new search or a delete retains
 * only the rows still shown. Batch export takes `idsIn` the rows as shown.
 */
import { describe, expect, it } from 'vitest';

import { ListSelection } from '../../../../src/renderer/list/list-selection';

/** The list as shown, top to bottom. */
const ROWS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

function checked(selection: ListSelection, rows: readonly string[] = ROWS): string[] {
  return selection.idsIn(rows);
}

describe('checking rows one at a time (Ctrl/Cmd+click, Space)', () => {
  it('checks a row, and unchecks it on the next toggle', () => {
    const selection = new ListSelection();
    selection.toggle('c');
    expect(selection.has('c')).toBe(true);
    expect(selection.size).toBe(1);
    selection.toggle('c');
    expect(selection.has('c')).toBe(false);
    expect(selection.size).toBe(0);
  });

  it('keeps earlier rows checked when another is toggled', () => {
    const selection = new ListSelection();
    selection.toggle('b');
    selection.toggle('e');
    expect(checked(selection)).toEqual(['b', 'e']);
  });

  it('gives the checked ids in the order the list shows them, not the order they were checked', () => {
    const selection = new ListSelection();
    selection.toggle('f');
    selection.toggle('a');
    selection.toggle('d');
    expect(checked(selection)).toEqual(['a', 'd', 'f']);
    expect(selection.idsIn(['f', 'e', 'd', 'c', 'b', 'a'])).toEqual(['f', 'd', 'a']);
  });
});

describe('checking a range (Shift+click, Shift+Space)', () => {
  it('checks every row from the last toggled row down to the clicked one', () => {
    const selection = new ListSelection();
    selection.toggle('b');
    selection.extendTo('e', ROWS, null);
    expect(checked(selection)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('checks every row from the last toggled row up to the clicked one', () => {
    const selection = new ListSelection();
    selection.toggle('e');
    selection.extendTo('b', ROWS, null);
    expect(checked(selection)).toEqual(['b', 'c', 'd', 'e']);
  });

  it('extends from the row toggled last, not the first one', () => {
    const selection = new ListSelection();
    selection.toggle('a');
    selection.toggle('e');
    selection.extendTo('c', ROWS, null);
    expect(checked(selection)).toEqual(['a', 'c', 'd', 'e']);
  });

  it('extends from a row just unchecked, as a file manager does', () => {
    const selection = new ListSelection();
    selection.toggle('d');
    selection.toggle('d');
    selection.extendTo('f', ROWS, null);
    expect(checked(selection)).toEqual(['d', 'e', 'f']);
  });

  it('starts the range at the open article when no row was toggled yet', () => {
    const selection = new ListSelection();
    selection.extendTo('e', ROWS, 'c');
    expect(checked(selection)).toEqual(['c', 'd', 'e']);
  });

  it('prefers the last toggled row to the open article', () => {
    const selection = new ListSelection();
    selection.toggle('e');
    selection.extendTo('f', ROWS, 'a');
    expect(checked(selection)).toEqual(['e', 'f']);
  });

  it('starts the range at the first row when nothing was toggled and no article is open', () => {
    const selection = new ListSelection();
    selection.extendTo('c', ROWS, null);
    expect(checked(selection)).toEqual(['a', 'b', 'c']);
  });

  it('checks only the clicked row when the open article is not in the list (filtered out by a search)', () => {
    const selection = new ListSelection();
    selection.extendTo('d', ROWS, 'not-shown');
    expect(checked(selection)).toEqual(['d']);
  });

  it('checks just the row itself when the range starts and ends on it', () => {
    const selection = new ListSelection();
    selection.extendTo('c', ROWS, 'c');
    expect(checked(selection)).toEqual(['c']);
  });

  it('leaves rows outside the range as they were', () => {
    const selection = new ListSelection();
    selection.toggle('a');
    selection.toggle('d');
    selection.extendTo('e', ROWS, null);
    expect(checked(selection)).toEqual(['a', 'd', 'e']);
    expect(selection.has('b')).toBe(false);
    expect(selection.has('f')).toBe(false);
  });

  it('does nothing for a row that is not shown', () => {
    const selection = new ListSelection();
    selection.toggle('b');
    selection.extendTo('not-shown', ROWS, null);
    expect(checked(selection)).toEqual(['b']);
  });
});

describe('checking and clearing everything (Ctrl/Cmd+A, Escape)', () => {
  it('checks every row shown', () => {
    const selection = new ListSelection();
    selection.toggle('b');
    selection.checkAll(ROWS);
    expect(checked(selection)).toEqual([...ROWS]);
    expect(selection.size).toBe(ROWS.length);
  });

  it('unchecks every row', () => {
    const selection = new ListSelection();
    selection.checkAll(ROWS);
    selection.clear();
    expect(selection.size).toBe(0);
    expect(checked(selection)).toEqual([]);
  });

  it('forgets where the last range started, so the next one starts afresh', () => {
    const selection = new ListSelection();
    selection.toggle('e');
    selection.clear();
    selection.extendTo('b', ROWS, null);
    expect(checked(selection)).toEqual(['a', 'b']);
  });
});

describe('when the list changes (a search, a delete)', () => {
  it('forgets checked rows no longer shown and says the selection changed', () => {
    const selection = new ListSelection();
    selection.toggle('a');
    selection.toggle('c');
    selection.toggle('e');
    const shown = ['b', 'c', 'd'];
    expect(selection.retain(shown)).toBe(true);
    expect(selection.size).toBe(1);
    expect(selection.has('a')).toBe(false);
    expect(selection.has('e')).toBe(false);
    expect(checked(selection, ROWS)).toEqual(['c']);
  });

  it('says nothing changed when every checked row is still shown', () => {
    const selection = new ListSelection();
    selection.toggle('b');
    selection.toggle('d');
    expect(selection.retain(['d', 'b', 'x'])).toBe(false);
    expect(selection.size).toBe(2);
  });

  it('starts the next range at the open article once the row it would have extended from is gone', () => {
    const selection = new ListSelection();
    selection.toggle('f');
    selection.toggle('f');
    const shown = ['a', 'b', 'c', 'd', 'e'];
    selection.retain(shown);
    selection.extendTo('c', shown, 'a');
    expect(checked(selection, shown)).toEqual(['a', 'b', 'c']);
  });
});
