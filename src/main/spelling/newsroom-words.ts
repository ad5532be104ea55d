/**
 * Words a newsroom writes every day that Hunspell's general English
 * dictionaries lack, so the desk does not flag them on every story. Our own
 * list of ordinary vocabulary (no names: those come from the speaker registry
 * and the desk dictionary). Both spellings where British and American differ.
 */
export const NEWSROOM_WORDS: readonly string[] = [
  'cyber', 'cyberattack', 'cyberattacks', 'cybercrime', 'cybersecurity', 'cyberspace', 'hacktivist', 'ransomware', 'malware',
  'spyware', 'botnet', 'deepfake', 'deepfakes', 'livestream', 'livestreamed', 'podcast', 'podcasts', 'hashtag', 'hashtags',
  'dateline', 'datelines', 'byline', 'bylines', 'slugline', 'sluglines', 'newsroom', 'newsrooms', 'subeditor', 'subeditors',
  'copyeditor', 'copyeditors', 'standfirst', 'embargoed', 'timeline', 'timelines', 'website', 'websites', 'online', 'offline',
  'spokesperson', 'spokespeople', 'frontrunner', 'frontrunners', 'policymaker', 'policymakers', 'lawmaker', 'lawmakers',
  'councillor', 'councillors', 'councilor', 'councilors', 'ceasefire', 'ceasefires', 'stakeholder', 'stakeholders',
  'eurozone', 'Brexit', 'geopolitical', 'geopolitics', 'counterterrorism', 'paramilitary', 'paramilitaries', 'airstrike',
  'airstrikes', 'drone', 'drones', 'microplastics', 'greenhouse', 'decarbonise', 'decarbonize', 'decarbonisation',
  'decarbonization', 'net-zero', 'pandemic', 'lockdown', 'lockdowns', 'reopening', 'vaccinated', 'unvaccinated',
  'crowdfunding', 'startup', 'startups', 'fintech', 'crypto', 'cryptocurrency', 'cryptocurrencies', 'blockchain',
  'inflationary', 'stagflation', 'downgrade', 'downgraded', 'year-on-year', 'quarter-on-quarter', 'shortlisted',
];
