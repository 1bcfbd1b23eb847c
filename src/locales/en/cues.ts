// The English lexicon of speech, writing and belief cues. Every surface form is listed, so the
// cue stage matches tokens literally and never needs a stemmer. Phrases are space-separated
// token sequences as wink-nlp splits them (`according to`, `went on to say`).
import type { CueEntry, CueFrame } from '../locale.js';

type Type = CueEntry['type'];

/** A verb with its five regular slots: base, 3rd person, past, past participle, -ing. */
function verb(type: Type, frame: CueFrame, base: string, third: string, past: string, participle: string, ing: string): CueEntry {
  return { lemma: base, forms: [...new Set([base, third, past, participle, ing])], type, frame };
}

/** A verb followed by a fixed tail (`point out`, `go on to say`, `tell reporters`). */
function phrase(head: CueEntry, tail: string, frame: CueFrame = head.frame ?? 'clause'): CueEntry {
  return { lemma: `${head.lemma} ${tail}`, forms: head.forms.map((f) => `${f} ${tail}`), type: head.type, frame };
}

const say = verb('speech', 'clause', 'say', 'says', 'said', 'said', 'saying');
const tell = verb('speech', 'clause', 'tell', 'tells', 'told', 'told', 'telling');
const point = verb('speech', 'clause', 'point', 'points', 'pointed', 'pointed', 'pointing');
const go = verb('speech', 'clause', 'go', 'goes', 'went', 'gone', 'going');
const make = verb('speech', 'that', 'make', 'makes', 'made', 'made', 'making');

/** Objects that make `find` a verb of arriving or ending up, which reports nothing. */
const FIND_OTHER_VERB = [
  'himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself',
  'its way', 'his way', 'her way', 'their way', 'a way', 'ways', 'common ground',
];

