/** The words of places of danger (./places.ts): heights, storeys, ledges, roofs, ordinary places and a day out. */

import { alt, S } from './fragments';

/** Being at a place, or going to it. */
export const at = alt('on', 'onto', 'from', 'at', 'off', 'over', 'near', 'to', 'in', 'up on');
/** A place to fall or jump from, or into. */
export const height = alt(
  'bridge',
  'footbridge',
  'viaduct',
  'flyover',
  'overpass',
  'roof',
  'rooftop',
  'ledge',
  'window ledge',
  'window ?sill',
  'balcony',
  // Not a saying: "worried hell fall off a cliff when he moves to adult services".
  S`cliffs?(?! ${alt('when', 'at 18', 'after', 'once', 'edge')}\b)`,
  'railings',
  'parapet',
  'railway(?: line)?',
  'train tracks',
  'train lines?',
  'tracks',
  'multi ?storey',
  'motorway bridge',
  'top of',
  'river',
  'canal',
  'sea',
  'traffic',
  // Not a saying: "the placement on the edge of collapse".
  S`edge of(?! (?:a |the |her |his |their )?${alt('collapse', S`break\w*`, 'care', 'tears', 'despair', 'reason', 'crisis', 'exclusion', 'giving', 'seat', 'sanity', 'nervous', 'fainting', 'passing out', 'collapsing', 'a meltdown', 'burnout', 'burn out', 'homelessness', 'eviction', 'residential', 'placements?', 'secure', 'custody', 'being', 'going')}\b)`,
  'end of (?:the |\\S+ )?pier',
  'pier',
);
/** Which floor a window or ledge is on: "on the upstairs windowsill", "at the top floor window ledge". */
export const storey = alt(
  'upstairs',
  'top floor',
  S`${alt('first', 'second', 'third', 'fourth', S`\d+(?:st|nd|rd|th)`)} floor`,
  'bedroom',
  'landing',
  'attic',
  'loft',
  'open',
);
/** Up high, where a child sits out over a drop. */
export const ledge = alt('window ?sill', 'window ledge', 'ledge', 'roof', 'rooftop', 'balcony', 'railings', 'bridge');
/** Which roof: "onto the flat roof", "up on the garage roof". */
export const roofKind = alt(
  'flat',
  'garage',
  'shed',
  'school',
  'house',
  'houses',
  'conservatory',
  'extension',
  'kitchen',
  'porch',
  'bay window',
  'sloped',
  'pitched',
  'neighbours',
  'next doors',
  // Where a child in care is kept or taken: "hes been on the ward roof at the a and e for an hour".
  'ward',
  'hospital',
  'unit',
  'home',
  'care home',
);
/** Days out, a roof over her head: ordinary uses of the same places. */
export const ordinaryPlace = alt(
  // A roof over her head (not the flat roof over the kitchen).
  S`roof over (?:\w+ )?heads?`,
  // A job up there, or a ball to fetch: "went out onto the flat roof to fix the gutter".
  S`${alt('fix', 'fixing', 'clear', 'clearing', 'clean', 'cleaning', 'mend', 'mending', 'repair', 'repairing', 'paint', 'painting', 'check', 'checking')} the ${alt('gutters?', 'guttering', 'roof', 'aerial', 'satellite dish', 'tiles?', 'leak', 'felt')}`,
  S`${alt('get', 'fetch', 'getting', 'fetching')} (?:the |his |her |their )?ball`,
  // A saying: "im honestly at sea with his moods", "all at sea".
  S`(?:all|im|i am|were|we are|feel|feeling|felt|honestly|completely|totally|a bit) at sea`,
  S`at sea with`,
  S`edge of ${alt('breaking', 'breakdown', 'a breakdown', 'exclusion', 'crisis', 'tears', 'turning', 'adulthood', S`\d+`)}`,
  // Money on top of money: "charging us for therapy on top of the placement fee".
  S`on top of (?:the |a |their |our |his |her )?(?:\w+ )?${alt('fee', 'fees', 'cost', 'costs', 'price', 'bill', 'rent', 'allowance', 'package', 'workload', 'caseload', 'timetable', 'job', 'day job', 'role', 'teaching', 'studies', 'exams', 'work')}`,
  // Where someone works or lives, a club, the traffic on a journey (but not one who got out into it: "we were stuck in traffic and
  // she jumped out into the traffic").
  S`(?:works?|working|worked|lives?|living|live|grew up) (?:on|near|by|at|next to|over) the`,
  'bridge club',
  S`(?:stuck|sat|held up|caught) in (?:the )?(?:\S+ )?traffic(?<=^(?!.*\b(?:into|in to|out into|through|between|across) (?:the )?(?:moving )?traffic\b).*)`,
  S`top of the ${alt('list', 'class')}`,
  // A saying: "grieving on top of everything else".
  S`on top of ${alt('everything', 'it all', 'all (?:this|that|of (?:this|that|it|them))', 'that', 'this', 'things', 'paperwork')}`,
  // "a simple way to keep on top of all of it".
  S`keep(?:ing)? on top of`,
  'edge of care',
  // Sayings: "on the edge of a tier 4 admission", "bridge the gap".
  S`edge of (?:a |an )?${alt('tier (?:4|four)', 'admission', 'placement breakdown')}`,
  'bridge the gap',
  // "the job is getting on top of me"; already taken by the police: "police took him on a 136 from the pier head".
  S`(?:get|gets|getting|got) on top of (?:me|us|her|him|them)`,
  // A load on top of a baby: "a young carer for her mum, on top of the baby", "on top of having a baby".
  S`on top of (?:having )?(?:a |the |her |his |their )?(?:new )?(?:baby|babies|pregnancy|being pregnant)`,
  S`(?:took|taken|detained|picked up)(?: \w+){0,2} on a (?:section )?136 from`,
  'school trip',
  'trip to',
  // A pool's board: "she jumped off the top diving board at the leisure centre for the first time".
  'diving boards?',
  // Or the gym's: "jumped off the vaulting box and sprained his ankle in pe".
  S`(?:jumped|jumping|jumps|fell|fallen) (?:off|from) (?:the |a )?${alt('vaulting box', 'vault', 'wall bars', 'gym (?:bench|mat|equipment|apparatus)', 'trampoline', 'bouncy castle', 'crash mat')}`,
  // Things kept up high: "all in a shoebox on top of the fridge".
  S`on top of the ${alt('fridge', 'freezer', 'wardrobe', 'cupboards?', 'kitchen cupboards?', 'shelf', 'microwave', 'telly', 'tv')}`,
  // Where a home is: "the new placement is near the railway line".
  S`(?:placement|house|home|flat|school|nursery) is (?:\w+ )?(?:near|next to|by|close to|beside|opposite) the`,
  'day out',
  'outing',
  // (Not when the child heads into the water: "he texted 'walking into the sea', were on holiday in wales with him".)
  S`holiday(?<=^(?!.*\b(?:walking|walked|wading|waded|swimming|swam|gone|going|heading|ran|running) (?:out )?(?:into|in to|out to|out into) the (?:sea|water|river|lake)\b).*)`,
  // Grades that "dropped off a cliff"; a child already detained under section 136, or home again.
  S`${alt('dropped', 'fallen', 'fell', 'gone')} off a cliff`,
  // (But not while still trying: "a 12-year-old under s136, ed is full and hes still trying to run into the road".)
  // (Nor one the police are about to use: "16yo girl detained on a bridge, police want to use 136".)
  S`(?<!\b${alt('want', 'wants', 'wanting', 'about', 'going', 'need', 'needs', 'trying', 'deciding whether')} to )(?:use|used|using|under) (?:a |the )?(?:section |s)?136(?!.*\bstill trying to\b)`,
  // How the police decide: "how do police decide to use section 136 on a bridge".
  S`how (?:do|does|would|can) (?:the )?police decide`,
  'back with us now',
  // A visit asked about, to a grave or a memorial there: "she wants to visit her mums grave near the river, can she go with staff".
  S`${alt('wants to visit', 'want to visit', 'visit (?:her|his|their) \\w+ (?:grave|memorial|bench)', 'visiting (?:her|his|their) \\w+ (?:grave|memorial|bench)')}`,
  S`can (?:she|he|they) go (?:with|w) staff`,
  S`${alt('loves?', 'likes?', 'enjoys?')} (?:going|being|playing|swimming)`,
  // Play and pastimes: "on top of the climbing frame", "down to the river to fish".
  S`climbing ${alt('frame', 'wall', 'centre')}`,
  S`${alt('to fish', 'fishing', 'swimming lessons?', 'paddling', 'feed the ducks', 'walk the dog', 'walking the dog')}`,
);
/** A little one, who cannot get out of water alone: "toddler", "the 3 year old". */
export const littleOne = alt('toddler', 'baby', 'little one', S`[1-5] ?(?:yo|yr old|year old|years old)`);
/** A good day out, told after: "a lovely day at the beach". */
export const pleasant = alt('lovely', 'nice', 'great', 'good', 'fun', 'brilliant', 'fab', 'beautiful');
export const outing = S`${alt('day', 'afternoon', 'morning', 'time', 'trip', 'walk')}(?: out)? ${alt('at', 'on', 'by')}`;
export const travels = alt('walk', 'walks', 'walking', 'cycle', 'cycles', 'cycling', 'drive', 'drives', 'driving');
