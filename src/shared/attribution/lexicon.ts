/**
 * Word lists the detector's rules are built from. They describe English news
 * prose in general (speech verbs, job titles, organization heads), never one
 * briefing; extend them rather than adding rules for a single story.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Verbs that report speech, in the forms news prose uses them (lower case). */
export const SPEECH_VERBS = words(`
  said says say told tells added adds noted notes stated states replied replies warned warns
  argued argues explained explains insisted insists described describes claimed claims asserted
  declared declares announced announces commented comments remarked remarks responded responds
  answered answers acknowledged acknowledges admitted admits conceded concedes confirmed confirms
  denied denies stressed stresses emphasized emphasised emphasizes emphasises suggested suggests
  wrote writes asked urged urges recalled recalls observed observes
  concluded concludes predicted predicts contended contends countered counters
  cautioned cautions reiterated reiterates complained complains reported
  tweeted pointed underlined underscored
  quipped quips joked jokes laughed laughs blurted shouted shouts yelled yells screamed cried
  exclaimed exclaims mused muses sighed snapped retorted retorts scoffed scoffs fumed gushed gushes
  boasted boasts bragged lamented laments vowed vows pledged pledges promised promises recounted
  recounts remembered continued continues agreed agrees whispered testified testifies
  texted wondered wonders marvelled marveled apologised apologized chimed interjected
  hinted proclaimed reflected reasoned
`);

/** Speech verbs only a person does: an unknown lone word before them is someone's name ("Tavinho joked"). */
export const PERSONAL_SPEECH_VERBS = words(`
  quipped joked laughed blurted shouted yelled screamed cried exclaimed mused sighed snapped retorted
  scoffed fumed gushed boasted bragged lamented whispered marvelled marveled recalled remembered
`);

/** Particles that belong to the verb before them ("blurted out", "chimed in", "went on"). */
export const VERB_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['blurted', 'out'],
  ['chimed', 'in'],
  ['pointed', 'out'],
  ['summed', 'up'],
]);

/** Verbs that report words only with a quotation after their object ("called the vote “a patch …”"). */
export const NAMING_VERBS = words(`
  called calls dubbed dubs branded brands labelled labeled labels termed terms rejected rejects dismissed
  dismisses accused accuses hailed hails praised praises condemned condemns
`);

/** Participles that hang a quote on the sentence's subject ("…, calling the accusation "…""). */
export const SPEECH_PARTICIPLES = words(`
  saying noting adding calling describing insisting warning arguing explaining stressing
  telling declaring claiming asserting urging describing dismissing branding labelling labeling
  joking laughing quipping recalling promising vowing conceding admitting acknowledging
  announcing confirming predicting
`);

/** Words that may stand between a subject and its speech verb ("Hong also said"). */
export const SUBJECT_ADVERBS = words(`
  also later earlier again then previously separately further today yesterday recently once
  only repeatedly publicly privately had has have was is would will could did does
`);

/** Heads of job titles and roles ("spokesman", "chief engineer", "Finance Minister"). */
export const ROLE_WORDS = words(`
  spokesman spokeswoman spokesperson spokespeople minister ministers secretary president premier
  chancellor director head chief leader chairman chairwoman chairperson chair governor mayor
  senator congressman congresswoman lawmaker legislator mp deputy ambassador envoy diplomat
  official officer commander general admiral colonel captain lieutenant sergeant inspector
  commissioner superintendent sheriff judge prosecutor attorney lawyer counsel advocate
  engineer meteorologist forecaster scientist researcher professor lecturer economist analyst
  strategist expert adviser advisor consultant manager executive ceo cfo coo cto founder
  co-founder owner partner editor correspondent reporter journalist doctor physician surgeon
  nurse teacher principal coach activist campaigner organizer organiser coordinator
  representative delegate negotiator mediator administrator regulator auditor treasurer king
  queen prince princess pope bishop archbishop cardinal rabbi imam priest pastor councillor
  councilor alderman candidate nominee boss trader banker farmer resident witness survivor
  student voter fisherman worker driver pilot soldier agent investigator detective ranger
  geologist biologist epidemiologist historian author writer novelist artist vice-president
  vice-chairman undersecretary under-secretary attaché attache aide staffer consul
  superintendent dean provost rector warden sheriff marshal steward clerk registrar
  commissioner ombudsman auditor-general secretary-general director-general master pilot member
  employee staff insider source
  barrister solicitor trustee constable keeper shopkeeper co-ordinator midfielder forward striker
  defender goalkeeper winger fly-half prop rider cyclist runner athlete player champion
  grandmaster ecologist volcanologist hydrologist physiotherapist pharmacist baker miller curator
  conductor singer actor actress musician guitarist drummer composer poet critic filmmaker
  producer photographer paramedic firefighter chaplain vicar nephew niece great-grandson
  great-granddaughter grandson granddaughter widow widower landlord tenant passenger commuter
  marcher protester protestor demonstrator bystander motorist pedestrian specialist vice-chair
  vice-chancellor councilwoman councilman manager coach
`);

