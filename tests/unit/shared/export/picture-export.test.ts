import { readFileSync } from 'node:fs';

import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';

import type { NodeJson } from '../../../../src/shared/article';
import { exportArticle } from '../../../../src/shared/export/export-article';
import { contextFor } from '../../../../src/shared/export/export-context';
import { articleToNinjs } from '../../../../src/shared/export/ninjs';
import { importMarkdownArticle } from '../../../../src/shared/import/article-markdown-import';
import { normalizeBody } from '../../../../src/shared/import/desk-schema';
import { articleWith } from '../../../support/generated-documents';

const QUAY = `media/${'a1'.repeat(32)}.jpg`;
const FLAG = `media/${'b2'.repeat(32)}.png`;

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });

function storyWithPictures() {
  return articleWith(
    normalizeBody({
      type: 'doc',
      content: [
        paragraph('The ferries sailed again on Monday after a week at the quay.'),
        {
          type: 'figure',
          attrs: {
            src: QUAY,
            alt: 'Two white ferries moored at a stone quay',
            caption: 'Ferries wait at the quay in Eldmoor "before dawn" & after',
            credit: 'Mara Quill / Desk Photo',
            rights: '© 2026 Desk Photo. Editorial use only.',
            width: 160,
            height: 100,
          },
        },
        paragraph('Crews returned to work at six.'),
        { type: 'figure', attrs: { src: FLAG, alt: '', caption: '', credit: '', rights: '' } },
        { type: 'figure', attrs: { src: QUAY, alt: 'The same quay, later', caption: 'Evening' } },
      ],
    }),
    { related: [] },
  );
}

const context = contextFor([]);

describe('pictures in the HTML export', () => {
  it('are figures with the image beside the file, its size, alt text and a caption with credit and rights', () => {
    const html = exportArticle(storyWithPictures(), 'html', context).text;
    expect(html).toContain(
      `<figure class="picture" data-picture=""><img src="${QUAY}" alt="Two white ferries moored at a stone quay" width="160" height="100"><figcaption><span data-field="picture-caption">Ferries wait at the quay in Eldmoor &quot;before dawn&quot; &amp; after</span> <span class="credit" data-field="picture-credit">Mara Quill / Desk Photo</span> <small data-field="picture-rights">© 2026 Desk Photo. Editorial use only.</small></figcaption></figure>`,
    );
    expect(html).toContain(`<figure class="picture" data-picture=""><img src="${FLAG}" alt=""></figure>`);
  });
});

describe('pictures in the Markdown export', () => {
  it('are images with alt text and the caption as title, credit and rights listed by file in the front matter', () => {
    const markdown = exportArticle(storyWithPictures(), 'md', context).text;
    expect(markdown).toContain(
      `\n![Two white ferries moored at a stone quay](${QUAY} "Ferries wait at the quay in Eldmoor \\"before dawn\\" \\& after")\n`,
    );
    expect(markdown).toContain(`\n![](${FLAG})\n`);
    expect(markdown).toContain(
      `pictures:\n  - file: ${QUAY}\n    credit: Mara Quill / Desk Photo\n    rights: © 2026 Desk Photo. Editorial use only.\n`,
    );
  });

  it('import back as the same figures: alt, caption, credit and rights (the size comes from the file on import)', () => {
    const article = storyWithPictures();
    const imported = importMarkdownArticle(exportArticle(article, 'md', context).text);
    const withoutSize = (node: NodeJson): NodeJson =>
      node.type === 'figure'
        ? { ...node, attrs: { ...node.attrs, width: null, height: null } }
        : { ...node, ...(node.content ? { content: node.content.map(withoutSize) } : {}) };
    // The third figure shows the same file as the first: the front matter lists a file's credit once.
    const expected = withoutSize(article.body);
    expected.content![4].attrs = {
      ...expected.content![4].attrs,
      credit: 'Mara Quill / Desk Photo',
      rights: '© 2026 Desk Photo. Editorial use only.',
    };
    expect(imported.body).toEqual(expected);
  });
});

describe('pictures in the ninjs export', () => {
  const schema = JSON.parse(readFileSync('../shared/standards/ninjs-schema_3.1.json', 'utf8'));
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  const validate = ajv.compile(schema);

  it('are associations, one picture item per file, valid against the ninjs 3.1 schema', () => {
    const ninjs = articleToNinjs(storyWithPictures(), context) as { associations: Record<string, unknown>[] };
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(ninjs.associations).toEqual([
      {
        name: 'picture-1',
        rel: 'picture',
        uri: `urn:newsdesk:picture:${'a1'.repeat(32)}`,
        type: 'picture',
        representationType: 'full',
        renditions: [{ name: 'original', contentType: 'image/jpeg', width: 160, height: 100 }],
        altIds: [{ role: 'exported-file', value: QUAY }],
        descriptions: [
          { role: 'caption', contentType: 'text/plain', value: 'Ferries wait at the quay in Eldmoor "before dawn" & after' },
          { role: 'alt', contentType: 'text/plain', value: 'Two white ferries moored at a stone quay' },
        ],
        by: 'Mara Quill / Desk Photo',
        copyrightNotice: '© 2026 Desk Photo. Editorial use only.',
      },
      {
        name: 'picture-2',
        rel: 'picture',
        uri: `urn:newsdesk:picture:${'b2'.repeat(32)}`,
        type: 'picture',
        representationType: 'full',
        renditions: [{ name: 'original', contentType: 'image/png' }],
        altIds: [{ role: 'exported-file', value: FLAG }],
      },
    ]);
  });

  it('come after the related stories', () => {
    const article = {
      ...storyWithPictures(),
      related: [{ headline: 'Strike began', articleId: null, url: null, relation: 'background' as const }],
    };
    const ninjs = articleToNinjs(article, context) as { associations: { name: string }[] };
    expect(validate(ninjs), JSON.stringify(validate.errors)).toBe(true);
    expect(ninjs.associations.map((association) => association.name)).toEqual(['related-1', 'picture-1', 'picture-2']);
  });
});
