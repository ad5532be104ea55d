// @vitest-environment jsdom
// jsdom, not happy-dom: happy-dom 21's NodeIterator stops when the current node is removed, so DOMPurify
// silently keeps scripts there. Chromium (the app) and jsdom walk correctly.
import { describe, expect, it } from 'vitest';

import { sanitizePastedHtml } from '../../../../src/renderer/editor/paste-sanitizer';

/** A trimmed-down copy of what Word for Windows puts on the clipboard. */
const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15">
<style><!-- p.MsoNormal { margin:0cm; font-family:"Calibri"; } --></style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head>
<body lang=EN-GB style='tab-interval:36.0pt'><!--StartFragment-->
<p class=MsoNormal style='mso-margin-top-alt:auto'><b><span style='mso-bidi-font-weight:normal'>HARBOR</span></b><span style='mso-fareast-font-family:"Times New Roman"'> — The dredging plan <i>stays</i>.<o:p></o:p></span></p>
<p class=MsoNormal><o:p>&nbsp;</o:p></p>
<p class=MsoListParagraph style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>First point<o:p></o:p></p>
<!--EndFragment--></body></html>`;

/** What Google Docs puts on the clipboard: everything inside a font-weight:normal <b>, marks as styles. */
const DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1a2b3c4d-7fff-1234-5678-9abcdef01234"><p dir="ltr" style="line-height:1.38;margin-top:0pt;margin-bottom:0pt;"><span style="font-size:11pt;font-family:Arial,sans-serif;color:#000000;font-weight:700;font-style:normal;">Bold lead</span><span style="font-size:11pt;font-family:Arial,sans-serif;font-weight:400;font-style:italic;"> and italic</span></p><br /><p dir="ltr" style="line-height:1.38;"><span style="font-size:11pt;font-weight:400;text-decoration:line-through;">struck</span><span style="font-size:11pt;font-weight:400;"> plain</span></p></b>`;

/** A web page fragment with everything a hostile page might carry. */
const WEB = `<div class="article" onclick="steal()"><h2 style="color:red" class="title">Reaction</h2>
<p>Read <a href="javascript:alert(1)" onmouseover="x()">this</a> and <a href="https://example.com/story" target="_blank" rel="opener">that</a>.</p>
<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true"><iframe src="https://evil.example"></iframe>
<object data="x.swf"></object><style>p { color: red }</style>
<blockquote><p>“Quoted,” <span data-speaker-mention data-speaker-id="hong-lei-1" style="color:blue" class="x">Hong</span> said.</p></blockquote>
<ul><li>one</li><li><strong>two</strong> <code>x()</code> <s>gone</s></li></ul></div>`;

describe('sanitizePastedHtml', () => {
  it('drops Word’s <o:p>, styles, classes, comments and fake list bullets but keeps the text and its marks', () => {
    const clean = sanitizePastedHtml(WORD);
    expect(clean).not.toMatch(/o:p|mso-|class=|style=|<!--|Symbol|MsoNormal|·/);
    expect(clean).toContain('<b><span>HARBOR</span></b>');
    expect(clean).toContain('<i>stays</i>');
    expect(clean).toContain('First point');
  });

  it('removes Word’s empty spacer paragraphs', () => {
    const paragraphs = sanitizePastedHtml(WORD).match(/<p>/g) ?? [];
    expect(paragraphs).toHaveLength(2);
  });

  it('unwraps the Google Docs <b> wrapper so the whole paste does not turn bold', () => {
    const clean = sanitizePastedHtml(DOCS);
    expect(clean).not.toContain('docs-internal-guid');
    expect(clean.startsWith('<p>')).toBe(true);
    expect(clean).not.toMatch(/^<b>/);
  });

  it('turns Google Docs style-only bold, italic and strikethrough into marks', () => {
    const clean = sanitizePastedHtml(DOCS);
    expect(clean).toContain('<strong>Bold lead</strong>');
    expect(clean).toContain('<em> and italic</em>');
    expect(clean).toContain('<s>struck</s>');
    expect(clean).toContain('<span> plain</span>');
  });

  it('drops the <br> Google Docs puts between paragraphs', () => {
    expect(sanitizePastedHtml(DOCS)).not.toContain('<br>');
  });

  it('keeps a <br> that breaks a line inside a paragraph', () => {
    expect(sanitizePastedHtml('<p>line one<br>line two</p>')).toBe('<p>line one<br>line two</p>');
  });

  it('removes scripts, event handlers, iframes, objects, images and style blocks from a web page', () => {
    const clean = sanitizePastedHtml(WEB);
    expect(clean).not.toMatch(/script|onerror|onclick|onmouseover|iframe|object|<img|<style|__pwned|color: red/);
  });

  it('drops javascript: links but keeps http(s) links without their target', () => {
    const clean = sanitizePastedHtml(WEB);
    expect(clean).not.toContain('javascript:');
    expect(clean).toContain('<a>this</a>');
    expect(clean).toContain('<a href="https://example.com/story">that</a>');
  });

  it('keeps headings, blockquotes, lists, inline marks and our speaker spans', () => {
    const clean = sanitizePastedHtml(WEB);
    expect(clean).toContain('<h2>Reaction</h2>');
    expect(clean).toContain(
      '<blockquote><p>“Quoted,” <span data-speaker-mention="" data-speaker-id="hong-lei-1">Hong</span> said.</p></blockquote>',
    );
    expect(clean).toContain('<li><strong>two</strong> <code>x()</code> <s>gone</s></li>');
  });

  it('keeps a desk copy (data-pm-slice) as it is, empty paragraphs included', () => {
    const copied = '<p data-pm-slice="1 1 []">first</p><p></p><p><span data-attribution="paraphrase" data-speaker-id="s-1">said</span></p>';
    expect(sanitizePastedHtml(copied)).toBe(copied);
  });
});
