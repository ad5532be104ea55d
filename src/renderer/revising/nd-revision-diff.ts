import { html, LitElement, nothing, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';

import { countWords } from '../../shared/body-text';
import type { RevisionDiff, TextChange } from '../../shared/revision-diff';
import { STATUS_LABELS } from '../ui/format';
import { controlStyles } from '../ui/shared.styles';
import { revisionDiffStyles } from './nd-revision-diff.styles';

const FIELD_LABELS: Record<RevisionDiff['fields'][number]['field'], string> = {
  headline: 'Headline',
  dateline: 'Dateline',
  byline: 'Byline',
  status: 'Status',
};

/**
 * Joins word-by-word alternations ("on→has Wednesday→rejected") into one
 * deletion followed by one insertion, when only spaces stand between them:
 * a rewritten phrase reads as a phrase.
 */
function coalesce(changes: TextChange[]): TextChange[] {
  const joined: TextChange[] = [];
  let index = 0;
  while (index < changes.length) {
    if (changes[index].kind === 'equal') {
      joined.push(changes[index]);
      index += 1;
      continue;
    }
    let deleted = '';
    let inserted = '';
    while (index < changes.length) {
      const change = changes[index];
      if (change.kind === 'delete') deleted += change.text;
      else if (change.kind === 'insert') inserted += change.text;
      else if (/^[ \t]+$/.test(change.text) && changes[index + 1] && changes[index + 1].kind !== 'equal') {
        deleted += change.text;
        inserted += change.text;
      } else break;
      index += 1;
    }
    // Spaces both sides end with are unchanged text, not part of the change.
    const trailing = deleted && inserted ? (/[ \t]+$/.exec(deleted)?.[0] ?? '') : '';
    const shared = trailing && inserted.endsWith(trailing) ? trailing : '';
    if (deleted) joined.push({ kind: 'delete', text: deleted.slice(0, deleted.length - shared.length) });
    if (inserted) joined.push({ kind: 'insert', text: inserted.slice(0, inserted.length - shared.length) });
    if (shared) joined.push({ kind: 'equal', text: shared });
  }
  return joined;
}

/** The body's changes cut into paragraphs (the text has one line per block), each a list of changes. */
function paragraphsOf(changes: TextChange[]): TextChange[][] {
  const paragraphs: TextChange[][] = [[]];
  for (const change of changes) {
    change.text.split('\n').forEach((piece, index) => {
      if (index > 0) paragraphs.push([]);
      if (piece !== '') paragraphs[paragraphs.length - 1].push({ kind: change.kind, text: piece });
    });
  }
  return paragraphs.filter((paragraph) => paragraph.length > 0);
}

function wordsChanged(changes: TextChange[], kind: TextChange['kind']): number {
  return changes.filter((change) => change.kind === kind).reduce((sum, change) => sum + countWords(change.text), 0);
}

const warningIcon = html`<svg viewBox="0 0 20 20" aria-hidden="true" class="warning-icon">
  ${svg`<path d="M10 2.8 18 17H2z" /><path d="M10 8v4.2M10 14.6v.1" />`}
</svg>`;

/**
 * <nd-revision-diff>: what changed between two versions of an article. Altered
 * direct quotes come first, in a warning box; then the details (headline,
 * dateline, byline, status), speakers, related stories, and the body with
 * insertions (green, underlined, `<ins>`) and deletions (red, struck through, `<del>`).
 *
 * Fires no events.
 */
@customElement('nd-revision-diff')
export class NdRevisionDiff extends LitElement {
  static styles = [controlStyles, revisionDiffStyles];

  @property({ attribute: false }) diff: RevisionDiff | null = null;
  /** What is compared, as shown: the older side and the newer side. */
  @property() fromLabel = '';
  @property() toLabel = '';
  /** Speaker names by id (ids are shown for speakers not in the registry). */
  @property({ attribute: false }) speakerNames: ReadonlyMap<string, string> = new Map();

  render() {
    const diff = this.diff;
    if (!diff) return nothing;
    const added = wordsChanged(diff.body, 'insert');
    const removed = wordsChanged(diff.body, 'delete');
    const unchanged =
      added === 0 &&
      removed === 0 &&
      !diff.body.some((change) => change.kind !== 'equal') &&
      diff.fields.length === 0 &&
      diff.speakers.added.length + diff.speakers.removed.length === 0 &&
      diff.related.added.length + diff.related.removed.length === 0 &&
      !diff.related.reordered;
    return html`
      <div class="compare">
        <span class="side from">${this.fromLabel}</span>
        <span class="arrow" aria-label="compared with">→</span>
        <span class="side to">${this.toLabel}</span>
        <span class="stats">
          <span class="added" title="Words added">+${added.toLocaleString('en')}</span>
          <span class="removed" title="Words removed">−${removed.toLocaleString('en')}</span>
        </span>
      </div>
      ${diff.quotes.length > 0 ? this.renderQuotes(diff) : nothing}
      ${unchanged ? html`<p class="same" role="status">No differences: the two versions have the same text and details.</p>` : nothing}
      ${
        diff.fields.length > 0
          ? html`<section aria-label="Details">
            <h3>Details</h3>
            <dl class="fields">
              ${diff.fields.map(
                (change) => html`<dt>${FIELD_LABELS[change.field]}</dt>
                  <dd>
                    <del class="delete">${this.fieldText(change.field, change.before)}</del>
                    <span class="to-arrow" aria-hidden="true">→</span>
                    <ins class="insert">${this.fieldText(change.field, change.after)}</ins>
                  </dd>`,
              )}
            </dl>
          </section>`
          : nothing
      }
      ${this.renderChanges(
        'Speakers',
        diff.speakers.added.map((id) => this.speakerNames.get(id) ?? id),
        diff.speakers.removed.map((id) => this.speakerNames.get(id) ?? id),
      )}
      ${this.renderChanges('Related stories', diff.related.added, diff.related.removed, diff.related.reordered)}
      <section aria-label="Text changes">
        <h3>Text</h3>
        <div class="body-diff" data-testid="body-diff">
          ${paragraphsOf(coalesce(diff.body)).map(
            (paragraph) =>
              html`<p>${paragraph.map((change) =>
                change.kind === 'insert'
                  ? html`<ins class="insert">${change.text}</ins>`
                  : change.kind === 'delete'
                    ? html`<del class="delete">${change.text}</del>`
                    : change.text,
              )}</p>`,
          )}
        </div>
      </section>
    `;
  }

  private fieldText(field: string, value: string) {
    if (field === 'status') return STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value;
    return value === '' ? html`<em class="blank">(empty)</em>` : value;
  }

  private renderQuotes(diff: RevisionDiff) {
    return html`<div class="quote-warning" role="alert" data-testid="quote-warning">
      ${warningIcon}
      <div>
        <strong>${diff.quotes.length === 1 ? 'A direct quote was changed' : `${diff.quotes.length} direct quotes were changed`}</strong>
        <p class="quote-note">Check these against the source before publishing: quotes must stand word for word.</p>
        <ul>
          ${diff.quotes.map((quote) =>
            quote.after === null
              ? html`<li>Quote removed: <del class="delete">“${quote.before}”</del></li>`
              : html`<li>Quote changed: <del class="delete">“${quote.before}”</del> → <ins class="insert">“${quote.after}”</ins></li>`,
          )}
        </ul>
      </div>
    </div>`;
  }

  private renderChanges(title: string, added: string[], removed: string[], reordered = false) {
    if (added.length === 0 && removed.length === 0 && !reordered) return nothing;
    return html`<section aria-label=${title}>
      <h3>${title}</h3>
      <ul class="changes">
        ${added.map((name) => html`<li><span class="badge added">Added</span> <ins class="insert">${name}</ins></li>`)}
        ${removed.map((name) => html`<li><span class="badge removed">Removed</span> <del class="delete">${name}</del></li>`)}
        ${reordered ? html`<li><span class="badge">Reordered</span> The order changed.</li>` : nothing}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nd-revision-diff': NdRevisionDiff;
  }
}
