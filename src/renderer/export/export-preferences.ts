/**
 * The batch export's remembered choices (localStorage): the formats and the
 * kind of HTML, so the dialog opens the way the person last used it.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/export-context';
import { HTML_STYLES, type HtmlStyle } from '../../shared/export/html-page-style';

const STORAGE_KEY = 'newsdesk.export.formats';
const HTML_STYLE_KEY = 'newsdesk.export.html-style';
const DEFAULT_FORMATS: ExportFormat[] = ['html'];

/** The formats chosen last time; HTML when nothing (valid) is stored. */
export function loadExportFormats(): ExportFormat[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!Array.isArray(stored)) return [...DEFAULT_FORMATS];
    const formats = EXPORT_FORMATS.filter((format) => stored.includes(format));
    return formats.length > 0 ? formats : [...DEFAULT_FORMATS];
  } catch {
    return [...DEFAULT_FORMATS]; // unreadable storage: the default, never an error
  }
}

export function saveExportFormats(formats: readonly ExportFormat[]): void {
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(formats));
  } catch {
    // Storage full or disabled: the choice is simply not remembered.
  }
}

/** The kind of HTML chosen last time; a styled page when nothing (valid) is stored. */
export function loadHtmlStyle(): HtmlStyle {
  try {
    const stored = localStorage.getItem(HTML_STYLE_KEY);
    return HTML_STYLES.find((style) => style === stored) ?? 'page';
  } catch {
    return 'page';
  }
}

export function saveHtmlStyle(style: HtmlStyle): void {
  try {
    localStorage.setItem(HTML_STYLE_KEY, style);
  } catch {
    // Storage full or disabled: the choice is simply not remembered.
  }
}
