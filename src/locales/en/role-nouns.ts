// Common nouns naming a person's role: `the minister said` refers back to an earlier person,
// `a spokesman for Sony said` introduces one, `Sony chief executive Howard Stringer` describes one.
// Lower-cased; multi-word roles space-separated.
export const roleNouns: string[] = [
  'minister', 'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'president', 'chancellor',
  'premier', 'secretary', 'senator', 'governor', 'mayor', 'ambassador', 'diplomat', 'chairman', 'chairwoman',
  'chair', 'chief executive', 'executive', 'boss', 'director', 'manager', 'coach', 'captain', 'player',
  'striker', 'midfielder', 'defender', 'goalkeeper', 'leader', 'mp', 'mep', 'lawmaker', 'politician', 'candidate',
  'analyst', 'analysts', 'economist', 'economists', 'expert', 'experts', 'professor', 'researcher', 'scientist',
  'lawyer', 'attorney', 'prosecutor', 'judge', 'police officer', 'officer', 'detective', 'commander', 'general',
  'source', 'sources', 'insider', 'aide', 'adviser', 'advisor', 'founder', 'owner', 'actor', 'actress', 'singer',
  'star', 'director-general', 'chief', 'head', 'doctor', 'witness', 'resident', 'campaigner', 'activist',
  'businessman', 'businesswoman', 'banker', 'trader', 'author', 'writer', 'journalist', 'reporter', 'editor',
  'producer', 'band', 'woman', 'man', 'spokespeople', 'representative', 'negotiator', 'envoy', 'king', 'queen',
  'prince', 'princess', 'pope', 'bishop', 'archbishop', 'chief economist', 'finance director', 'chief operating officer',
];
