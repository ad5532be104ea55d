// @vitest-environment happy-dom
import { generateHTML, generateJSON } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { NodeJson } from '../../../../src/shared/article';
import { deskExtensions } from '../../../../src/shared/editor-schema';
import { normalizeBody } from '../../../../src/shared/import/desk-schema';
import { noteAnchorTexts } from '../../../../src/shared/notes/note-anchors';
import { readArticleContent, seedOnce } from '../../../../src/shared/sync/article-doc';
import { bold, doc, note, p } from '../../../support/document-builders';
import { articleContent } from '../../../support/sync-articles';

/** Two notes overlapping on "minister", one of them over bold text. */
const body = normalizeBody(doc(p(note('note-outer', 'The ', note('note-inner', bold('minister'))), note('note-inner', ' said'), ' no.')));

describe('note anchors', () => {
  it('render as spans with data-note-id and parse back to the same overlapping notes', () => {
    const html = generateHTML(body, deskExtensions());
    expect(html).toContain('data-note-id="note-inner"');
    expect(normalizeBody(generateJSON(html, deskExtensions()) as NodeJson)).toEqual(body);
  });

  it('survive a Yjs round trip, overlapping, with their ids (y-tiptap keeps marks that do not exclude themselves apart)', () => {
    const ydoc = new Y.Doc();
    seedOnce(ydoc, { ...articleContent([]), body });
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(ydoc));
    const read = readArticleContent(copy)!.body;
    expect(read).toEqual(body);
    expect(noteAnchorTexts(read)).toEqual(
      new Map([
        ['note-outer', 'The minister'],
        ['note-inner', 'minister said'],
      ]),
    );
  });
});
