// Topic attributions: words whose prepositional object is what someone said, wrote, believed or
// wanted (`pointed to Cruz's organisation`, `is upbeat about his chances`, `her critique of the
// plan`). Every surface form is listed, as in cues.ts, because wink-nlp gives no real lemmas.
import type { CueEntry, TopicCue } from '../locale.js';

type Type = CueEntry['type'];

/** A verb with its five slots (base, 3rd person, past, past participle, -ing). */
function verb(type: Type, prepositions: string, base: string, third: string, past: string, participle: string, ing: string): TopicCue {
  return { lemma: base, forms: [...new Set([base, third, past, participle, ing])], prepositions: prepositions.split(' '), role: 'verb', type };
}

/** A regular verb: `point` → points, pointed, pointing. */
function regular(type: Type, prepositions: string, base: string, stem = base): TopicCue {
  const ed = stem.endsWith('e') ? `${stem}d` : `${stem}ed`;
  const ing = stem.endsWith('e') && !stem.endsWith('ee') ? `${stem.slice(0, -1)}ing` : `${stem}ing`;
  const third = /(s|sh|ch|x|z)$/.test(base) ? `${base}es` : `${base}s`;
  return verb(type, prepositions, base, third, ed, ed, ing);
}

/** A verb followed by a fixed particle (`weigh in on`, `double down on`). */
function phrase(head: TopicCue, particle: string): TopicCue {
  return { ...head, lemma: `${head.lemma} ${particle}`, forms: head.forms.map((f) => `${f} ${particle}`) };
}

function adjective(type: Type, prepositions: string, ...forms: string[]): TopicCue {
  return { lemma: forms[0]!, forms, prepositions: prepositions.split(' '), role: 'adjective', type };
}

/** A noun, singular and plural. */
function noun(type: Type, prepositions: string, singular: string, plural = `${singular}s`): TopicCue {
  return { lemma: singular, forms: [...new Set([singular, plural])], prepositions: prepositions.split(' '), role: 'noun', type };
}

/** A verb whose direct object is what someone stands for or against, or decided (`endorsed
 *  Cruz`, `signed the bill`). */
function stance(type: Type, base: string, stem = base): TopicCue {
  return { ...directObject(type, base, stem), stance: true };
}

/** A verb whose direct object is the content (`listed three failures`). */
function directObject(type: Type, base: string, stem = base): TopicCue {
  return { ...regular(type, '', base, stem), prepositions: [], directObject: true };
}

/** A noun that reports only as someone's (`his attack on`, `Trump's focus on`): bare, it names an
 *  event or a thing (`the attack on the embassy`, `a focus on costs`). */
function owned(entry: TopicCue): TopicCue {
  return { ...entry, needsOwner: true };
}

/** Statement nouns with a complement clause or infinitive (`his claim that…`, `a vow to…`). */
function complements(type: Type, markers: string, ...singulars: string[]): TopicCue[] {
  return singulars.map((singular) => ({ ...noun(type, markers, singular), complement: true, needsOwner: type === 'intention' }));
}

