import { describe, expect, it } from 'vitest';

import type { NodeJson } from '../../../../src/shared/article';
import { bodyToHtml } from '../../../../src/shared/export/body-html';
import { bodyToMarkdown } from '../../../../src/shared/export/body-markdown';

const UNSAFE = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' java\tscript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
];
const SAFE = ['https://example.com/a', 'mailto:desk@example.com', '/relative/page', '#section'];

function linked(href: string): NodeJson {
  return {
    type: 'doc',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Read more', marks: [{ type: 'link', attrs: { href } }] }] }],
  };
}

describe('the export URL policy', () => {
  it('drops javascript:, vbscript:, data: and file: links from the Markdown export, keeping their text, as the HTML export does', () => {
    for (const href of UNSAFE) {
      const markdown = bodyToMarkdown(linked(href));
      expect(markdown).toBe('Read more\n');
      expect(bodyToHtml(linked(href), new Map())).not.toMatch(/href=/);
    }
  });

  it('keeps web, mail, relative and fragment links in both exports', () => {
    for (const href of SAFE) {
      expect(bodyToMarkdown(linked(href))).toContain(`](<${href}>)`);
      expect(bodyToHtml(linked(href), new Map())).toContain('href=');
    }
  });
});
