/**
 * The related panel's add box: find a stored story by headline, paste a web
 * address (then give it a headline), or keep a typed headline unresolved.
 * Rendering only; the panel does what is picked.
 */
import './nd-headline-picker';
import './nd-web-link-form';

import { html, nothing } from 'lit';

import type { HeadlineMatch } from '../../shared/ipc/api';

export interface AddBoxContext {
  /** The open story, never offered as its own related story. */
  excludeId: string;
  /** A picked web address waiting for its headline, or null. */
  address: string | null;
  addArticle(article: HeadlineMatch): void;
  askHeadline(url: string): void;
  addUnresolved(headline: string): void;
  clear(): void;
  addWebLink(url: string, headline: string): void;
  cancelAddress(): void;
}

export function renderAddBox(context: AddBoxContext) {
  return html`<nd-headline-picker
      class="add"
      label="Add a related story"
      placeholder="Add: find a story or paste a link…"
      allow-address
      allow-headline
      exclude-id=${context.excludeId}
      @nd-headline-pick=${(event: CustomEvent<HeadlineMatch>) => context.addArticle(event.detail)}
      @nd-address-pick=${(event: CustomEvent<{ url: string }>) => context.askHeadline(event.detail.url)}
      @nd-headline-text-pick=${(event: CustomEvent<{ headline: string }>) => context.addUnresolved(event.detail.headline)}
      @nd-pick-cancel=${() => context.clear()}
    ></nd-headline-picker>
    ${
      context.address
        ? html`<nd-web-link-form
          .url=${context.address}
          @nd-web-link-add=${(event: CustomEvent<{ url: string; headline: string }>) => context.addWebLink(event.detail.url, event.detail.headline)}
          @nd-web-link-cancel=${() => context.cancelAddress()}
        ></nd-web-link-form>`
        : nothing
    }`;
}
