/** One paragraph as the detector reads it: quotations found and masked, sentences, speech cues. */
import type { QuotationSpan } from './quotation-spans';
import type { SentenceSpan } from './sentences';
import type { SpeechCue } from './speech-cues';

export interface ParagraphReading {
  text: string;
  /** The text with quoted words and credit lines blanked, same length. */
  masked: string;
  quotations: QuotationSpan[];
  sentences: SentenceSpan[];
  cues: SpeechCue[];
}
