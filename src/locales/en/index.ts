import type { Locale } from '../locale.js';
import { dateHeaderLabels } from './header-labels.js';
import { dates } from './dates.js';

export const en: Locale = {
  code: 'en',
  marks: [
    { open: '“', close: ['”'] },
    { open: '"', close: ['"'] },
    { open: '‘', close: ['’'] },
    { open: "'", close: ["'"] },
    { open: '«', close: ['»'] },
    { open: '»', close: ['«'] },
    { open: '„', close: ['“', '”'] },
    { open: '‚', close: ['‘', '’'] },
    { open: '‹', close: ['›'] },
    { open: '「', close: ['」'] },
    { open: '『', close: ['』'] },
  ],
  apostrophes: ['’', "'"],
  cues: [],
  titles: [],
  pronouns: {},
  roleNouns: [],
  outlets: [],
  documentNouns: [],
  dateHeaderLabels,
  dates,
};
