/**
 * Which import a chosen or dropped file goes to (import-controller.ts): a
 * Markdown or HTML document to main's importDocument, which tells the format by
 * the same extensions; anything else to importBriefing, which refuses what is
 * not a briefing with a message of its own.
 */
import { describe, expect, it } from 'vitest';

import { documentFormatOf } from '../../../../src/main/services/document-import';
import { IMPORT_ACCEPT, importKindOf } from '../../../../src/renderer/import/import-routing';

describe('routing a file to an import', () => {
  it('sends Markdown and HTML files to the document import', () => {
    for (const name of ['story.md', 'story.markdown', 'story.html', 'story.htm']) {
      expect(importKindOf(name), name).toBe('document');
    }
  });

  it('ignores the case of the extension', () => {
    for (const name of ['STORY.MD', 'Story.Markdown', 'Story.HTML', 'INDEX.HTM']) {
      expect(importKindOf(name), name).toBe('document');
    }
  });

  it('sends plain text, and anything it cannot tell, to the briefing import', () => {
    for (const name of ['briefing.txt', 'BRIEFING.TXT', 'briefing', 'wire copy 4 March.text', 'story.docx', 'story.pdf']) {
      expect(importKindOf(name), name).toBe('briefing');
    }
  });

  it('goes by the last extension only', () => {
    expect(importKindOf('story.md.txt')).toBe('briefing');
    expect(importKindOf('briefing.txt.html')).toBe('document');
    expect(importKindOf('html-notes.txt')).toBe('briefing');
    expect(importKindOf('markdown')).toBe('briefing');
  });

  it('does not take look-alike extensions for documents', () => {
    for (const name of ['page.xhtml', 'page.shtml', 'notes.mdx', 'notes.rmd', 'story.html5', 'story.md~']) {
      expect(importKindOf(name), name).toBe('briefing');
    }
  });
});

describe('agreement with the file chooser and with main', () => {
  const accepted = IMPORT_ACCEPT.split(',').map((extension) => extension.trim());

  it('offers in the file chooser only extensions written ".ext", each once', () => {
    for (const extension of accepted) expect(extension, extension).toMatch(/^\.[a-z0-9]+$/);
    expect(new Set(accepted).size).toBe(accepted.length);
  });

  it('offers plain-text briefings and every document extension in the file chooser', () => {
    expect(accepted).toContain('.txt');
    for (const extension of ['.md', '.markdown', '.html', '.htm']) expect(accepted, extension).toContain(extension);
  });

  it('routes to the document import exactly the files whose format main can tell', () => {
    const names = [
      ...accepted.map((extension) => `story${extension}`),
      ...accepted.map((extension) => `STORY${extension.toUpperCase()}`),
      'story.md.txt',
      'briefing.txt.htm',
      'page.xhtml',
      'notes.mdx',
      'README',
    ];
    for (const name of names) {
      expect(importKindOf(name) === 'document', name).toBe(documentFormatOf(name) !== null);
    }
  });
});
