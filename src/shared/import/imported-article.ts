/**
 * What an importer makes of a file: the article's fields, the speakers its
 * marks name (with the ids the file uses), and whatever metadata the file kept.
 * The document-import service turns it into a stored article.
 */
import type { ArticleStatus, NodeJson } from '../article';
import type { ArticleMetadataFields } from '../metadata/article-metadata';
import type { NoteThread } from '../notes/note-thread';
import type { RelatedLink } from '../related-link';

export interface ImportedSpeaker {
  /** The id the file's marks use (may be unknown to this desk). */
  id: string;
  name: string;
  aliases: string[];
  role: string;
  organization: string;
}

export interface ImportedArticle {
  headline: string;
  dateline: string;
  byline: string;
  status: ArticleStatus;
  body: NodeJson;
  related: RelatedLink[];
  speakers: ImportedSpeaker[];
  /** Kept from our own exports; absent for other files. */
  id?: string;
  createdAt?: string;
  updatedAt?: string;
  /** Newsroom metadata the file carried (Markdown front matter); absent when it had none. */
  metadata?: ArticleMetadataFields;
  warnings: string[];
  /** Notes a review copy (CriticMarkup) carried; absent when it had none. */
  notes?: NoteThread[];
}
