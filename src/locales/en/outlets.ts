// Known news outlets and agencies, as written in running text (case-sensitive match on tokens).
// A leading `The` means the name only counts after `the` (`the Sun`, not the sun rising over
// `Sun Microsystems`); without it `the` is optional (`the BBC`, `Reuters`). Used for outlet entities and relayed attribution (`told the BBC`).
export const outlets: string[] = [
  'BBC', 'BBC News', 'BBC Radio', 'BBC World Service', 'Reuters', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse',
  'Agence France Presse', 'The Guardian', 'The Observer', 'Financial Times', 'FT', 'New York Times',
  'Washington Post', 'Wall Street Journal', 'CNN', 'Fox News', 'Bloomberg', 'Al Jazeera', 'Le Monde', 'Le Figaro',
  'Der Spiegel', 'Spiegel', 'Die Zeit', 'Bild', 'TASS', 'Itar-Tass', 'Interfax', 'RIA Novosti', 'Xinhua',
  'Kyodo', 'Yonhap', 'PA', 'Press Association', 'Sky News', 'ITV', 'ITV News', 'Channel 4 News', 'The Times', 'Sunday Times',
  'Daily Telegraph', 'The Telegraph', 'Sunday Telegraph', 'The Independent', 'Daily Mail', 'Mail on Sunday', 'Daily Mirror',
  'The Mirror', 'The Sun', 'Evening Standard', 'The Economist', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC', 'ABC News', 'NPR',
  'PBS', 'MSNBC', 'USA Today', 'Los Angeles Times', 'LA Times', 'Chicago Tribune', 'Boston Globe', 'Politico',
  'Axios', 'Newsweek', 'Forbes', 'Variety', 'Billboard', 'Rolling Stone', 'Hollywood Reporter', 'Dow Jones',
  'El País', 'El Pais', 'La Repubblica', 'Corriere della Sera', 'Süddeutsche Zeitung', 'Frankfurter Allgemeine',
  'Asahi Shimbun', 'Yomiuri Shimbun', 'Nikkei', 'South China Morning Post', 'China Daily', 'Global Times',
  'Times of India', 'Hindustan Times', 'Haaretz', 'Jerusalem Post', 'RT', 'Russia Today', 'Sputnik', 'Kommersant',
  'Izvestia', 'Pravda', 'Deutsche Welle', 'DW', 'Euronews', 'Radio 4', 'Newsnight', 'Panorama',
  'Breakfast with Frost', 'BBC Breakfast', 'Five Live', 'Radio Five Live', 'GMTV', 'Irish Times', 'The Scotsman', 'The Herald',
  'Le Parisien', 'Libération', 'Liberation', 'Ouest-France', 'Ukrainska Pravda', 'Kyiv Independent', 'Meduza',
];
