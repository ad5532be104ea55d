/**
 * The embargo: a date and time in a time zone (the desk's by default), shown
 * back with the zone's offset at that moment, and whether it is in force.
 * Setting one saves at once; Lift embargo clears it.
 */
import { html, nothing } from 'lit';

import { describeEmbargo, type Embargo, embargoAt, isEmbargoed, wallClock } from '../../shared/metadata/embargo';

export interface EmbargoContext {
  embargo: Embargo | null;
  deskTimeZone: string;
  /** The zone the form is set in (the embargo's, else the desk's). */
  zone: string;
  now: Date;
  change(embargo: Embargo | null): void;
  changeZone(zone: string): void;
  /** Why the last entry was refused, if it was. */
  error: string;
  /** Whether to offer the zone list (only once the field has had the focus: it is some 400 names). */
  zonesOffered: boolean;
  offerZones(): void;
}

let zones: string[] | undefined;
function timeZones(): string[] {
  zones ??= typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
  return zones;
}

export function renderEmbargo(context: EmbargoContext) {
  const { embargo } = context;
  const inForce = isEmbargoed(embargo, context.now);
  const local = embargo ? wallClock(new Date(embargo.until), context.zone) : '';
  const setAt = (value: string, zone: string) => {
    if (!value) return context.change(null);
    context.change(embargoAt(value, zone));
  };
  return html`<div class="embargo-form">
      <label class="stacked">
        <span>Until</span>
        <input
          class="field-small when"
          type="datetime-local"
          aria-label="Embargo until"
          .value=${local}
          @change=${(event: Event) => setAt((event.target as HTMLInputElement).value, context.zone)}
        />
      </label>
      <label class="stacked">
        <span>Time zone</span>
        <input
          class="field-small zone"
          aria-label="Embargo time zone"
          list="time-zones"
          autocomplete="off"
          .value=${context.zone}
          @focus=${() => context.offerZones()}
          @change=${(event: Event) => {
            const zone = (event.target as HTMLInputElement).value.trim() || context.deskTimeZone;
            context.changeZone(zone);
            if (local) setAt(local, zone);
          }}
        />
        <datalist id="time-zones">${context.zonesOffered ? timeZones().map((zone) => html`<option value=${zone}></option>`) : nothing}</datalist>
      </label>
    </div>
    ${context.error ? html`<p class="error" role="alert">${context.error}</p>` : nothing}
    ${
      embargo
        ? html`<p class="embargo-state ${inForce ? 'in-force' : 'lifted'}" role="status">
          ${inForce ? html`<strong>Embargoed</strong> until` : html`Embargo ended`} ${describeEmbargo(embargo)}
        </p>
        <button type="button" class="button small lift" @click=${() => context.change(null)}>Lift embargo</button>`
        : html`<p class="none">No embargo: the story may be published as soon as it is ready.</p>`
    }`;
}
