// Function words that say nothing about what a statement is about; repeats compare the rest.
// Negations (`not`, `no`, `never`) are deliberately absent: they change what was said.
export const stopwords: string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'so', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with',
  'from', 'into', 'about', 'as', 'than', 'that', 'this', 'these', 'those', 'there', 'here', 'it', 'its', 'is',
  'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'will', 'would',
  'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your',
  'he', 'him', 'his', 'she', 'her', 'they', 'them', 'their', 'what', 'which', 'who', 'whom', 'whose', 'when',
  'where', 'why', 'how', 'all', 'any', 'some', 'very', 'just', 'also', 'too', 'said', 'says', 'say', 'told',
  'going', 'get', 'got', 'up', 'out', 'over', 'now', 'one', 'because', 'while', 'both', 'each', 'more', 'most',
  'such', 'only', 'own', 'same', 'other', 'again', 'further', 'once', 'really', 'think', 'added', 'that\'s',
  'it\'s', 'we\'re', 'they\'re', 'i\'m', 'we\'ve', 'he\'s', 'she\'s', 'let', 'make', 'made', 'like', 'well',
];
