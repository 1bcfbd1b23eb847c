// Nouns for named works and for things that bear printed words (`the Syfy movie “Sharknado”`, `his
// book “The Art of the Deal”`, `an episode of “The Steve Harvey Morning Show”`): capitalised words
// quoted right after one are its title (work-titles.ts). Lower-cased lemmas. Nouns for things that
// carry statements (`ad`, `video`, `column`, `slogan`) are left out: PolNeAR attributes their words.
export const workNouns: string[] = [
  'movie', 'film', 'show', 'series', 'sitcom', 'episode', 'segment', 'program', 'programme', 'documentary',
  'clip', 'trailer', 'book', 'novel', 'memoir', 'biography', 'play', 'musical', 'opera', 'song', 'album',
  'anthem', 'sequel', 'poem', 'hat', 'cap', 'shirt', 't-shirt', 'banner', 'poster', 'placard', 'sticker',
  'initiative',
];
