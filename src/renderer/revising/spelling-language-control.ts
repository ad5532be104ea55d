/**
 * SpellingLanguageControl: which English the open story is spelled in. It
 * reads the desk's language once, follows the story's own choice as stories
 * open, tells the spellcheck when either changes, and draws the status bar's
 * <nd-spelling-language>. The story's choice is saved like any other field.
 */
import './nd-spelling-language';

import { html, type ReactiveControllerHost } from 'lit';

import type { Article, SpellingLanguage } from '../../shared/article';
import { desk } from '../desk';

export interface SpellingLanguageOptions {
  /** Spell with this language from now on (null: the desk's); `deskChanged` when the desk's own changed. */
  apply: (language: SpellingLanguage | null, deskChanged: boolean) => void;
  /** Saves the story's choice. */
  save: (language: SpellingLanguage | null) => void;
}

export class SpellingLanguageControl {
  private deskLanguage: SpellingLanguage = 'en-GB';
  private storyLanguage: SpellingLanguage | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SpellingLanguageOptions,
  ) {
    void desk
      .getSpellingSettings({})
      .then(({ deskLanguage }) => {
        this.deskLanguage = deskLanguage;
        this.host.requestUpdate();
      })
      .catch(() => undefined); // the default stands
  }

  /** A story opened: spell it in its own language, or the desk's. */
  open(article: Article | null): void {
    this.storyLanguage = article?.spellingLanguage ?? null;
    this.options.apply(this.storyLanguage, false);
  }

  render() {
    return html`<nd-spelling-language
      .language=${this.storyLanguage}
      .deskLanguage=${this.deskLanguage}
      @nd-spelling-language-change=${(event: CustomEvent<{ language: SpellingLanguage | null }>) => this.choose(event.detail.language)}
      @nd-desk-language-change=${(event: CustomEvent<{ language: SpellingLanguage }>) => void this.chooseForDesk(event.detail.language)}
    ></nd-spelling-language>`;
  }

  private choose(language: SpellingLanguage | null): void {
    this.storyLanguage = language;
    this.options.apply(language, false);
    this.options.save(language);
    this.host.requestUpdate();
  }

  private async chooseForDesk(language: SpellingLanguage): Promise<void> {
    const { deskLanguage } = await desk.setDeskSpellingLanguage({ language });
    this.deskLanguage = deskLanguage;
    this.choose(null); // the story follows the desk again, now in the language it asked for
    this.options.apply(null, true);
  }
}
