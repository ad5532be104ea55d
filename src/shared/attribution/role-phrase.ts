/**
 * Role phrases: the words that say what someone is — "spokesman for the
 * Ministry of National Defense", "the coalition's campaign director",
 * "Foreign Ministry spokesman", "A senior banker", "China's military spokesman".
 */
import { DEFINITE_DETERMINERS, INDEFINITE_DETERMINERS, ORGANIZATION_WORDS, ROLE_WORDS } from './lexicon';
import { bare } from './name-spans';
import { COMPANY_WORDS, DEMONYMS, OUTLET_WORDS, TEAM_WORDS } from './non-person-lexicon';

export interface RolePhrase {
  /** "spokesman", "campaign director", "Finance Minister". */
  role: string;
  /** The role's last word, lower case and singular-ish ("spokesman"). */
  head: string;
  /** "Ministry of National Defense", "coalition", "Foreign Ministry", or "". */
  organization: string;
  /** the/its/his → definite; a/an → indefinite; "China's" → possessive; nothing → bare. */
  determiner: 'definite' | 'indefinite' | 'possessive' | 'bare';
  /** Words before the head that narrow it ("military", "chief"); lower case. */
  modifiers: string[];
  /** The possessive owner without its 's ("China", "coalition"). */
  owner: string;
}

const PREPOSITIONS = new Set(['of', 'for', 'at', 'with', 'from', 'to']);
/** Where a phrase stops being a role: time and place adjuncts ("the minister in a statement"). */
const ADJUNCTS = new Set(['in', 'on', 'during', 'after', 'before', 'last', 'this', 'yesterday', 'today', 'who', 'whose', 'which', 'that']);

const lower = (word: string): string => word.toLowerCase();
const isRoleWord = (word: string): boolean => {
  const plain = lower(bare(word)).replace(/[.,;:]$/u, '');
  // "the 24-year-old": an age describes someone as well as a job does.
  return ROLE_WORDS.has(plain) || DEMONYMS.has(plain) || AGE.test(plain);
};
const AGE = /^\d{1,3}-year-old$/u;
const isOrganizationWord = (word: string): boolean => {
  const plain = lower(bare(word));
  return ORGANIZATION_WORDS.has(plain) || TEAM_WORDS.has(plain) || COMPANY_WORDS.has(plain) || OUTLET_WORDS.has(plain);
};

/** Parses a role phrase, or returns null when the phrase is not headed by a role word. */
export function parseRolePhrase(phrase: string): RolePhrase | null {
  let tokens = phrase
    .trim()
    .replace(/[.,;:]+$/u, '')
    .split(/\s+/u)
    .filter(Boolean);
  const cut = tokens.findIndex((token, index) => index > 0 && ADJUNCTS.has(lower(token)));
  if (cut > 0) tokens = tokens.slice(0, cut);
  if (tokens.length === 0 || tokens.length > 12) return null;

  let determiner: RolePhrase['determiner'] = 'bare';
  if (DEFINITE_DETERMINERS.has(lower(tokens[0]))) determiner = 'definite';
  else if (INDEFINITE_DETERMINERS.has(lower(tokens[0]))) determiner = 'indefinite';
  if (determiner !== 'bare') tokens = tokens.slice(1);

  const prepositionAt = tokens.findIndex((token) => PREPOSITIONS.has(lower(token)));
  const before = prepositionAt === -1 ? tokens : tokens.slice(0, prepositionAt);
  const after = prepositionAt === -1 ? [] : tokens.slice(prepositionAt + 1);
  if (before.length === 0 || before.length > 6 || !isRoleWord(before[before.length - 1])) return null;

  let owner = '';
  let rest = before;
  const ownerAt = before.findLastIndex((token, index) => index < before.length - 1 && /['’]s$|s['’]$/u.test(token));
  if (ownerAt !== -1) {
    owner = before
      .slice(0, ownerAt + 1)
      .map(bare)
      .join(' ');
    rest = before.slice(ownerAt + 1);
    if (determiner === 'bare') determiner = 'possessive';
  }
  // "Foreign Ministry spokesman": the words up to an organization word name the organization.
  const organizationAt = rest.findLastIndex((token, index) => index < rest.length - 1 && isOrganizationWord(token));
  // "Farmers' union leader": the owner belongs to the organization's name.
  const inlineOrganization = organizationAt === -1 ? '' : before.slice(0, before.length - rest.length + organizationAt + 1).join(' ');
  const roleWords = organizationAt === -1 ? rest : rest.slice(organizationAt + 1);

  const afterText = after.join(' ').replace(/^(?:the|a|an)\s+/iu, '');
  return {
    role: roleWords.join(' '),
    head: lower(bare(roleWords[roleWords.length - 1])),
    organization: afterText || inlineOrganization || owner.replace(/^(?:the|its|his|her|their)\s+/iu, ''),
    determiner,
    // Every narrowing word counts, an inline organization's too ("police" in "the country's police spokesman").
    modifiers: [...(organizationAt === -1 ? [] : rest.slice(0, organizationAt + 1)), ...roleWords.slice(0, -1)].map((word) =>
      lower(bare(word)),
    ),
    owner,
  };
}

/** Role heads that name the same job ("spokesman" and "spokeswoman" both speak for someone). */
export function sameRoleHead(first: string, second: string): boolean {
  const family = (head: string): string =>
    head.replace(/^spokes(?:man|woman|person)$/u, 'spokes').replace(/^chair(?:man|woman|person)?$/u, 'chair');
  return family(first.toLowerCase()) === family(second.toLowerCase());
}
