// Pronouns that can stand for a quote's source, with what they may refer back to.
import type { Locale } from '../locale.js';

export const pronouns: Locale['pronouns'] = {
  he: { kinds: ['person'], gender: 'm' },
  she: { kinds: ['person'], gender: 'f' },
  him: { kinds: ['person'], gender: 'm' },
  her: { kinds: ['person'], gender: 'f' },
  they: { kinds: ['person', 'organization', 'outlet'] },
  it: { kinds: ['organization', 'outlet'] },
};
