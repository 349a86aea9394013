/**
 * The words of a child taken or moved, told short as it happens, for ./taken-or-held-by-others-words.ts: "men picked her up in bmw",
 * "getting in car with stranger now", "strangers at door taking him".
 */

import { alt, gap, S } from './fragments';

export const heldToldShort = alt(
  // A little one lifted by a stranger where they should be safe: "a stranger has just come into the nursery garden and picked up one of
  // our looked after 2 year olds".
  S`(?:stranger|man|woman|someone|somebody)${gap(8)} (?:just |has just |has )?(?:picked up|grabbed|snatched|lifted) (?:one of (?:our|the) |a |our |the )?(?:\w+ ){0,3}` +
    S`(?:\d ?(?:yo|year olds?|yr olds?)|toddlers?|babies|baby|little ones?)(?! (?:toy|shoe|hat|coat|bag|dummy|bottle|cup|ball)s?\b)`,
  // Told short, as it happens: "men picked her up in bmw", "getting in car with stranger now", "on a coach to london with man",
  // "kidnapped off street outside home", "strangers at door taking him", "men outside trying get her".
  S`(?:men|older men|grown men|strange men|some men|two men|lads|older lads) (?:have |just |have just )?(?:picked|took|taken|collected) (?:her|him|them) (?:up )?(?:in|into) (?:a|an|the|their|his)? ?(?:\w+ )?(?:car|van|bmw|audi|merc|mercedes|taxi)`,
  S`(?:getting|got|gone|going) (?:in|into) (?:a )?car with (?:a )?(?:stranger|strangers|older (?:men|man|lads)|men|a man)${gap(1)} (?:now|right now|rn)`,
  S`(?:^|shes |hes |theyre |she is |he is |they are |now )on (?:a|the) (?:coach|train|bus|ferry|plane) to \w+ with (?:a |an |some |two )?(?:older |grown |adult )?(?:man|men|bloke|adult|stranger)` +
    S`(?! from (?:the |her |his |their )?(?:church|school|club|team|home|unit))`,
  S`(?:kidnapped|abducted|snatched|taken) (?:off|from) (?:the )?(?:street|park|road|school gate|bus stop)${gap(2)} (?:outside|near|by|at|now|just now)`,
  S`(?:strangers?|men|man|people)${gap(2)} (?:at (?:the )?door|outside)${gap(2)} (?:taking|trying (?:to )?(?:take|get|grab)|grabbing) (?:him|her|them)`,
  S`trafficked${gap(6)} (?:moved|moving|taken|going) (?:tonight|now|today)`,
  S`taken out of (?:the )?country${gap(3)} (?:flight|plane|airport|today|tonight|now)`,
  S`took (?:him|her|them)${gap(2)} (?:no return|not returned|not brought back|wont (?:bring|give) (?:him|her|them) back)`,
  S`grabbed (?:her|him|them)${gap(2)} (?:and )?(?:ran|run|drove|bundled|put (?:her|him|them)) (?:to|into|in) (?:the |a |his |their )?(?:car|van|taxi)`,
  // Shut in as a punishment for hours, in the cold: "locked in the coal shed by her carers as a punishment all afternoon and its freezing".
  S`locked in (?:the |a )?(?:\w+ )?(?:shed|cupboard|cellar|garage|boot|loft|basement|outhouse)${gap(10)} (?:all (?:afternoon|day|night|morning|evening)|for hours|(?:its |it is )?freezing|no food|no water|cant get out)`,
  // Held till the drugs are sold: "driven to a county lines house in wales and theyve told him he cant come home till its sold".
  S`(?:cant|cannot|not allowed to|wont let (?:him|her|them)) (?:come|go) (?:home|back)${gap(2)} (?:till|until) (?:its|it is|theyve|hes|shes|he has|she has|its all) (?:sold|paid|shifted|done|cleared)`,
  // In the child's words, sent as it happens: "locked in a room, no windows, they took my passport, dont know what city", "his mate has
  // locked the door and said im not leaving til i do what they want", "the man wont tell me where were going ... i dont know him",
  // "hes got me in the corner of the lift".
  S`(?:took|taken|have|got) my passport${gap(10)} (?:locked in|dont know (?:what|which|where)|no windows|cant get out)|(?:locked in|no windows)${gap(10)} (?:took|taken|have|got) my passport`,
  S`(?:im|i am) not (?:leaving|allowed to leave|going anywhere) (?:til|till|until) i (?:do|give) (?:what|them what|him what)`,
  S`(?:wont|will not|wouldnt) tell me where (?:were|we are|we re|hes taking me|theyre taking me) going${gap(14)} (?:dont know (?:him|her|them|who)|never (?:met|seen) (?:him|her|them))`,
  S`(?:hes|shes|theyve|theyre|he has|she has) (?:got|pinned|trapped|cornered) me (?:in (?:the |a )?corner|against (?:the |a )?wall)`,
  // Collected by a car no one sent, and out of reach or known to be exploited: "picked up from school by a taxi we didnt book, her
  // phone is off, shes been flagged for cse".
  S`picked up${gap(3)} by (?:a |an |some )?(?:taxi|car|uber|cab|van|man|men|someone|somebody)${gap(2)} (?:we|i|school|nobody|no one) (?:didnt|did not|never|hadnt) (?:book|arrange|order|send|know)` +
    S`${gap(16)} (?:phone (?:is |s )?(?:off|dead|switched off)|not answering|cse|cce|exploit\w*|groom\w*)`,
);
