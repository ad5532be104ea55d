/**
 * The batch export's remembered choice of formats (localStorage), so the
 * dialog opens the way the person last used it.
 */
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/export/export-context';

const STORAGE_KEY = 'newsdesk.export.formats';
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
