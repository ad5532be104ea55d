/**
 * Photo and video credits name photographers and agencies, never speakers:
 * "(Photo: Dana Pell/Valley Record)", "(AGENCY/Firstname Lastname)",
 * "(Angie Mindus photo - Black Press Media)", a paragraph "Photo: …".
 * They are blanked (same length) before names and cues are read, so a
 * photographer is never the "he" of the next quote.
 */

const CREDIT_IN_BRACKETS =
  /\((?:[^()#]*\b(?:photo|photos|photograph|picture|image|video|file|credit|courtesy|illustration|handout)\b[^()#]*|[^()#\s]+\/[^()#]*)\)/giu;
const CREDIT_PARAGRAPH = /^\s*(?:photo|picture|image|video|credit|file photo)s?\s*:.*$/iu;

/** The masked paragraph with credit lines replaced by spaces. */
export function maskCredits(masked: string): string {
  const blank = (match: string): string => ' '.repeat(match.length);
  return masked.replace(CREDIT_PARAGRAPH, blank).replace(CREDIT_IN_BRACKETS, blank);
}
