/**
 * ImportController: how articles come into the desk, as a Lit reactive
 * controller on <nd-app>: a file chosen with Import…, a file dropped anywhere
 * on the window (FileDropController, whose overlay it renders), and a whole
 * briefing pasted into the open empty article. Files go to `importDocument` or
 * `importBriefing` by their name (import-routing.ts); the imported article is
 * handed to the host's `opened`, and every outcome is told in a notice.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';

import type { Article } from '../../shared/article';
import { type DecodedText, decodeImportBytes } from '../../shared/import/decode-text';
import { MAX_PICTURE_BYTES, pictureTooLargeMessage } from '../../shared/media/picture-file';
import { desk, messageOf } from '../desk';
import { pasteSizeLabel } from '../editor/paste-size-guard';
import { base64Of, looksLikePicture } from '../ui/file-base64';
import { quoted } from '../ui/format';
import type { NoticeController } from '../ui/notice-controller';
import { FileDropController } from './file-drop-controller';
import { importKindOf } from './import-routing';

export interface ImportControllerOptions {
  notices: NoticeController;
  /** Saves the open article before another takes its place; false when it could not be saved (and must stay open). */
  leaveCurrent: () => Promise<boolean>;
  /** Saves the open article's pending edits now. */
  flush: () => Promise<boolean>;
  /** Shows the article just imported, on the desk view, ready to check. */
  opened: (article: Article) => Promise<void>;
}

export class ImportController implements ReactiveController {
  private readonly drop: FileDropController;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: ImportControllerOptions,
  ) {
    host.addController(this);
    this.drop = new FileDropController(host, (files) => void this.importFiles(files));
  }

  hostConnected(): void {}

  /** For the file input's `change`: imports the chosen file (with the pictures chosen along with a document). */
  readonly onFileChosen = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = ''; // so choosing the same file again imports it again
    void this.importFiles(files);
  };

  /**
   * Imports the first file that is not a picture; pictures dropped or chosen
   * along with a Markdown or HTML document are stored first and stand in for
   * the files it names (by file name), since main never reads beside a file
   * the page sent.
   */
  async importFiles(files: File[]): Promise<void> {
    // A picture alone goes to the import too, which says what it is not (pictures go into a story's text).
    const document = files.find((file) => !looksLikePicture(file)) ?? files[0];
    const pictures =
      document && importKindOf(document.name) === 'document' ? files.filter((file) => file !== document && looksLikePicture(file)) : [];
    await this.importFile(document, pictures);
  }

  async importFile(file: File | undefined, pictureFiles: File[] = []): Promise<void> {
    if (!file) return;
    let decoded: DecodedText;
    try {
      // The bytes, decoded as main and the CLI decode them: UTF-16 with a byte order mark too, bad UTF-8 named by line.
      decoded = decodeImportBytes(new Uint8Array(await file.arrayBuffer()), file.name);
    } catch (error) {
      this.options.notices.show('error', `Couldn't read “${file.name}”: ${messageOf(error)} Nothing was imported.`);
      return;
    }
    if (decoded.warnings.length > 0)
      this.options.notices.show('warning', `“${file.name}” has text to check:`, { details: decoded.warnings });
    const pictures: { name: string; src: string }[] = [];
    for (const picture of pictureFiles) {
      try {
        if (picture.size > MAX_PICTURE_BYTES) throw new Error(pictureTooLargeMessage(picture.size, picture.name));
        const { src } = await desk.addPicture({ data: await base64Of(picture), fileName: picture.name });
        pictures.push({ name: picture.name, src });
      } catch (error) {
        this.options.notices.show('warning', `“${picture.name}” was not brought in: ${messageOf(error)}`);
      }
    }
    await this.importText(decoded.text, { fileName: file.name }, pictures);
  }

  /**
   * Imports a file's text (a briefing, or a Markdown/HTML document, by its name: import-routing.ts)
   * as a new article, or pasted briefing text into the open empty article (`intoId`).
   */
  async importText(
    text: string,
    target: { fileName?: string; intoId?: string },
    pictures: { name: string; src: string }[] = [],
  ): Promise<void> {
    const { notices } = this.options;
    if (!target.intoId && !(await this.options.leaveCurrent())) return;
    if (target.intoId) await this.options.flush();
    try {
      const {
        article,
        warnings,
        recognised = [],
      } = target.fileName && importKindOf(target.fileName) === 'document'
        ? await desk.importDocument({ text, fileName: target.fileName, ...(pictures.length > 0 ? { pictures } : {}) })
        : await desk.importBriefing({ text, ...target });
      await this.options.opened(article);
      notices.show(
        'info',
        `Imported ${quoted(article.headline)}`,
        recognised.length > 0 ? { details: recognised.map((item) => `Recognised: ${item}`) } : {},
      );
      if (warnings.length > 0) notices.show('warning', 'Imported with things to check:', { details: warnings });
    } catch (error) {
      const what = target.fileName ? `“${target.fileName}”` : 'the pasted briefing';
      notices.show('error', `Couldn't import ${what}. ${messageOf(error)} Nothing was imported.`);
    }
  }

  /** A paste too large to take was refused (paste-size-guard.ts): says why and what to do instead. */
  refusePaste(characters: number): void {
    this.options.notices.show(
      'warning',
      `That paste is ${pasteSizeLabel(characters)} — too large to paste at once. Import it as a file instead (Import…), or paste it in parts.`,
    );
  }

  /** The overlay shown while files are dragged over the window; nothing otherwise. */
  renderDropOverlay() {
    if (!this.drop.dragging) return nothing;
    return html`<div class="drop-overlay" role="status">
      <div class="drop-target">
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M8 2.5v8M4.5 7 8 10.5 11.5 7M3 13.5h10" /></svg>
        <strong>Drop a briefing to import it</strong>
        <span>A briefing (.txt), a Markdown (.md) or HTML story, or a ninjs (.json) or NITF (.xml) wire file</span>
      </div>
    </div>`;
  }
}