/** Titles written before a name ("Dr.", "Prof.", "Mr."); compared without the period. */
export const NAME_TITLES = words(`
  Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Reverend Gen Col Capt Lt Sgt Maj
  Sen Rep Gov Judge Justice President Minister Chancellor Mayor King Queen Prince Princess Pope
  Sheikh Ayatollah Father Sister Brother Rabbi Imam Bishop Cardinal Archbishop Ambassador
  Senator Governor Secretary Premier Commissioner Inspector Chief Director General Admiral Colonel
  Captain Lieutenant Sergeant Officer Detective Coach Chairman Chairwoman
  Constable Trustee Councillor Councilor Superintendent Supt Insp Det Grandmaster Dean Principal
  Deputy Pastor Deacon Fr Chair Speaker Marshal Commander Magistrate Prosecutor Auditor
`);

/** Titles that tell a person's gender. */
export const MALE_TITLES = words('Mr Sir Lord King Prince Father Brother spokesman chairman congressman');
export const FEMALE_TITLES = words('Mrs Ms Miss Dame Lady Queen Princess Sister spokeswoman chairwoman congresswoman');

/** Heads of organization names; a capitalised span holding one is not a person. */
export const ORGANIZATION_WORDS = words(`
  ministry authority coalition service office union council committee agency department bank
  group company corp corporation inc ltd llc plc party university institute association
  commission court police army navy force forces government administration parliament congress
  senate assembly organization organisation foundation fund board bureau center centre network
  news times post press airlines motors systems technologies holdings partners club federation
  league society trust church school college hospital clinic museum library station port harbor
  harbour airport railway exchange reserve treasury cabinet kremlin pentagon house palace hall
  embassy consulate mission tribunal initiative alliance front movement watch firm agency unit
  coalition institution regulator commission court guard brigade command ministry's
  directorate secretariat inspectorate observatory laboratory lab
`);

/** Portfolio words that make "Ministry of X" and similar names, never people. */
export const PORTFOLIO_WORDS = words(`
  defense defence affairs security health justice interior commerce trade energy environment
  education finance agriculture transport labour labor culture industry
`);

/** Tokens of place names that look like personal names ("Hong Kong", "South Korea"). */
export const PLACE_WORDS = words(`
  states kingdom republic nations emirates kong korea arabia zealand lanka africa america rica
  salvador europe asia street avenue road river lake mountain mount valley island islands city
  county province state region district square park bay sea ocean gulf coast north south east
  west northern southern eastern western new los las san santa saint st
  china russia india japan germany france britain iran iraq israel syria ukraine
`);

/** Capitalised words that never start or continue a name (sentence openers, days, months). */
export const NOT_NAME_WORDS = words(`
  the a an this that these those it its he she they we i you his her their our my your in on at
  for from by with but and or as if when while after before earlier later meanwhile however also
  speaking according monday tuesday wednesday thursday friday saturday sunday january february
  march april june july august september october november december firstly secondly thirdly
  finally first second third last next nobody somebody everyone someone there here then yet so
  still asked under over since until during despite although though because instead among
  officials authorities police residents experts analysts critics sources witnesses reporters
  what who whom which where why how not no yes one two three both each every all some many
  today yesterday tomorrow mr mrs ms dr prof
`);

/** Particles inside a surname ("de la Roche", "van der Berg", "bin Salman"). */
export const NAME_PARTICLES = words('de la le du des del della di da dos das van von der den ter ten bin ibn al el y zu');

/** Words that end a subject phrase when scanning left from a speech verb. */
export const CLAUSE_BOUNDARIES = words(`
  that which because and but or as while when whereas although though if so since after before
  where while said says told added noted
`);

/** Pronouns that can be the subject of a speech verb, with the gender they tell. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'unknown'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'unknown'],
]);

/** Determiners that make a role phrase a description of someone ("the spokesman"). */
export const DEFINITE_DETERMINERS = words('the this that its his her their our');
export const INDEFINITE_DETERMINERS = words('a an one another some several two three');
