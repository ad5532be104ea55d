/**
 * The story's bylines: one row per person (name, and a role picked from the
 * usual ones or typed), in order, with Add person and a remove button per row.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';

import { type Byline, BYLINE_ROLES } from '../../shared/metadata/bylines';

export interface BylinesContext {
  bylines: readonly Byline[];
  change(bylines: Byline[]): void;
  /** A name or role is being typed (committed on change). */
  typing(bylines: Byline[]): void;
}

export function renderBylines(context: BylinesContext) {
  const { bylines } = context;
  const edited = (index: number, patch: Partial<Byline>) => bylines.map((person, at) => (at === index ? { ...person, ...patch } : person));
  const update = (index: number, patch: Partial<Byline>) => context.change(edited(index, patch));
  const type = (index: number, patch: Partial<Byline>) => context.typing(edited(index, patch));
  return html`<datalist id="byline-roles">${BYLINE_ROLES.map((role) => html`<option value=${role}></option>`)}</datalist>
    ${
      bylines.length > 0
        ? html`<ol class="people">
          ${bylines.map(
            (person, index) => html`<li class="person">
              <input
                class="field-small name"
                aria-label="Name of byline ${index + 1}"
                placeholder="Name"
                maxlength="120"
                autocomplete="off"
                .value=${live(person.name)}
                @input=${(event: Event) => type(index, { name: (event.target as HTMLInputElement).value })}
                @change=${(event: Event) => update(index, { name: (event.target as HTMLInputElement).value.trim() })}
              />
              <input
                class="field-small role"
                aria-label="Role of byline ${index + 1}"
                placeholder="Role"
                list="byline-roles"
                maxlength="80"
                autocomplete="off"
                .value=${live(person.role)}
                @input=${(event: Event) => type(index, { role: (event.target as HTMLInputElement).value })}
                @change=${(event: Event) => update(index, { role: (event.target as HTMLInputElement).value.trim() })}
              />
              <button
                type="button"
                class="icon-button remove"
                aria-label="Remove byline ${person.name || index + 1}"
                title="Remove"
                @click=${() => context.change(bylines.filter((_, at) => at !== index))}
              >
                ✕
              </button>
            </li>`,
          )}
        </ol>`
        : html`<p class="none">Nobody yet: the story goes out without a byline.</p>`
    }
    <button type="button" class="button small add-person" @click=${() => context.change([...bylines, { name: '', role: 'reporter' }])}>
      Add person
    </button>
    ${bylines.some((person) => !person.name.trim()) ? html`<p class="hint">A person without a name is not saved until you type one.</p>` : nothing}`;
}