export const cues: CueEntry[] = [
  say,
  tell,
  phrase(tell, 'reporters'),
  phrase(tell, 'journalists'),
  phrase(say, 'in a statement'),
  phrase(point, 'out'),
  phrase(go, 'on to say'),
  phrase(make, 'clear'),
  { lemma: 'according to', forms: ['according to'], type: 'speech', frame: 'according' },
  // Verbs that introduce a clause or a noun phrase of reported content without `that`.
  // `claimed victory`, `claim the nomination`, `claiming his third victory`: winning, not saying.
  { ...verb('speech', 'clause', 'claim', 'claims', 'claimed', 'claimed', 'claiming'), otherVerbWith: ['victory', 'a victory', 'the nomination', 'residency'], nounObjectIsOther: true },
  verb('speech', 'clause', 'warn', 'warns', 'warned', 'warned', 'warning'),
  verb('speech', 'clause', 'predict', 'predicts', 'predicted', 'predicted', 'predicting'),
  verb('speech', 'clause', 'argue', 'argues', 'argued', 'argued', 'arguing'),
  verb('speech', 'clause', 'insist', 'insists', 'insisted', 'insisted', 'insisting'),
  verb('speech', 'clause', 'suggest', 'suggests', 'suggested', 'suggested', 'suggesting'),
  verb('speech', 'clause', 'allege', 'alleges', 'alleged', 'alleged', 'alleging'),
  verb('speech', 'clause', 'promise', 'promises', 'promised', 'promised', 'promising'),
  // `pledged its full support`: giving, not promising.
  { ...verb('speech', 'clause', 'pledge', 'pledges', 'pledged', 'pledged', 'pledging'), nounObjectIsOther: true },
  verb('speech', 'clause', 'vow', 'vows', 'vowed', 'vowed', 'vowing'),
  verb('speech', 'clause', 'deny', 'denies', 'denied', 'denied', 'denying'),
  verb('speech', 'clause', 'acknowledge', 'acknowledges', 'acknowledged', 'acknowledged', 'acknowledging'),
  // `admitted 10,000 refugees`: letting in, not conceding.
  { ...verb('speech', 'clause', 'admit', 'admits', 'admitted', 'admitted', 'admitting'), nounObjectIsOther: true },
  verb('speech', 'clause', 'concede', 'concedes', 'conceded', 'conceded', 'conceding'),
  verb('speech', 'clause', 'contend', 'contends', 'contended', 'contended', 'contending'),
  verb('speech', 'clause', 'assert', 'asserts', 'asserted', 'asserted', 'asserting'),
  // `maintains a narrow lead`: keeping, not asserting.
  { ...verb('speech', 'clause', 'maintain', 'maintains', 'maintained', 'maintained', 'maintaining'), nounObjectIsOther: true },
  verb('speech', 'clause', 'complain', 'complains', 'complained', 'complained', 'complaining'),
  verb('speech', 'clause', 'declare', 'declares', 'declared', 'declared', 'declaring'),
  verb('speech', 'clause', 'insinuate', 'insinuates', 'insinuated', 'insinuated', 'insinuating'),
  verb('speech', 'clause', 'estimate', 'estimates', 'estimated', 'estimated', 'estimating'),
  // Verbs reporting a that-clause, or a noun-phrase object when a source says it (`noted their
  // endorsements`); `add` only with `that`, a colon or quotation marks (`added 500 jobs`).
  verb('speech', 'that-clause', 'add', 'adds', 'added', 'added', 'adding'),
  verb('speech', 'that', 'note', 'notes', 'noted', 'noted', 'noting'),
  verb('speech', 'object', 'announce', 'announces', 'announced', 'announced', 'announcing'),
  verb('speech', 'that', 'explain', 'explains', 'explained', 'explained', 'explaining'),
  verb('speech', 'that', 'state', 'states', 'stated', 'stated', 'stating'),
  // `had confirmed 68 judicial nominees`: approving an appointment, not affirming a statement.
  { ...verb('speech', 'that', 'confirm', 'confirms', 'confirmed', 'confirmed', 'confirming'), nounObjectIsOther: true },
  verb('speech', 'that', 'reveal', 'reveals', 'revealed', 'revealed', 'revealing'),
  verb('speech', 'that', 'stress', 'stresses', 'stressed', 'stressed', 'stressing'),
  verb('speech', 'that', 'emphasise', 'emphasises', 'emphasised', 'emphasised', 'emphasising'),
  verb('speech', 'that', 'emphasize', 'emphasizes', 'emphasized', 'emphasized', 'emphasizing'),
  verb('speech', 'that', 'observe', 'observes', 'observed', 'observed', 'observing'),
  verb('speech', 'that', 'remark', 'remarks', 'remarked', 'remarked', 'remarking'),
  verb('speech', 'that', 'comment', 'comments', 'commented', 'commented', 'commenting'),
  verb('speech', 'that', 'report', 'reports', 'reported', 'reported', 'reporting'),
  verb('speech', 'that', 'recall', 'recalls', 'recalled', 'recalled', 'recalling'),
  verb('speech', 'that', 'agree', 'agrees', 'agreed', 'agreed', 'agreeing'),
  verb('speech', 'that', 'indicate', 'indicates', 'indicated', 'indicated', 'indicating'),
  verb('speech', 'that', 'signal', 'signals', 'signalled', 'signalled', 'signalling'),
  verb('speech', 'that', 'testify', 'testifies', 'testified', 'testified', 'testifying'),
  verb('speech', 'that', 'boast', 'boasts', 'boasted', 'boasted', 'boasting'),
  verb('speech', 'that', 'joke', 'jokes', 'joked', 'joked', 'joking'),
  verb('speech', 'that', 'reiterate', 'reiterates', 'reiterated', 'reiterated', 'reiterating'),
  verb('speech', 'that', 'conclude', 'concludes', 'concluded', 'concluded', 'concluding'),
  // Found missing from PolNeAR train's cues: reported only with a that-clause.
  verb('speech', 'that', 'charge', 'charges', 'charged', 'charged', 'charging'),
  verb('speech', 'that', 'caution', 'cautions', 'cautioned', 'cautioned', 'cautioning'),
  verb('speech', 'that', 'disclose', 'discloses', 'disclosed', 'disclosed', 'disclosing'),
  verb('speech', 'that', 'remind', 'reminds', 'reminded', 'reminded', 'reminding'),
  verb('belief', 'that', 'learn', 'learns', 'learned', 'learned', 'learning'),
  verb('belief', 'that', 'realize', 'realizes', 'realized', 'realized', 'realizing'),
  verb('belief', 'that', 'understand', 'understands', 'understood', 'understood', 'understanding'),
  verb('belief', 'that', 'recognize', 'recognizes', 'recognized', 'recognized', 'recognizing'),
  verb('belief', 'that', 'worry', 'worries', 'worried', 'worried', 'worrying'),
  verb('belief', 'that', 'doubt', 'doubts', 'doubted', 'doubted', 'doubting'),
  verb('belief', 'that', 'see', 'sees', 'saw', 'seen', 'seeing'),
  // `considers him a liability`, `views the deal as a trap`: a judgement of the object.
  verb('belief', 'that', 'consider', 'considers', 'considered', 'considered', 'considering'),
  verb('belief', 'that', 'view', 'views', 'viewed', 'viewed', 'viewing'),
  // `showed up at the firehouse`, `showing off the hat`: another verb, which reports nothing (of
  // the content words attributed to it, 59 of 290 were gold's on PolNeAR train, 0 of 19 on dev);
  // so is `showed strength` without a poll or record as the subject.
  { ...verb('speech', 'clause', 'show', 'shows', 'showed', 'shown', 'showing'), otherVerbWith: ['up', 'off', 'flashes'], nounObjectIsOther: true },
  // `found himself in trouble`, `find its way`, `finding common ground`: another verb; so is an
  // infinitive or passive `find` (`unable to find a taker`, `can be found`), which no one says.
  { ...verb('speech', 'clause', 'find', 'finds', 'found', 'found', 'finding'), otherVerbWith: FIND_OTHER_VERB, noCueAfter: ['to', 'be'] },
  // Verbs that frame speech only when quotation marks or a colon follow.
  verb('speech', 'to', 'ask', 'asks', 'asked', 'asked', 'asking'),
  verb('speech', 'direct', 'respond', 'responds', 'responded', 'responded', 'responding'),
  verb('speech', 'direct', 'continue', 'continues', 'continued', 'continued', 'continuing'),
  verb('speech', 'direct', 'shout', 'shouts', 'shouted', 'shouted', 'shouting'),
  verb('speech', 'direct', 'exclaim', 'exclaims', 'exclaimed', 'exclaimed', 'exclaiming'),
  verb('speech', 'direct', 'quip', 'quips', 'quipped', 'quipped', 'quipping'),
  // Missing from PolNeAR train's direct quotations that got no cue (`"What curfew?" protesters
  // chanted`, `"Did you shoot him?" she yells`, `the sign read: "…"`).
  verb('speech', 'direct', 'yell', 'yells', 'yelled', 'yelled', 'yelling'),
  verb('speech', 'direct', 'chant', 'chants', 'chanted', 'chanted', 'chanting'),
  verb('speech', 'direct', 'scream', 'screams', 'screamed', 'screamed', 'screaming'),
  verb('speech', 'direct', 'wonder', 'wonders', 'wondered', 'wondered', 'wondering'),
  verb('speech', 'direct', 'interject', 'interjects', 'interjected', 'interjected', 'interjecting'),
  verb('speech', 'direct', 'elaborate', 'elaborates', 'elaborated', 'elaborated', 'elaborating'),
  verb('speech', 'direct', 'answer', 'answers', 'answered', 'answered', 'answering'),
  verb('speech', 'direct', 'thank', 'thanks', 'thanked', 'thanked', 'thanking'),
  verb('speech', 'direct', 'repeat', 'repeats', 'repeated', 'repeated', 'repeating'),
  verb('speech', 'direct', 'retort', 'retorts', 'retorted', 'retorted', 'retorting'),
  verb('speech', 'direct', 'grouse', 'grouses', 'groused', 'groused', 'grousing'),
  verb('writing', 'direct', 'read', 'reads', 'read', 'read', 'reading'),
  phrase(verb('speech', 'direct', 'shoot', 'shoots', 'shot', 'shot', 'shooting'), 'back'),
  phrase(verb('speech', 'direct', 'put', 'puts', 'put', 'put', 'putting'), 'it'),
  verb('speech', 'object', 'call', 'calls', 'called', 'called', 'calling'),
  verb('speech', 'object', 'describe', 'describes', 'described', 'described', 'describing'),
  // Writing.
  verb('writing', 'clause', 'write', 'writes', 'wrote', 'written', 'writing'),
  verb('writing', 'clause', 'tweet', 'tweets', 'tweeted', 'tweeted', 'tweeting'),
  verb('writing', 'that', 'post', 'posts', 'posted', 'posted', 'posting'),
  verb('writing', 'that', 'publish', 'publishes', 'published', 'published', 'publishing'),
  // Verbs whose object is the attributed content (`accused Sanders of taking cues`, `cited the
  // poll`, `called for a moratorium`): PolNeAR annotates the whole complement as content.
  verb('speech', 'object', 'accuse', 'accuses', 'accused', 'accused', 'accusing'),
  verb('speech', 'object', 'criticize', 'criticizes', 'criticized', 'criticized', 'criticizing'),
  verb('speech', 'object', 'criticise', 'criticises', 'criticised', 'criticised', 'criticising'),
  verb('speech', 'object', 'urge', 'urges', 'urged', 'urged', 'urging'),
  verb('speech', 'object', 'cite', 'cites', 'cited', 'cited', 'citing'),
  verb('speech', 'object', 'praise', 'praises', 'praised', 'praised', 'praising'),
  verb('speech', 'object', 'defend', 'defends', 'defended', 'defended', 'defending'),
  verb('speech', 'object', 'question', 'questions', 'questioned', 'questioned', 'questioning'),
  verb('speech', 'object', 'reject', 'rejects', 'rejected', 'rejected', 'rejecting'),
  verb('speech', 'object', 'blast', 'blasts', 'blasted', 'blasted', 'blasting'),
  verb('speech', 'object', 'denounce', 'denounces', 'denounced', 'denounced', 'denouncing'),
  verb('speech', 'object', 'dismiss', 'dismisses', 'dismissed', 'dismissed', 'dismissing'),
  verb('speech', 'object', 'blame', 'blames', 'blamed', 'blamed', 'blaming'),
  verb('speech', 'object', 'echo', 'echoes', 'echoed', 'echoed', 'echoing'),
  verb('speech', 'object', 'mention', 'mentions', 'mentioned', 'mentioned', 'mentioning'),
  verb('speech', 'object', 'discuss', 'discusses', 'discussed', 'discussed', 'discussing'),
  verb('speech', 'object', 'attack', 'attacks', 'attacked', 'attacked', 'attacking'),
  verb('speech', 'object', 'condemn', 'condemns', 'condemned', 'condemned', 'condemning'),
  verb('speech', 'object', 'slam', 'slams', 'slammed', 'slammed', 'slamming'),
  verb('speech', 'object', 'applaud', 'applauds', 'applauded', 'applauded', 'applauding'),
  verb('speech', 'object', 'decry', 'decries', 'decried', 'decried', 'decrying'),
  verb('speech', 'object', 'tout', 'touts', 'touted', 'touted', 'touting'),
  verb('speech', 'object', 'lambaste', 'lambastes', 'lambasted', 'lambasted', 'lambasting'),
  verb('speech', 'object', 'propose', 'proposes', 'proposed', 'proposed', 'proposing'),
  verb('speech', 'object', 'recommend', 'recommends', 'recommended', 'recommended', 'recommending'),
  verb('speech', 'object', 'demand', 'demands', 'demanded', 'demanded', 'demanding'),
  verb('speech', 'object', 'advocate', 'advocates', 'advocated', 'advocated', 'advocating'),
  verb('speech', 'object', 'express', 'expresses', 'expressed', 'expressed', 'expressing'),
  verb('speech', 'object', 'portray', 'portrays', 'portrayed', 'portrayed', 'portraying'),
  // Found in PolNeAR train's gold cues, kept where train and dev both gained (deem, label, invoke,
  // quote, detail, unveil and the like lost precision or speakers and stay out).
  verb('speech', 'object', 'assail', 'assails', 'assailed', 'assailed', 'assailing'),
  verb('speech', 'object', 'hail', 'hails', 'hailed', 'hailed', 'hailing'),
  verb('speech', 'object', 'liken', 'likens', 'likened', 'likened', 'likening'),
  verb('speech', 'object', 'dub', 'dubs', 'dubbed', 'dubbed', 'dubbing'),
  verb('speech', 'object', 'bemoan', 'bemoans', 'bemoaned', 'bemoaned', 'bemoaning'),
  verb('speech', 'clause', 'speculate', 'speculates', 'speculated', 'speculated', 'speculating'),
  verb('speech', 'clause', 'imply', 'implies', 'implied', 'implied', 'implying'),
  verb('speech', 'clause', 'surmise', 'surmises', 'surmised', 'surmised', 'surmising'),
  verb('speech', 'object', 'chide', 'chides', 'chided', 'chided', 'chiding'),
  verb('speech', 'object', 'deride', 'derides', 'derided', 'derided', 'deriding'),
  verb('speech', 'object', 'reference', 'references', 'referenced', 'referenced', 'referencing'),
  // Found among the cues of PolNeAR train's missed or cut-short gold attributions that no rule
  // knew, each kept where train and dev both held (`cast himself as an outsider`, `attributed the
  // loss to…`, `downplayed the threat`, `clarified that…`). Include, address, share, deliver,
  // present, feature, release, compare, welcome, celebrate, promote, circulate, outline, protest,
  // email, determine, demonstrate, project, posit, assume, imagine, figure and hint lost on train
  // or dev and stay out; `responded to` as a topic cue gained but lost speakers on both.
  verb('speech', 'object', 'attribute', 'attributes', 'attributed', 'attributed', 'attributing'),
  verb('speech', 'object', 'envision', 'envisions', 'envisioned', 'envisioned', 'envisioning'),
  verb('speech', 'object', 'rebuff', 'rebuffs', 'rebuffed', 'rebuffed', 'rebuffing'),
  verb('speech', 'object', 'downplay', 'downplays', 'downplayed', 'downplayed', 'downplaying'),
  verb('speech', 'object', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirmed', 'reaffirming'),
  verb('speech', 'object', 'request', 'requests', 'requested', 'requested', 'requesting'),
  verb('speech', 'object', 'cast', 'casts', 'cast', 'cast', 'casting'),
  verb('speech', 'object', 'congratulate', 'congratulates', 'congratulated', 'congratulated', 'congratulating'),
  verb('speech', 'object', 'voice', 'voices', 'voiced', 'voiced', 'voicing'),
  verb('speech', 'object', 'herald', 'heralds', 'heralded', 'heralded', 'heralding'),
  verb('speech', 'that', 'interpret', 'interprets', 'interpreted', 'interpreted', 'interpreting'),
  verb('speech', 'object', 'rebuke', 'rebukes', 'rebuked', 'rebuked', 'rebuking'),
  verb('speech', 'object', 'disavow', 'disavows', 'disavowed', 'disavowed', 'disavowing'),
  verb('speech', 'object', 'foreshadow', 'foreshadows', 'foreshadowed', 'foreshadowed', 'foreshadowing'),
  verb('speech', 'object', 'trumpet', 'trumpets', 'trumpeted', 'trumpeted', 'trumpeting'),
  verb('speech', 'object', 'extol', 'extols', 'extolled', 'extolled', 'extolling'),
  verb('speech', 'object', 'characterize', 'characterizes', 'characterized', 'characterized', 'characterizing'),
  verb('speech', 'object', 'characterise', 'characterises', 'characterised', 'characterised', 'characterising'),
  verb('speech', 'object', 'ponder', 'ponders', 'pondered', 'pondered', 'pondering'),
  verb('speech', 'object', 'mull', 'mulls', 'mulled', 'mulled', 'mulling'),
  verb('speech', 'object', 'relish', 'relishes', 'relished', 'relished', 'relishing'),
  verb('speech', 'object', 'query', 'queries', 'queried', 'queried', 'querying'),
  phrase(verb('speech', 'object', 'allude', 'alludes', 'alluded', 'alluded', 'alluding'), 'to'),
  verb('speech', 'that', 'intimate', 'intimates', 'intimated', 'intimated', 'intimating'),
  verb('speech', 'that', 'affirm', 'affirms', 'affirmed', 'affirmed', 'affirming'),
  verb('speech', 'that', 'clarify', 'clarifies', 'clarified', 'clarified', 'clarifying'),
  verb('speech', 'that', 'reassure', 'reassures', 'reassured', 'reassured', 'reassuring'),
  verb('speech', 'that', 'inform', 'informs', 'informed', 'informed', 'informing'),
  verb('speech', 'that', 'vent', 'vents', 'vented', 'vented', 'venting'),
  verb('belief', 'that', 'suspect', 'suspects', 'suspected', 'suspected', 'suspecting'),
  verb('belief', 'that', 'anticipate', 'anticipates', 'anticipated', 'anticipated', 'anticipating'),
  verb('belief', 'that', 'discover', 'discovers', 'discovered', 'discovered', 'discovering'),
  verb('belief', 'that', 'perceive', 'perceives', 'perceived', 'perceived', 'perceiving'),
  verb('belief', 'that', 'presume', 'presumes', 'presumed', 'presumed', 'presuming'),
  // Once read only before quotation marks or a colon; each held on train and dev with a that-clause
  // (`replied that…`, `assured voters that…`) or an object (`mocked the candidates' ambitions`).
  verb('speech', 'that', 'reply', 'replies', 'replied', 'replied', 'replying'),
  verb('speech', 'object', 'lament', 'laments', 'lamented', 'lamented', 'lamenting'),
  verb('speech', 'that', 'assure', 'assures', 'assured', 'assured', 'assuring'),
  verb('speech', 'object', 'recount', 'recounts', 'recounted', 'recounted', 'recounting'),
  verb('speech', 'object', 'mock', 'mocks', 'mocked', 'mocked', 'mocking'),
  verb('speech', 'object', 'scold', 'scolds', 'scolded', 'scolded', 'scolding'),
  verb('speech', 'that', 'plead', 'pleads', 'pleaded', 'pleaded', 'pleading'),
  verb('speech', 'that', 'muse', 'muses', 'mused', 'mused', 'musing'),
  verb('speech', 'that', 'counter', 'counters', 'countered', 'countered', 'countering'),
  // Verbs of framing someone or something (`painted him as a liar`, `framed the race as…`, `laid
  // out his plan`, `ticked off a list of grievances`, `knocked Cruz for…`).
  verb('speech', 'object', 'paint', 'paints', 'painted', 'painted', 'painting'),
  verb('speech', 'object', 'frame', 'frames', 'framed', 'framed', 'framing'),
  verb('speech', 'object', 'knock', 'knocks', 'knocked', 'knocked', 'knocking'),
  phrase(verb('speech', 'object', 'lay', 'lays', 'laid', 'laid', 'laying'), 'out'),
  phrase(verb('speech', 'object', 'tick', 'ticks', 'ticked', 'ticked', 'ticking'), 'off'),
  phrase(verb('speech', 'object', 'call', 'calls', 'called', 'called', 'calling'), 'for'),
  phrase(verb('speech', 'object', 'call', 'calls', 'called', 'called', 'calling'), 'on'),
  phrase(verb('speech', 'object', 'push', 'pushes', 'pushed', 'pushed', 'pushing'), 'for'),
  phrase(verb('speech', 'object', 'refer', 'refers', 'referred', 'referred', 'referring'), 'to'),
  phrase(verb('speech', 'object', 'speak', 'speaks', 'spoke', 'spoken', 'speaking'), 'of'),
  phrase(verb('speech', 'object', 'speak', 'speaks', 'spoke', 'spoken', 'speaking'), 'about'),
  phrase(verb('speech', 'object', 'talk', 'talks', 'talked', 'talked', 'talking'), 'about'),
  // Intentions: a to-infinitive, after an object or not, or a that-clause; those marked
  // objectWithSource also a noun-phrase object when a source says it (`offered softer rhetoric`).
  { ...verb('intention', 'to', 'want', 'wants', 'wanted', 'wanted', 'wanting'), objectWithSource: true },
  verb('intention', 'to', 'plan', 'plans', 'planned', 'planned', 'planning'),
  // `The White House would like to make the election…`, `I'd love a rematch`: a wish.
  { lemma: 'would like', forms: ['would like', "'d like", '’d like'], type: 'intention', frame: 'to', objectWithSource: true },
  { lemma: 'would love', forms: ['would love', "'d love", '’d love'], type: 'intention', frame: 'to', objectWithSource: true },
  verb('intention', 'to', 'decide', 'decides', 'decided', 'decided', 'deciding'),
  { ...verb('intention', 'to', 'decline', 'declines', 'declined', 'declined', 'declining'), objectWithSource: true },
  verb('intention', 'to', 'refuse', 'refuses', 'refused', 'refused', 'refusing'),
  { ...verb('intention', 'to', 'seek', 'seeks', 'sought', 'sought', 'seeking'), objectWithSource: true },
  { ...verb('intention', 'to', 'intend', 'intends', 'intended', 'intended', 'intending'), objectWithSource: true },
  verb('intention', 'to', 'threaten', 'threatens', 'threatened', 'threatened', 'threatening'),
  { ...verb('intention', 'to', 'offer', 'offers', 'offered', 'offered', 'offering'), objectWithSource: true },
  verb('intention', 'to', 'encourage', 'encourages', 'encouraged', 'encouraged', 'encouraging'),
  // Beliefs: attributed content too, but not speech; reported only with a `that` clause.
  verb('belief', 'that', 'think', 'thinks', 'thought', 'thought', 'thinking'),
  verb('belief', 'that', 'believe', 'believes', 'believed', 'believed', 'believing'),
  verb('belief', 'that', 'fear', 'fears', 'feared', 'feared', 'fearing'),
  verb('belief', 'that', 'feel', 'feels', 'felt', 'felt', 'feeling'),
  { ...verb('belief', 'to', 'hope', 'hopes', 'hoped', 'hoped', 'hoping'), objectWithSource: true },
  verb('belief', 'that', 'know', 'knows', 'knew', 'known', 'knowing'),
  verb('belief', 'that', 'remember', 'remembers', 'remembered', 'remembered', 'remembering'),
  // Raising verbs: the subject and its complement are the content, credited to nobody named
  // (`Mr. Putin seemed most concerned with…`, `She is expected to continue…`).
  verb('belief', 'raising', 'seem', 'seems', 'seemed', 'seemed', 'seeming'),
  verb('belief', 'raising', 'appear', 'appears', 'appeared', 'appeared', 'appearing'),
  { lemma: 'be expected', forms: ['is expected', 'are expected', 'was expected', 'were expected', 'be expected', 'been expected'], type: 'belief', frame: 'raising' },
  // Hearsay adverbs: the clause they sit in is reported by nobody named (`Trump reportedly
  // wants…`); before a speech verb (`reportedly said`) that verb is the cue.
  { lemma: 'reportedly', forms: ['reportedly'], type: 'speech', frame: 'hearsay' },
  { ...verb('belief', 'to', 'expect', 'expects', 'expected', 'expected', 'expecting'), objectWithSource: true },
];

/** Records and measurements that report findings: `polls show`, `In a Des Moines Register poll, …`. */
export const evidenceNouns: string[] = [
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'record', 'records', 'filing', 'filings', 'result',
  'results', 'data', 'figures', 'numbers', 'estimates', 'document', 'documents', 'report', 'reports', 'analysis',
  'polling', 'tally', 'count', 'census',
];
