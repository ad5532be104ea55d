/**
 * The attribution detector's result: who speaks in a briefing, which direct
 * quotes and indirect (reported) statements are theirs, and where each is named.
 * Offsets are character offsets into one paragraph of the input array.
 */

/** A named person who says something in the text. */
export interface DetectedSpeaker {
  /** Canonical full name ("Hong Lei", "Helena Strauss"). */
  name: string;
  /** Other ways the text names them: short forms ("Hong") and descriptions ("the spokesman"). */
  aliases: string[];
  role: string;
  organization: string;
}

/** A span of a paragraph. */
export interface TextSpan {
  paragraph: number;
  start: number;
  end: number;
  text: string;
}

/** Words attributed to someone: where they stand, what names the speaker, why and how surely. */
export interface Attribution {
  paragraph: number;
  /** Offsets of the words (a quotation without its marks) within their paragraph. */
  start: number;
  end: number;
  /** The span that names the speaker ("Hong said"); for an inherited quote, the earlier one. */
  evidence: TextSpan;
  /** Why this speaker, for an editor: "cue 'said' after the quote, speaker named in the same sentence". */
  reason: string;
  /** How sure the detector is of the speaker, 0..1; a suggestion above a threshold may be accepted in bulk. */
  confidence: number;
}

export interface DetectedQuote extends Attribution {
  /** The quotation without its quote marks. */
  text: string;
  /** Canonical speaker name, or null for an anonymous or unknown source or an organization. */
  speaker: string | null;
}

/** Indirect speech ("…, according to Hong.", "He said China and …"). Best effort. */
export interface DetectedParaphrase extends Attribution {
  speaker: string;
}

/** A place where a speaker is named: full name, short form or alias. */
export interface DetectedMention {
  speaker: string;
  paragraph: number;
  start: number;
  end: number;
}

export interface AttributionResult {
  speakers: DetectedSpeaker[];
  quotes: DetectedQuote[];
  paraphrases: DetectedParaphrase[];
  mentions: DetectedMention[];
  /** Organizations and unnamed sources that speak ("Clearwater Coalition", "A senior banker"). */
  sources: string[];
}

export interface DetectOptions {
  /** Speakers the desk already knows; matched first, and their canonical names are kept. */
  knownSpeakers?: DetectedSpeaker[];
}
