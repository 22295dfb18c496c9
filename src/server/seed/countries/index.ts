import type { CountryProfile } from './country-profile.js';
import { bulgaria, russia } from './cyrillic.js';
import { unitedKingdom, unitedStates } from './english.js';
import { brazil, portugal } from './portuguese.js';
import { poland, slovakia } from './west-slavic.js';

export type { CountryProfile } from './country-profile.js';

/** The countries of the six interface languages: English, Bulgarian, Russian, Slovak, Portuguese, Polish. */
export const COUNTRIES: readonly CountryProfile[] = [
  unitedKingdom,
  unitedStates,
  bulgaria,
  russia,
  slovakia,
  portugal,
  brazil,
  poland,
];
