// Honorifics and titles that precede a name. They are recognised but kept out of the entity's
// name (`Mr Blair` → Blair); role titles (`Chancellor`) also become a description.
// Lower-cased, without a trailing full stop; multi-word titles space-separated.
export const titles: string[] = [
  // honorifics
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
  'rev', 'reverend', 'father', 'sister', 'brother', 'rabbi', 'imam', 'sheikh', 'mme', 'mlle', 'herr', 'frau',
  // political and state roles
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'premier',
  'chancellor', 'minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister',
  'interior minister', 'health minister', 'foreign secretary', 'home secretary', 'health secretary',
  'culture secretary', 'education secretary', 'secretary of state', 'secretary', 'secretary-general',
  'secretary general', 'senator', 'sen', 'rep', 'representative', 'congressman', 'congresswoman',
  'governor', 'gov', 'mayor', 'ambassador', 'chairman', 'chairwoman', 'chair', 'speaker', 'mp', 'mep',
  'king', 'queen', 'prince', 'princess', 'pope', 'archbishop', 'bishop', 'cardinal', 'judge', 'justice',
  'attorney general', 'commissioner', 'chief executive', 'ceo', 'coach', 'manager', 'captain', 'detective',
  'inspector', 'sergeant', 'sgt', 'officer', 'general', 'gen', 'colonel', 'col', 'major', 'maj', 'lieutenant',
  'lt', 'admiral', 'adm', 'commander', 'cmdr', 'chief', 'director', 'head coach', 'shadow chancellor',
  'leader', 'opposition leader', 'labour leader', 'tory leader', 'conservative leader',
];
