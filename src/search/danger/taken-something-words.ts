/**
 * Words shared by the kinds of something-taken situation (taken-something-*.ts): drugs, poisons and unknowns, packs
 * emptied of medicine, and someone down or gone quiet.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, S } from './fragments';
import { medicine } from './fragments-means';

/** Drugs, poisons and unknowns: taking any is a worry now. */
export const drug = alt(
  'edibles?',
  'ket',
  'ketamine',
  'xanax',
  'spice',
  'mdma',
  'ecstasy',
  'pingers',
  'coke',
  'cocaine',
  'heroin',
  'methadone',
  'bleach',
  'the lot',
  'edibles',
  'thc gummies',
  // Drugs made as sweets: "ate some of the cannabis gummies his mum left in his bag".
  S`${alt('cannabis', 'weed', 'thc', 'hash', 'skunk')} ${alt('gummies', 'gummy bears', 'sweets', 'edibles', 'brownies?', 'cakes?', 'cookies?', 'chocolates?', 'jellies')}`,
  // A wrap of drugs swallowed or hidden inside (not a chicken wrap eaten): "swallowed a wrap before arrest, query plugging".
  S`(?<=\b(?:swallowed|swallowing|swallow|plugged|plugging|stuffed) (?:a |the |some |two |three |\d+ )?)wraps?`,
);
/** Packs emptied of medicine: "empty blister packs", "an empty packet of ibuprofen". */
export const emptyPacks = S`(?:empty|emptied|finished) (?:${medicine} (?:blister |foil )?(?:packs?|packets?|boxes?|strips?|bottles?|tubs?)|(?:blister|foil) (?:packs?|packets?|strips?)|(?:packs?|packets?|boxes?|strips?|bottles?|tubs?) of (?:\S+ )?${medicine})`;
/** Someone down, or gone quiet, where they should not be. */
export const downNow = alt(
  S`(?:gone|going|went|very|really|so|increasingly|getting) (?:very |really |so |more )?(?:quiet|still|sleepy|drowsy|floppy|pale|grey)`,
  S`(?:wont|cant|not) (?:wake|respond\w*|answer\w*)`,
  'unresponsive',
  'being sick',
  S`(?:on|lying on|laying on|collapsed on|slumped on) (?:the |her |his |their )?(?:bathroom |bedroom |kitchen |toilet )?floor`,
  'slumped',
);
