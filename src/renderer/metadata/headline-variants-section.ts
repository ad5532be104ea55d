/**
 * The headline variants: web, print, social and SEO, each an optional line
 * with a meter against its own length target (characters used / target,
 * turning amber in the last tenth and red past it). An empty variant shows
 * the main headline as its placeholder: that is what it falls back to.
 */
import { html } from 'lit';
import { live } from 'lit/directives/live.js';

import type { HeadlineVariants } from '../../shared/metadata/article-metadata';
import {
  HEADLINE_ROLE_LABELS,
  HEADLINE_ROLES,
  HEADLINE_TARGETS,
  headlineFit,
  type HeadlineRole,
} from '../../shared/metadata/headline-variants';
import { styleProperties } from '../ui/style-properties';

export interface HeadlineVariantsContext {
  headline: string;
  headlines: HeadlineVariants;
  change(role: HeadlineRole, text: string): void;
}

const FIT_WORDS = { within: 'within its target', near: 'close to its target', over: 'over its target' } as const;

export function renderHeadlineVariants(context: HeadlineVariantsContext) {
  return html`<div class="variants">
    ${HEADLINE_ROLES.map((role) => {
      const text = context.headlines[role] ?? '';
      const length = [...text.trim()].length;
      const fit = text.trim() ? headlineFit(text, role) : 'within';
      const target = HEADLINE_TARGETS[role];
      return html`<label class="variant" data-role=${role}>
        <span class="variant-top">
          <span class="variant-name">${HEADLINE_ROLE_LABELS[role]}</span>
          <span
            class="meter ${fit}"
            role="meter"
            aria-label="${HEADLINE_ROLE_LABELS[role]} headline length"
            aria-valuemin="0"
            aria-valuemax=${target}
            aria-valuenow=${Math.min(length, target)}
            aria-valuetext="${length} of ${target} characters, ${FIT_WORDS[fit]}"
            title="${length} of ${target} characters"
            >${length}/${target}</span
          >
        </span>
        <input
          class="field-small"
          aria-label="${HEADLINE_ROLE_LABELS[role]} headline"
          maxlength="500"
          autocomplete="off"
          placeholder=${context.headline || 'Same as the headline'}
          .value=${live(text)}
          @input=${(event: Event) => context.change(role, (event.target as HTMLInputElement).value)}
        />
        <span class="bar ${fit}" aria-hidden="true"><span style=${styleProperties({ width: `${Math.min(100, (length / target) * 100)}%` })}></span></span>
      </label>`;
    })}
  </div>`;
}
