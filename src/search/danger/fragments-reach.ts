/**
 * Shared by the kinds of situation of the broad emergency detector (../danger.ts): out of reach, shut away
 * with the danger, somewhere a fall or the water can kill, not answering or gone quiet.
 */

import { alt, S } from './fragments';

/** Shut away with the danger. */
export const barricaded = alt(
  'wont open the door',
  '(?:the )?door wont open',
  'locked (?:herself|himself|themselves) in',
  'wont come out',
  'barricaded',
  S`cant get (?:in|into) (?:his|her|their|the) (?:room|bedroom|bathroom|toilet)`,
  // "wont let me in"
  S`(?:wont|will not|isnt|not|refusing to|refuses to) let (?:me|us|anyone|anybody|staff) in`,
  // "shes wedged the door"
  S`wedged (?:the |her |his |their )?door(?: shut)?(?! open)`,
  // Or told of the door: "the doors wedged shut".
  S`doors? (?:is |has been |been )?wedged (?:shut|closed)`,
);
/** Where a fall or the water can kill, and being out of reach there is a danger now (not a beach or a station). */
export const dropOrWater = alt(
  'bridge',
  'viaduct',
  'flyover',
  'railway(?: line)?',
  'train tracks',
  'tracks',
  'level crossing',
  'cliffs?',
  'cliff edge',
  'motorway',
  'multi ?storey',
  'quarry',
  'docks',
  'river',
  // The local river by name: "she said she was going to the mersey".
  'mersey',
  'canal',
  'reservoir',
);
/** Out of reach after it. */
export const unreachable = alt(
  S`(?:isnt|not) answering(?! (?:my |any |our |the |her |his )?questions)`,
  S`wont answer(?! (?:my |any |our |the |her |his )?questions)`,
  'no answer',
  'not picking up',
  'wont pick up',
  S`phones? (?:is |are )?(?:now |been )?(?:off|switched off|dead)`,
  'wont say where',
  'cant get hold of',
  'took the car keys',
  'not replying',
  'no reply',
  S`blocked (?:me|us)`,
  // Lost from sight by those following: "ran off the ward ... security lost him on the ground floor".
  S`(?:security|staff|we|police|they) (?:have |has |had )?lost (?:sight of )?(?:him|her|them)`,
);
/**
 * Gone quiet after a message (with unreachable, where a last message is told): "and now nothing", "hasnt read anything since",
 * "left the group chat", "ended the call".
 */
export const goneQuiet = alt(
  unreachable,
  // (Each written from its rarer words first, for speed.)
  S`nothing(?<=\b(?:now|then) nothing)(?! (?:helps|works|else|at all|to do|i can|we can|has|is|seems|will))`,
  'nothing since',
  S`(?:read|opened|seen) (?:anything|any messages|my messages|the messages)(?<=\b(?:hasnt|has not|havent|not) \S+ \S+(?: \S+)?)`,
  S`left the (?:group )?chat`,
  S`(?:ended|cut off) the call`,
  S`hung up`,
);
