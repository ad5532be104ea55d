/**
 * The story's status bar: its length against the target, its spelling
 * language, and where it stands with the disk (<nd-save-state>, Retry inside).
 */
import '../revising/nd-length-meter';
import './nd-save-state';

import type { Editor } from '@tiptap/core';
import { html, type TemplateResult } from 'lit';

import type { Article } from '../../shared/article';
import type { ArticleSaver } from './article-saver';

export interface StatusbarContext {
  editor: Editor | null;
  article: Article | null;
  changeTarget(event: CustomEvent<{ targetWords: number | null }>): void;
  /** The spelling language picker. */
  language: TemplateResult;
  saver: ArticleSaver;
}

export function renderStatusbar(context: StatusbarContext) {
  const { saver } = context;
  return html`<footer class="statusbar">
    <nd-length-meter
      .editor=${context.editor}
      .article=${context.article}
      @nd-target-change=${(event: CustomEvent<{ targetWords: number | null }>) => context.changeTarget(event)}
    ></nd-length-meter>
    ${context.language}
    <span class="spacer"></span>
    <nd-save-state
      .state=${saver.state}
      .message=${saver.error}
      .details=${saver.errorDetails}
      @nd-save-retry=${() => void saver.flush()}
    ></nd-save-state>
  </footer>`;
}
