/**
 * One row of the related-stories list: the link's headline (a button that
 * opens a stored story), its tools (move up, move down, remove), its relation,
 * what it points at (status and dateline of a stored story, the host of a web
 * address, "Unresolved"), and for an unresolved headline the resolve picker.
 * The row only renders: every action goes back to the panel (LinkRowContext).
 */
import { html, nothing, svg } from 'lit';

import type { HeadlineMatch } from '../../shared/ipc/api';
import { type RelatedLink, type Relation, RELATIONS } from '../../shared/related-link';
import { STATUS_LABELS } from '../ui/format';
import { hostOf, kindOf, RELATION_LABELS } from './related-links';

const ICONS = {
  up: svg`<path d="M8 12.5v-9M4.5 7 8 3.5 11.5 7" />`,
  down: svg`<path d="M8 3.5v9M4.5 9 8 12.5 11.5 9" />`,
  remove: svg`<path d="M4.5 4.5l7 7M11.5 4.5l-7 7" />`,
};

/** What a row reads from its panel and the actions it asks the panel for, by the link's index. */
export interface LinkRowContext {
  count: number;
  /** The index of the link being resolved with the picker, or null. */
  resolving: number | null;
  /** The open article's id, which the resolve picker never offers. */
  excludeId: string;
  headlineOf(link: RelatedLink): string;
  linkedArticle(id: string): HeadlineMatch | undefined;
  /** Focuses the link at `index` (clamped by the panel), or the add box when there is none. */
  focus(index: number): void;
  open(id: string | null): void;
  /** Opens a web link in the browser, after asking. */
  openWeb(url: string): void;
  move(index: number, delta: -1 | 1): void;
  remove(index: number): void;
  setRelation(index: number, relation: Relation): void;
  startResolving(index: number): void;
  stopResolving(index: number): void;
  createDraft(index: number): void;
  resolveTo(index: number, article: HeadlineMatch): void;
  replaceLink(index: number, link: RelatedLink): void;
}

export function renderLinkRow(link: RelatedLink, index: number, context: LinkRowContext) {
  const kind = kindOf(link);
  const headline = context.headlineOf(link);
  return html`<li
    class="link ${kind}"
    tabindex="0"
    data-claims-keys="Alt+ArrowUp Alt+ArrowDown"
    aria-keyshortcuts="Enter Delete Alt+ArrowUp Alt+ArrowDown"
    @keydown=${(event: KeyboardEvent) => onRowKeydown(event, link, index, context)}
  >
    <div class="top">
      ${
        link.articleId
          ? html`<button class="headline" data-testid="related-headline" tabindex="-1" title="Open this story" @click=${() => context.open(link.articleId)}>${headline}</button>`
          : link.url
            ? html`<button class="headline" data-testid="related-headline" tabindex="-1" title="Open in your browser: ${link.url}" @click=${() => context.openWeb(link.url ?? '')}
              >${headline}</button
            >`
            : html`<span class="headline" data-testid="related-headline">${headline}</span>`
      }
      <span class="tools">
        ${renderTool('up', `Move “${headline}” up`, index === 0, () => context.move(index, -1))}
        ${renderTool('down', `Move “${headline}” down`, index === context.count - 1, () => context.move(index, 1))}
        ${renderTool('remove', `Remove “${headline}”`, false, () => context.remove(index))}
      </span>
    </div>
    <div class="meta">
      <select class="relation" aria-label="Relation of “${headline}”" @change=${(event: Event) => context.setRelation(index, (event.target as HTMLSelectElement).value as Relation)}>
        ${RELATIONS.map((relation) => html`<option value=${relation} ?selected=${relation === link.relation}>${RELATION_LABELS[relation]}</option>`)}
      </select>
      ${kind === 'article' ? renderLinkedMeta(link.articleId, context) : nothing}
      ${kind === 'external' ? html`<span class="host">${hostOf(link.url ?? '')}</span>` : nothing}
      ${kind === 'unresolved' ? html`<span class="badge" title="No stored story or web address yet">Unresolved</span>` : nothing}
    </div>
    ${kind === 'external' ? html`<div class="address" title="Web address (select to copy)">${link.url}</div>` : nothing}
    ${kind === 'unresolved' ? renderUnresolved(link, index, context) : nothing}
  </li>`;
}

function renderTool(icon: keyof typeof ICONS, label: string, disabled: boolean, run: () => void) {
  return html`<button class="tool ${icon}" aria-label=${label} title=${label} ?disabled=${disabled} @click=${run}>
    <svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[icon]}</svg>
  </button>`;
}

function renderUnresolved(link: RelatedLink, index: number, context: LinkRowContext) {
  if (context.resolving !== index) {
    return html`<div class="actions">
      <button class="button small" @click=${() => context.startResolving(index)}>Resolve…</button>
      <button class="button small quiet" title="Create a draft article with this headline" @click=${() => context.createDraft(index)}>Create draft</button>
    </div>`;
  }
  return html`<div class="resolve">
    <nd-headline-picker
      label="Resolve “${link.headline}”"
      placeholder="Find the stored story or paste a link…"
      allow-address
      exclude-id=${context.excludeId}
      .value=${link.headline}
      @nd-headline-pick=${(event: CustomEvent<HeadlineMatch>) => context.resolveTo(index, event.detail)}
      @nd-address-pick=${(event: CustomEvent<{ url: string }>) => context.replaceLink(index, { ...link, articleId: null, url: event.detail.url })}
      @nd-pick-cancel=${() => context.stopResolving(index)}
    ></nd-headline-picker>
    <button class="button small quiet" @click=${() => context.stopResolving(index)}>Cancel</button>
  </div>`;
}

function renderLinkedMeta(id: string | null, context: LinkRowContext) {
  const article = id ? context.linkedArticle(id) : undefined;
  if (!article) return nothing;
  return html`<span class="pill ${article.status}">${STATUS_LABELS[article.status]}</span>${article.dateline ? html`<span class="dateline">${article.dateline}</span>` : nothing}`;
}

/**
 * Keys on a focused row: Enter opens it (a web link in the browser, after asking; an unresolved one:
 * starts resolving it), Delete or
 * Backspace removes it, Alt+ArrowUp / Alt+ArrowDown move it, arrows / Home / End move focus.
 */
function onRowKeydown(event: KeyboardEvent, link: RelatedLink, index: number, context: LinkRowContext): void {
  if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.shiftKey) return; // keys in the row's controls are theirs
  const key = event.key;
  let handled = true;
  if (event.altKey) {
    if (key === 'ArrowUp') context.move(index, -1);
    else if (key === 'ArrowDown') context.move(index, 1);
    else handled = false;
  } else if (key === 'Enter') {
    if (link.articleId) context.open(link.articleId);
    else if (link.url) context.openWeb(link.url);
    else context.startResolving(index);
  } else if (key === 'Delete' || key === 'Backspace') {
    context.remove(index);
  } else if (key === 'ArrowUp' || key === 'ArrowDown') {
    context.focus(Math.max(0, index + (key === 'ArrowUp' ? -1 : 1)));
  } else if (key === 'Home' || key === 'End') {
    context.focus(key === 'Home' ? 0 : context.count - 1);
  } else {
    handled = false;
  }
  if (handled) event.preventDefault();
}
