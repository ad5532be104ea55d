/**
 * The speakers panel's Checks: what the attribution lint found (untagged
 * quotes, first mentions without the full name, speakers without a role,
 * pictures without alt text),
 * each a button that selects the words it is about; or that all is well.
 * Open suggestions and unresolved notes are listed first: review still open.
 */
import { html, nothing } from 'lit';

import type { LintFinding } from '../../shared/attribution/attribution-lint';
import type { ReviewCheck } from '../../shared/attribution/review-checks';

export function renderChecks(findings: LintFinding[], select: (finding: LintFinding) => void, review: ReviewCheck[] = []) {
  const total = findings.length + review.length;
  return html`<section class="section" aria-labelledby="checks-title">
    <header class="section-head">
      <h2 id="checks-title">Checks</h2>
      ${total ? html`<span class="badge">${total}</span>` : nothing}
    </header>
    ${
      review.length > 0
        ? html`<ul class="lint review" aria-label="Review still open">
            ${review.map((check) => html`<li class="finding ${check.rule}"><span class="icon" aria-hidden="true">!</span><span>${check.message}</span></li>`)}
          </ul>`
        : nothing
    }
    ${
      findings.length === 0
        ? html`<p class="ok">✓ Every quote has a speaker; every speaker is introduced by full name and role; every picture has alt text.</p>`
        : html`<ul class="lint" aria-label="Attribution checks">
            ${findings.map(
              (finding) =>
                html`<li>
                  <button class="finding ${finding.rule}" @click=${() => select(finding)}>
                    <span class="icon" aria-hidden="true">!</span><span>${finding.message}</span>
                  </button>
                </li>`,
            )}
          </ul>`
    }
  </section>`;
}