export const topicCues: TopicCue[] = [
  // Speech about a topic.
  regular('speech', 'to', 'point'),
  regular('speech', 'on', 'comment'),
  regular('speech', 'on', 'touch'),
  regular('speech', 'about of', 'boast'),
  regular('speech', 'about', 'brag', 'bragg'),
  regular('speech', 'about of', 'complain'),
  regular('speech', 'about', 'joke'),
  regular('speech', 'against', 'rail'),
  regular('speech', 'of about against', 'warn'),
  regular('speech', 'for', 'apologize'),
  regular('speech', 'for', 'apologise'),
  regular('speech', 'for', 'vouch'),
  regular('speech', 'for against', 'advocate'),
  regular('speech', 'on', 'insist'),
  regular('speech', 'for', 'press'),
  verb('speech', 'on about', 'testify', 'testifies', 'testified', 'testified', 'testifying'),
  regular('speech', 'on', 'elaborate'),
  regular('speech', 'about', 'tweet'),
  verb('speech', 'about', 'speak', 'speaks', 'spoke', 'spoken', 'speaking'),
  verb('writing', 'about', 'write', 'writes', 'wrote', 'written', 'writing'),
  regular('speech', 'about', 'ask'),
  regular('speech', 'about', 'inquire'),
  regular('speech', 'over', 'spar', 'sparr'),
  regular('speech', 'against for', 'campaign'),
  regular('speech', 'on', 'dwell'),
  phrase(verb('speech', 'on', 'double', 'doubles', 'doubled', 'doubled', 'doubling'), 'down'),
  regular('speech', 'to', 'object'),
  phrase(regular('speech', 'on', 'weigh'), 'in'),
  // Stances and decisions: the direct object is the content (`endorsed Cruz`, `opposes the tax`,
  // `signed the bill`, `allows gun buyers to…`). Each kept where PolNeAR train and dev both gained;
  // compare (quoted objects read as direct quotations), hire, identify, highlight, prefer and
  // target lost on one of them.
  stance('belief', 'endorse'),
  stance('belief', 'support'),
  stance('belief', 'oppose'),
  stance('belief', 'back'),
  stance('belief', 'favor'),
  stance('belief', 'favour'),
  stance('belief', 'embrace'),
  stance('belief', 'approve'),
  stance('intention', 'sign'),
  stance('intention', 'name'),
  stance('intention', 'nominate'),
  stance('intention', 'appoint'),
  stance('intention', 'order'),
  stance('intention', 'allow'),
  // `listed three failures` reports what was said, not a position.
  directObject('speech', 'list'),
  // Attitudes and intentions toward a topic.
  verb('belief', 'about over', 'worry', 'worries', 'worried', 'worried', 'worrying'),
  regular('belief', 'about over', 'fret', 'frett'),
  verb('belief', 'about of', 'think', 'thinks', 'thought', 'thought', 'thinking'),
  verb('belief', 'in', 'believe', 'believes', 'believed', 'believed', 'believing'),
  regular('belief', 'on', 'focus'),
  regular('belief', 'on with', 'agree'),
  regular('belief', 'at', 'balk'),
  regular('intention', 'for', 'hope'),
  regular('intention', 'for', 'ask'),
  regular('intention', 'for against', 'vote'),
  regular('intention', 'for', 'call'),
  // Adjectives, after a copula: `is upbeat about`, `was critical of`.
  adjective('belief', 'of', 'aware', 'unaware'),
  adjective('belief', 'of', 'critical', 'supportive', 'proud', 'wary', 'skeptical', 'sceptical', 'suspicious', 'fearful', 'afraid', 'confident'),
  adjective('belief', 'about', 'upbeat', 'pessimistic', 'concerned', 'worried', 'confident', 'uneasy', 'nervous', 'excited', 'enthusiastic', 'hopeful', 'sure', 'unsure', 'certain', 'uncertain', 'honest', 'open', 'upfront', 'candid', 'vocal', 'clear', 'mum', 'adamant', 'serious', 'passionate', 'unhappy', 'angry', 'upset', 'bitter', 'wrong', 'right'),
  adjective('belief', 'on', 'split', 'divided', 'mum', 'bullish', 'bearish', 'soft', 'tough', 'firm', 'clear'),
  adjective('belief', 'in', 'interested', 'confident', 'disappointed'),
  adjective('belief', 'for', 'known'),
  adjective('belief', 'with', 'disappointed', 'unhappy', 'satisfied'),
  // Nouns: `his critique of`, `raised questions about`, `support for`.
  noun('speech', 'about', 'question'),
  owned(noun('speech', 'of', 'question')),
  noun('belief', 'about over', 'concern'),
  noun('belief', 'about', 'doubt'),
  noun('speech', 'of for over', 'criticism', 'criticisms'),
  noun('speech', 'of', 'critique'),
  owned(noun('speech', 'on', 'attack')),
  noun('belief', 'for', 'support', 'support'),
  noun('belief', 'to', 'opposition', 'opposition'),
  noun('speech', 'of', 'endorsement'),
  noun('speech', 'of', 'mention'),
  noun('speech', 'to', 'reference'),
  noun('speech', 'on about', 'comment'),
  noun('belief', 'on', 'view'),
  owned(noun('belief', 'of', 'view')),
  noun('belief', 'on', 'position'),
  noun('belief', 'on', 'stance'),
  noun('belief', 'on', 'thought'),
  noun('belief', 'on of', 'opinion'),
  noun('speech', 'for', 'call'),
  noun('speech', 'for', 'demand'),
  noun('speech', 'for', 'plea'),
  noun('speech', 'for', 'praise', 'praise'),
  noun('speech', 'of', 'defense', 'defenses'),
  noun('speech', 'about of', 'story', 'stories'),
  noun('speech', 'about of', 'talk'),
  noun('speech', 'about', 'conversation'),
  noun('speech', 'about', 'debate'),
  owned(noun('speech', 'over on', 'debate')),
  noun('speech', 'for', 'argument'),
  noun('speech', 'about of', 'warning'),
  noun('speech', 'about', 'complaint'),
  noun('belief', 'of about', 'fear'),
  noun('belief', 'in', 'belief'),
  owned(noun('belief', 'on', 'focus', 'focus')),
  noun('speech', 'to', 'tribute'),
  noun('belief', 'on', 'consensus', 'consensus'),
  noun('belief', 'on', 'decision'),
  noun('speech', 'of', 'message'),
  noun('speech', 'about', 'detail'),
  noun('speech', 'of', 'report'),
  owned(noun('speech', 'with', 'issue')),
  owned(noun('speech', 'at', 'aim', 'aim')),
  // Statement nouns with a complement: `her assertion that…`, `his refusal to…`.
  ...complements('speech', 'that', 'claim', 'assertion', 'suggestion', 'warning', 'complaint', 'allegation', 'accusation', 'assurance', 'insistence', 'admission', 'acknowledgment', 'acknowledgement', 'argument', 'contention', 'hint', 'prediction', 'announcement', 'revelation', 'disclosure', 'observation', 'insinuation', 'boast', 'report', 'point', 'note', 'denial', 'explanation', 'statement', 'message', 'pitch', 'guarantee', 'reassurance', 'pronouncement', 'rumor', 'rumour', 'reminder', 'proclamation', 'declaration', 'confession', 'objection', 'remark', 'comment', 'testimony', 'forecast'),
  ...complements('belief', 'that', 'assumption', 'belief', 'conclusion', 'fear', 'hope', 'concern', 'suspicion', 'speculation', 'confidence', 'recognition', 'realization', 'consensus', 'idea', 'view', 'opinion', 'position', 'theory', 'impression', 'feeling', 'worry', 'expectation', 'assessment', 'estimate', 'finding', 'sense', 'disappointment', 'frustration', 'understanding', 'conviction', 'perception'),
  ...complements('intention', 'to that', 'promise', 'pledge', 'vow', 'threat'),
  ...complements('intention', 'to', 'decision', 'refusal', 'proposal', 'call', 'request', 'demand', 'reluctance', 'unwillingness', 'eagerness', 'desire', 'commitment', 'agreement', 'intention', 'plan'),
];
