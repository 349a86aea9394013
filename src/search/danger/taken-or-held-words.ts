/**
 * Words for the ways a child is taken or held by others (held-or-taken, in taken-or-held-by-others.ts): let out, taken by
 * force, things kept locked away, one who exploits a child, and collected soon.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, S } from './fragments';

/** Let out, as in kept in: not out of her sight, nor out to play (a house rule). */
export const letOut = S`out(?! (?:(?:of )?(?:(?:her|his|their|my) )?sight|to play|in(?:to)? the (?:garden|rain|snow)|on (?:their|his|her) (?:bikes?|own)))`;
/** Taking a child by force: "drag", "bundled", "forcing". */
export const snatching = alt(
  'pulled',
  'pull',
  'pulling',
  'dragged',
  'drag',
  'dragging',
  'grabbed',
  'grab',
  'grabbing',
  'bundled',
  'bundle',
  'bundling',
  'snatched',
  'snatching',
  'shoved',
  'shoving',
  'forced',
  'forcing',
);
/** Things kept locked away for safety, not a child: "the bleach", "meds", "knives". */
export const thingsKept = alt(
  'meds',
  'medicines?',
  'medication',
  'tablets',
  'pills',
  'knives',
  'sharps',
  'razors',
  'blades',
  'alcohol',
  'drugs',
  'keys',
  'stuff',
  'things',
  'bleach',
  'chemicals',
  'products',
  'lighters',
  'matches',
  'scissors',
  'paracetamol',
  'it',
  // Kit kept in the shed: "he keeps his bike locked in the shed".
  'bikes?',
  'scooters?',
  'tools',
  'paint',
  'mower',
);
/** One who exploits a child, named as such: "the man she calls her boyfriend", "an older man", "the olders". */
export const exploiter = alt(
  S`(?:man|men|bloke|guy|adult)s? (?:she|he|they) calls? (?:her|his|their) (?:boyfriend|girlfriend|friend|mate|uncle)`,
  S`(?:older|grown|adult) (?:man|men|bloke|blokes|guy|guys|males?|boyfriend)`,
  S`(?:her|his|their) (?:1[89]|[2-9]\d) ?(?:year old|yo|yr old) (?:boyfriend|girlfriend)`,
  S`(?:olders|dealers?|groomers?|exploiters?|traffickers?|pimps?|county lines?)`,
  S`(?:man|men|guy|bloke|adult|someone) (?:she|he|they) met online`,
);
/** Within minutes or tonight: "in 20 minutes", "at 9 tonight". */
export const collectSoon = alt(
  S`in (?:\d+|a few|five|ten|fifteen|twenty|thirty|half an|an) (?:mins?|minutes|hours?|hrs?)`,
  'tonight',
  'tonite',
  'now',
  'any minute',
  S`at \d+(?: ?(?:pm|oclock))?(?: tonight)?`,
  'this evening',
);
