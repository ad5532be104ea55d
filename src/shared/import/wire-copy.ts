/**
 * The parts of agency copy around the story itself, recognised so an import
 * files them where they belong instead of leaving them in the text:
 *
 *   By Jane Roe and Ken Doe                  a byline line above the first paragraph
 *   KALDER (Reuters) - The harbour…          dateline with the agency in brackets
 *   WASHINGTON (AP) — …, PARIS, Nov 3 (AFP) - …, BERLIN, 4. März (dpa) – …
 *   Reporting by Jane Roe; Editing by Ken Doe   a credit line after the story
 *   (Reporting by …)                          the same in brackets
 *
 * Every pattern is anchored and free of nested repetition, so each runs in
 * time linear in its line (hostile copy cannot stall an import).
 */

export interface WireDateline {
  /** The dateline as the desk stores it: "KALDER (Reuters)", "PARIS, Nov 3 (AFP)". */
  dateline: string;
  /** "Reuters", "AP", "AFP": the agency in the brackets. */
  agency: string;
  /** The first paragraph's text after the dash. */
  text: string;
}

const PLACE = String.raw`[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4}`;
const DATE = String.raw`(?:, ?(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\.? [A-Z][a-zä]{2,8}\.?)(?:,? \d{4})?)?`;
const AGENCY = String.raw`\(([A-Za-z][A-Za-z&.'’ -]{0,30}[A-Za-z.])\)`;
const WIRE_DATELINE = new RegExp(String.raw`^(${PLACE}${DATE}) ?${AGENCY} ?[-–—] ?(\S.*)$`, 'u');

/**
 * "By Jane Roe", "By JANE ROE, Associated Press", "By Jane Roe and Ken Doe": a short line whose first two
 * words after "By" are capitalised names ("By Monday, prices rose" is a sentence, not a byline).
 */
const BYLINE =
  /^By \p{Lu}[\p{L}'’.-]* (?:(?:van|von|de|der|den|da|del|di|du|al|el|bin|ibn|la|le|ter|ten) )*\p{Lu}[\p{L}'’.-]*(?:[ ,][^\n]{0,100})?$/u;
/** A credit line: who reported, wrote, edited; in brackets or not. */
const CREDIT = /^\(?(?:(?:additional )?reporting|writing|editing|compiled) by [^\n]{2,400}$/i;
const CONTRIBUTED = /^[^\n]{0,200} contributed (?:to )?(?:this )?report(?:ing)?\.?$/i;

/** The dateline, agency and text of a first paragraph in agency form, or null. */
export function parseWireDateline(line: string): WireDateline | null {
  const match = WIRE_DATELINE.exec(line);
  if (!match) return null;
  const [, place, agency, text] = match;
  return { dateline: `${place} (${agency})`, agency, text };
}

/** True for a byline line; a line that ends a sentence is not one (a closing initial, "Jr.", is fine). */
export function isBylineLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 120 && BYLINE.test(trimmed) && !/[a-z]{3,}[.!?]$/.test(trimmed);
}

/** True for a credit line ("Reporting by …; Editing by …", "… contributed to this report."). */
export function isCreditLine(line: string): boolean {
  const trimmed = line.trim();
  return CREDIT.test(trimmed) || CONTRIBUTED.test(trimmed);
}
