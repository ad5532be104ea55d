/**
 * Words that tell a capitalised span is not a person, or that a capitalised
 * word in front of a name is not part of it: heads of outlet, team and company
 * names, the nouns that introduce an organization ("carrier SkyLark"), and
 * nationality words ("Belgian Wout Claessens", "the Belgian said").
 * Like lexicon.ts these describe news prose in general, never one story.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Last words of newspaper, broadcaster and agency names ("Valley Record", "Radio Gwent"). */
export const OUTLET_WORDS = words(`
  courier gazette herald tribune chronicle journal record echo times post mail telegraph express
  observer examiner inquirer enquirer sentinel ledger bulletin dispatch review tidende zeitung
  radio tv television broadcasting channel news press wire daily weekly magazine reporter
  advertiser argus leader register standard independent guardian mirror star pictures photos images
`);

/** Words of sports-club names ("Calder Rovers", "Marrow Athletic", "Hensley Town"). */
export const TEAM_WORDS = words(`
  rovers rangers united athletic athletico wanderers albion harriers town fc afc sc cf rfc hotspur
  villa dynamo sporting olympic racing team academicals thistle argyle saints
`);

/** Heads of company names ("Harbourline Properties", "Coastal Power", "Velcor Pharma"). */
export const COMPANY_WORDS = words(`
  properties power energy water gas oil electric electricity systems pharma pharmaceuticals mining
  shipping airlines airways aviation logistics foods media insurance capital holdings industries
  motors telecom communications software labs research consulting construction resources minerals
  steel brands retail stores markets bakery mill mills brewery farms estates homes housing
  developments ventures solutions technologies networks entertainment studios records
`);

/** Nationality and regional words; before a name they title it, after "the" they describe someone. */
export const DEMONYMS = words(`
  american argentine argentinian australian austrian belgian brazilian british briton bulgarian
  canadian chilean chinese colombian croatian czech dane danish dutch dutchman dutchwoman egyptian
  english englishman englishwoman estonian ethiopian filipino finn finnish french frenchman
  frenchwoman german ghanaian greek hungarian icelander indian indonesian iranian iraqi irish
  irishman irishwoman israeli italian jamaican japanese jordanian kenyan korean latvian lebanese
  lithuanian malaysian mexican moroccan nigerian norwegian pakistani peruvian pole polish
  portuguese romanian russian saudi scot scottish scotsman senegalese serb serbian slovak
  slovenian somali spaniard spanish swede swedish swiss syrian taiwanese thai tongan tunisian
  turk turkish ugandan ukrainian uruguayan venezuelan vietnamese welsh welshman welshwoman
  zambian zimbabwean european african asian
`);

/** Capitalised words that open a sentence and never start a name ("To Alcott, …", "Is Mendes …?"). */
export const FUNCTION_WORDS = words(`
  to is was are were be been being has have had do does did can could should would might must
  like unlike for with without into onto about against between through across along among around
  near off out over up down such than very just even nor either neither any most more less few
  much own same other another whose whether unless until once thus hence therefore indeed perhaps
  maybe asked told said says inside outside beside besides within via per upon amid
`);

/** Institution words that are also common surnames: after a known first name they end a person's name ("Gareth Mills"). */
export const SURNAME_LIKE_WORDS = words(
  'power mills mill hall house church banks bank post press steel wood woods brooks marsh field fields',
);

/** Writings that "say" things: a quote after "the statement said" is nobody's in particular. */
export const DOCUMENT_WORDS = words(`
  statement report letter study document documents filing filings post notice survey poll complaint
  lawsuit ruling judgment judgement indictment affidavit memo email release tweet website analysis
  audit order decision verdict minutes transcript papers records sign signs banner leaflet
`);

/** Groups of unnamed people ("officials said", "residents told reporters"): a source, never one person. */
export const GROUP_WORDS = words(`
  people others authorities locals villagers neighbours neighbors organisers organizers officials
  campaigners opponents supporters parents families students teachers workers members fans players
  doctors nurses scientists researchers economists investors traders diplomats sources spokespeople
  residents analysts experts witnesses critics lawmakers legislators officers police protesters
  protestors demonstrators activists farmers employees staff insiders observers commentators
`);
