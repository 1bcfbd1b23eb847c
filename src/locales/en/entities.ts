// Entity vocabulary: what makes a capitalised run an organisation, a place, or not a name at all,
// and which words tell a person's gender. Lower-cased.
import type { EntityVocabulary } from '../locale.js';

const male = [
  'mr', 'sir', 'lord', 'king', 'prince', 'father', 'brother', 'herr', 'spokesman', 'chairman', 'businessman',
  'congressman', 'actor', 'man', 'pope',
  'tony', 'gordon', 'john', 'david', 'michael', 'james', 'robert', 'william', 'richard', 'thomas', 'charles',
  'george', 'peter', 'paul', 'mark', 'andrew', 'stephen', 'steven', 'ian', 'alan', 'jack', 'boris', 'vladimir',
  'volodymyr', 'donald', 'joe', 'barack', 'bill', 'tom', 'kenneth', 'ken', 'jeremy', 'nick', 'ed', 'alex',
  'alexander', 'simon', 'martin', 'howard', 'jose', 'josé', 'jacques', 'nicolas', 'emmanuel', 'gerhard', 'olaf',
  'silvio', 'mahmoud', 'ariel', 'benjamin', 'xi', 'hu', 'kofi', 'ban', 'sergei', 'sergey', 'dmitry', 'igor',
  'chris', 'christopher', 'matthew', 'daniel', 'anthony', 'kevin', 'brian', 'gary', 'wayne', 'steve', 'rob',
  'tim', 'roger', 'henry', 'edward', 'arsene', 'arsène', 'alex', 'frank', 'patrick', 'sean', 'kieran', 'neil',
  'jonathan', 'philip', 'adam', 'liam', 'lee', 'harry', 'oliver', 'rishi', 'keir', 'ron', 'larry', 'sam', 'ben',
];
const female = [
  'mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'sister', 'frau', 'mme', 'mlle', 'spokeswoman',
  'chairwoman', 'businesswoman', 'congresswoman', 'actress', 'woman',
  'cherie', 'jane', 'mary', 'margaret', 'elizabeth', 'sarah', 'anne', 'ann', 'susan', 'patricia', 'linda',
  'barbara', 'jennifer', 'angela', 'hillary', 'theresa', 'tessa', 'clare', 'claire', 'tessa', 'ruth', 'harriet',
  'diane', 'condoleezza', 'laura', 'kate', 'catherine', 'helen', 'emma', 'julia', 'victoria', 'rachel', 'nicola',
  'yulia', 'olena', 'ursula', 'christine', 'nancy', 'kamala', 'michelle', 'joanna', 'lisa', 'karen', 'maria',
  'anna', 'sophie', 'lucy', 'alice', 'emily', 'charlotte', 'paula', 'sue', 'liz', 'madonna', 'kylie', 'jessica',
];

export const entityVocabulary: EntityVocabulary = {
  orgCues: [
    'inc', 'ltd', 'llc', 'plc', 'corp', 'corporation', 'co', 'company', 'group', 'holdings', 'ag', 'gmbh', 'sa',
    'nv', 'bank', 'ministry', 'department', 'office', 'agency', 'authority', 'commission', 'committee', 'council',
    'party', 'university', 'college', 'school', 'institute', 'institution', 'foundation', 'association', 'federation',
    'union', 'league', 'club', 'fc', 'united', 'city', 'rovers', 'organisation', 'organization', 'society', 'trust',
    'service', 'board', 'court', 'parliament', 'assembly', 'senate', 'congress', 'police', 'army', 'navy', 'force',
    'forces', 'airlines', 'airways', 'motors', 'industries', 'systems', 'technologies', 'partners', 'fund',
    'network', 'centre', 'center', 'hospital', 'government', 'cabinet', 'executive', 'treasury', 'commons', 'lords',
    'nations', 'forum', 'programme', 'alliance', 'front', 'movement', 'confederation', 'chamber', 'exchange',
    'records', 'studios', 'pictures', 'entertainment', 'games', 'labs', 'software', 'electronics', 'communications',
    'telecom', 'energy', 'oil', 'petroleum', 'pharmaceuticals', 'stores', 'retail', 'media',
  ],
  orgNouns: ['company', 'firm', 'group', 'bank', 'ministry', 'department', 'agency', 'party', 'club', 'council',
    'government', 'organisation', 'organization', 'union', 'retailer', 'carrier', 'airline', 'manufacturer',
    'maker', 'business', 'corporation', 'committee', 'commission', 'regulator', 'watchdog', 'body', 'charity',
    'team', 'side', 'network', 'broadcaster', 'newspaper', 'paper', 'agency', 'studio', 'label', 'university'],
  genders: {
    ...Object.fromEntries(male.map((w) => [w, 'm' as const])),
    ...Object.fromEntries(female.map((w) => [w, 'f' as const])),
  },
  places: [
    'uk', 'britain', 'great britain', 'england', 'scotland', 'wales', 'northern ireland', 'ireland', 'us', 'usa',
    'america', 'united states', 'canada', 'mexico', 'brazil', 'argentina', 'france', 'germany', 'italy', 'spain',
    'portugal', 'netherlands', 'belgium', 'switzerland', 'austria', 'poland', 'ukraine', 'russia', 'belarus',
    'sweden', 'norway', 'denmark', 'finland', 'greece', 'turkey', 'israel', 'iran', 'iraq', 'syria', 'lebanon',
    'egypt', 'libya', 'saudi arabia', 'afghanistan', 'pakistan', 'india', 'china', 'japan', 'korea',
    'north korea', 'south korea', 'australia', 'new zealand', 'south africa', 'nigeria', 'kenya', 'zimbabwe',
    'europe', 'asia', 'africa', 'london', 'paris', 'berlin', 'moscow', 'kyiv', 'kiev', 'washington', 'new york',
    'beijing', 'tokyo', 'brussels', 'rome', 'madrid', 'dublin', 'edinburgh', 'cardiff', 'belfast', 'manchester',
    'liverpool', 'birmingham', 'glasgow', 'leeds', 'jerusalem', 'baghdad', 'tehran', 'kabul', 'delhi',
    'new delhi', 'mumbai', 'hong kong', 'singapore', 'sydney', 'los angeles', 'california', 'texas', 'florida',
    'geneva', 'vienna', 'westminster', 'downing street', 'whitehall', 'wall street', 'silicon valley', 'gaza',
    'west bank', 'crimea', 'donbas', 'kharkiv', 'odesa', 'taiwan', 'vietnam', 'indonesia', 'thailand',
  ],
  nonNames: [
    'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
    'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar',
    'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'christmas', 'easter', 'i', 'god', 'internet',
    'web', 'tv', 'ok', 'uk-based',
  ],
  honorifics: ['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend',
    'father', 'sister', 'brother', 'mme', 'mlle', 'herr', 'frau', 'sheikh'],
  nameParticles: ['de', 'du', 'da', 'di', 'del', 'della', 'van', 'von', 'der', 'den', 'ter', 'al', 'bin', 'ibn', 'la', 'le'],
  orgJoiners: ['of', 'for', '&'],
  appositionOpeners: ['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'one', 'another', 'former'],
  relativePronouns: ['who', 'whom', 'whose', 'which', 'that'],
};
