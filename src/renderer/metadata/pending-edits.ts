/**
 * The metadata panel's view of the story's fields, and the edits it has sent
 * that the stored copy does not show yet. A stored copy that arrives while an
 * edit is on its way (a save of the body, say) updates every other field but
 * leaves the edited one as the person left it; once a stored copy shows the
 * edit, the field follows the store again.
 */
import type { Article } from '../../shared/article';
import type { Correction, Genre, HeadlineVariants } from '../../shared/metadata/article-metadata';
import type { Byline } from '../../shared/metadata/bylines';
import type { Embargo } from '../../shared/metadata/embargo';

export interface MetadataValues {
  slugline: string;
  keywords: string[];
  subjects: string[];
  urgency: number | null;
  language: string | null;
  genre: Genre | null;
  ednote: string;
  embargo: Embargo | null;
  corrections: Correction[];
  headlines: HeadlineVariants;
  bylines: Byline[];
}

/** The panel's values for a stored article (empty ones for none). */
export function valuesOf(article: Article | null): MetadataValues {
  return {
    slugline: article?.slugline ?? '',
    keywords: article?.keywords ?? [],
    subjects: article?.subjects ?? [],
    urgency: article?.urgency ?? null,
    language: article?.language ?? null,
    genre: article?.genre ?? null,
    ednote: article?.ednote ?? '',
    embargo: article?.embargo ?? null,
    corrections: article?.corrections ?? [],
    headlines: article?.headlines ?? {},
    bylines: article?.bylines ?? [],
  };
}

/** How a field compares between an edit and the store: null, '' and an empty list are all "nothing". */
function same(a: unknown, b: unknown): boolean {
  const plain = (value: unknown) => (value === null || value === '' || (Array.isArray(value) && value.length === 0) ? null : value);
  return JSON.stringify(plain(a)) === JSON.stringify(plain(b));
}

export class PendingEdits {
  readonly #edits = new Map<keyof MetadataValues, unknown>();

  record(fields: Partial<MetadataValues>): void {
    for (const [key, value] of Object.entries(fields)) this.#edits.set(key as keyof MetadataValues, value);
  }

  clear(): void {
    this.#edits.clear();
  }

  /** The stored values, with the fields still on their way kept as shown. */
  merge(stored: MetadataValues, shown: MetadataValues): MetadataValues {
    const next = { ...stored } as Record<keyof MetadataValues, unknown>;
    for (const [key, value] of this.#edits) {
      if (same(stored[key], value)) this.#edits.delete(key);
      else next[key] = shown[key];
    }
    return next as unknown as MetadataValues;
  }
}
