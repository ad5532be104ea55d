/**
 * A story imported twice is a common desk accident (the same wire file
 * dropped again, a resend). Before an import is stored, this says when the
 * desk already holds a story with the same headline and the same text; the
 * import still goes ahead (it may be a deliberate copy), the person is told.
 */
import type { NodeJson } from '../../shared/article';
import { bodyToPlainText } from '../../shared/body-text';
import type { ArticleStore } from '../store/article-store';

const normalised = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** A warning naming the stored story that has the same headline and text, or null. Trashed stories count too. */
export async function duplicateWarning(store: ArticleStore, incoming: { headline?: string; body?: NodeJson }): Promise<string | null> {
  const headline = normalised(incoming.headline ?? '');
  if (!headline) return null;
  const text = normalised(incoming.body ? bodyToPlainText(incoming.body) : '');
  for (const summary of store.summaries()) {
    if (normalised(summary.headline) !== headline) continue;
    const stored = await store.read(summary.id).catch(() => null);
    if (!stored || normalised(bodyToPlainText(stored.body)) !== text) continue;
    const where = stored.deletedAt ? ' in the trash' : '';
    return `The desk already has this story${where}, with the same headline and text (“${stored.headline}”). Both are kept: move one to the trash if it was imported twice.`;
  }
  return null;
}
