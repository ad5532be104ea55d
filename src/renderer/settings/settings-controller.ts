/**
 * SettingsController: the desk's settings as the window knows them. Loads them
 * when its host connects; when nobody has said who is editing, it asks at once
 * ("Who is editing?", once: the answer is stored). `open()` shows the settings
 * dialog; a save goes to main and the dialog stays open with main's message
 * when it is refused. The host re-renders when the settings change, so the
 * display name it passes down (to the editor's suggestions and notes, the
 * sidebar's "Editing as") is always the stored one.
 */
import './nd-settings-dialog';

import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

import type { DeskSettings, DeskSettingsPatch } from '../../shared/settings';
import { desk, messageOf } from '../desk';

export class SettingsController implements ReactiveController {
  settings: DeskSettings | null = null;
  private dialog: 'closed' | 'first-run' | 'settings' = 'closed';
  private error = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  private loaded: Promise<void> | undefined;

  hostConnected(): void {
    this.loaded = desk
      .getSettings({})
      .then((settings) => {
        this.settings = settings;
        if (settings.displayName === null) this.dialog = 'first-run';
        this.host.requestUpdate();
      })
      .catch(() => undefined); // without settings the desk still edits; the name is asked for next time
  }

  /** Who is editing, or null until they have said. */
  get displayName(): string | null {
    return this.settings?.displayName ?? null;
  }

  get isOpen(): boolean {
    return this.dialog !== 'closed';
  }

  /** Opens the settings dialog (once the settings have loaded). */
  async open(): Promise<void> {
    await this.loaded;
    if (!this.settings || this.dialog !== 'closed') return;
    this.error = '';
    this.dialog = 'settings';
    this.host.requestUpdate();
  }

  render() {
    if (!this.settings || this.dialog === 'closed') return nothing;
    return html`<nd-settings-dialog
      .settings=${this.settings}
      ?firstRun=${this.dialog === 'first-run'}
      .error=${this.error}
      @nd-settings-save=${(event: CustomEvent<DeskSettingsPatch>) => void this.save(event.detail)}
      @nd-settings-close=${() => this.close()}
    ></nd-settings-dialog>`;
  }

  private async save(patch: DeskSettingsPatch): Promise<void> {
    try {
      this.settings = await desk.updateSettings(patch);
      this.close();
    } catch (error) {
      this.error = messageOf(error);
      this.host.requestUpdate();
    }
  }

  private close(): void {
    this.dialog = 'closed';
    this.error = '';
    this.host.requestUpdate();
  }
}
