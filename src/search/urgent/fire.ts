/**
 * Fire: set, threatened or burning now.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, past, S, self, upTo, type Rule } from './fragments';

/** A room or part of a home, where a fire is. */
const room = alt(
  'room',
  'bedroom',
  'house',
  'flat',
  'home',
  'unit',
  'bathroom',
  'kitchen',
  // "fire in the lounge, he set it, the little ones are upstairs"
  'lounge',
  'living room',
  'front room',
  'sitting room',
  'dining room',
  'hall',
  'hallway',
  'landing',
  'loft',
  'attic',
  'garage',
);

/** What burns fast: "petrol", "lighter fluid". */
const fuel = alt('petrol', 'diesel', 'lighter fluid', 'lighter gas', 'paraffin', 'white spirit', 'fuel', 'accelerant', 'meths');

/** What catches and burns in a home, as a flame is put to it. */
const burnable = alt(
  'curtains?',
  'bed',
  'bedding',
  'sheets',
  'mattress',
  'duvet',
  'sofa',
  'settee',
  'carpet',
  'rug',
  'clothes',
  'blinds',
  'wardrobe',
);
/** Paper or cloth that carries a flame. */
const kindling = alt(
  'paper',
  'papers',
  'tissues?',
  'toilet roll',
  'loo roll',
  'bog roll',
  'kitchen roll',
  'cardboard',
  'clothes',
  'rags',
  'newspaper',
);
/** Burning smelt, and a child shut in where it is. */
const smeltBurning = alt(
  'smell burning',
  'smell of burning',
  'smells of burning',
  'smelling burning',
  'smell smoke',
  'smell of smoke',
  'smells of smoke',
  'smoke coming',
);
const shutIn = alt('wont open', 'locked (?:himself|herself|themselves) in', 'barricaded', 'wont come out', 'wont let (?:us|me|anyone) in');
/** A flame in hand. */
const flame = alt('lighter', 'lighters', 'matches', 'a match', 'zippo', 'blowtorch');

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const fireRules: Rule[] = [
  // "hes threatening to burn the house down", "she set herself alight"
  {
    name: 'fire',
    when: anyOf(
      // Smoke out of a room or a cupboard: "makaton sign for 'fire' over and over and pointing at the cupboard - theres smoke coming out of it".
      S`\bsmoke (?:is )?${alt('coming', 'pouring', 'billowing')} ${alt('out of', 'out from', 'from', 'under')}\b(?!.*\b${alt('chimney', 'vape', 'bbq', 'barbecue', 'bonfire', 'exhaust', 'kettle', 'steam', 'toaster')}\b)`,
      // Or someone elses: "going to burn his exs house down tonight".
      S`\b${alt('burn', 'burning')} (?:the |her |his |their )?(?:\w+s )?${alt('house', 'home', 'place', 'room', 'building', 'flat')} down\b`,
      // "going to torch his mums flat"
      S`\b${alt('torch', 'torching', 'petrol bomb', 'petrol bombing')} (?:the |her |his |their |my |our )?(?:\w+s )?${alt('house', 'home', 'place', 'room', 'building', 'flat', 'car')}\b`,
      S`\bset(?:ting)? ${self} ${alt('on fire', 'alight')}\b`,
      // "shes set her own hair on fire"
      S`\bset(?:ting)? ${alt('her', 'his', 'their', 'my')} (?:own )?${alt('hair', 'clothes', 'top', 'jumper', 'bed', 'arm', 'arms')} ${alt('on fire', 'alight')}\b`,
      // Or held in the flame: "lit candles round her bed and is holding her hair in the flame".
      // (Not hands held over the fire to warm them.)
      S`\b${alt('holding', 'held', 'putting', 'put', 'sticking')} ${alt('her', 'his', 'their', 'my')} (?:own )?` +
        S`(?:${alt('hair', 'sleeves?', 'clothes')} ${alt('in', 'into', 'over')} (?:the |a )?${alt('flames?', 'fire', 'candle')}|${alt('hands?', 'arms?', 'fingers')} ${alt('in', 'into')} (?:the |a )?${alt('flames?', 'candle')})\b`,
      // Or the flame held to it: "shes holding a lighter to her hair".
      S`\b${alt('holding', 'held', 'putting', 'put')} (?:a |the |her |his |their )?${flame} ${alt('to', 'against', 'under', 'up to')} ${alt('her', 'his', 'their', 'my')} (?:own )?${alt('hair', 'face', 'arm', 'arms', 'skin', 'clothes', 'hand', 'leg', 'legs', 'wrist')}\b`,
      // Or someone elses: "threatening to set the younger childs hair on fire" (not a dolls).
      S`\bset(?:ting)? (?:the |her |his |their |my |our )?(?:\w+ )?(?!(?:dolls|barbies|teddys|toys|guys)\b)\w+s ${alt('hair', 'clothes', 'top', 'jumper', 'bed', 'arm', 'arms', 'face')} ${alt('on fire', 'alight')}\b`,
      // "fire in her bedroom, she set it", "a small fire in the boys room"
      // Or flames seen there: "flames in the kitchen", "flames coming from his bedroom" (not the hob or a candle).
      S`\b${alt('fire', 'flames', S`flames ${alt('coming', 'pouring')} ${alt('from', 'out of')}`)} (?:in )?(?:her|his|their|the|a|our) (?:\w+s )?${room}\b(?!.*\b${alt('hob', 'cooker', 'stove', 'candles?', 'gas ring', 'cooking', 'fireplace', 'log burner', 'wood burner')}\b)`,
      // A pan on fire: "chip pan fire, 8yo burnt".
      // Not how to put one out, nor the safety leaflet.
      S`(?<!\b${alt('put out', 'prevent', 'avoid', 'deal with', 'tackle')} (?:a )?(?:chip )?)\b(?:chip )?pan fire\b(?! ${alt('safety', 'blanket', 'leaflet', 'drill', 'training', 'awareness', 'risk', 'prevention')}\b)`,
      // The room named as burning: "kitchen on fire, the kid started it, cant find the 10 year old",
      // "kitchens on fire" with the apostrophe gone (not getting on "like a house on fire", nor a fire in a film or a dream).
      S`(?<!\blike a )\b${room}s? (?:is |s |was |now |still )?${alt('on fire', 'alight', 'ablaze', 'in flames')}\b(?!.*\b${alt('film', 'movie', 'programme', 'dream', 'story', 'book', 'game')}\b)`,
      S`\b${alt('set', 'started', 'lit')} (?:a )?fire (?:in|to)\b`,
      // Something set alight that should never burn: "shes lit the bathroom bin and locked herself in".
      S`\b${alt('lit', 'lighting', 'torched', 'set light to')} (?:the|her|his|their|a|my|our) (?:\w+ )?${alt('bins?', 'curtains', 'bed', 'bedding', 'mattress', 'duvet', 'sofa', 'carpet', 'clothes', 'wardrobe')}\b`,
      // Paper or cloth lit where it will spread: "lit paper under the bed", "set light to tissues behind the sofa".
      S`\b${alt('lit', 'lighting', 'set light to', 'set fire to')} (?:some |a |the |a pile of |a load of )?${alt('paper', 'papers', 'tissues?', 'toilet roll', 'loo roll', 'cardboard', 'clothes', 'rags')} ` +
        S`${alt('under', 'behind', 'in', 'on', 'next to')} (?:the|her|his|their|a|my|our) (?:\w+ )?${alt('bed', 'mattress', 'sofa', 'curtains', 'wardrobe', 'duvet', 'bin', 'carpet', room)}\b`,
      // Soaked in fuel: "soaked herself in petrol", "poured lighter fluid over himself".
      S`\b${alt('soaked', 'soaking', 'doused', 'dousing', 'drenched', 'covered')} ${self}(?: ${alt('in', 'with')})? ${fuel}\b`,
      S`\b${alt('poured', 'pouring', 'splashed', 'tipped')} ${fuel} (?:all )?${alt('over', 'on')} ${self}\b`,
      // Told as fragments, a flame and what it is put to: "lighter n the curtains", "matches to the duvet" (not a lighter kept away from them).
      S`\b${flame} ${alt('and', 'to', 'at', 'on', 'under', 'held to', 'up to', 'against')} (?:the |her |his |their |my |our )?${burnable}\b`,
      // Burning paper thrown where it spreads: "burning bog roll chucked under the bed", "flaming paper pushed behind the sofa".
      S`\b${alt('burning', 'flaming', 'smouldering', 'lit')} ${kindling}${upTo(2)} ${alt('under', 'behind', 'onto', 'on', 'in', 'into', 'next to')} (?:the|her|his|their|a|my|our) ${alt(burnable, 'bins?', room)}\b`,
      // Flames climbing: "flames up the wall", "flames reaching the ceiling", "the flames are spreading" (not the flames of a bonfire).
      S`\bflames? (?:are |is |s |now |going )?${alt(S`(?:all )?up the ${alt('walls?', 'curtains', 'cupboards', 'side')}`, S`${alt('reaching', 'touching', 'licking', 'hitting')} the ${alt('ceiling', 'walls?', 'cupboards', 'curtains')}`, 'spreading', 'everywhere', 'getting bigger')}\b(?!.*\b${alt('bonfire', 'bbq', 'barbecue', 'fire pit', 'film', 'video', 'game')}\b)`,
      // Fuel in a childs hands: "just caught him with a petrol can in the garden", "shes holding a can of petrol" (not the mowers, kept in the shed).
      S`\b${alt(S`${alt('caught', 'found')} ${alt('him', 'her', 'them')} with`, S`${alt('hes', 'shes', 'theyre')} ${alt('got', 'holding', 'carrying')}`, 'holding', 'carrying', 'waving')} (?:a |an |the |some )?` +
        S`${alt('petrol can', 'jerry can', 'fuel can', 'can of petrol', 'bottle of petrol', 'petrol', 'lighter fluid', 'accelerant')}\b(?!.*\b${alt('mower', 'lawnmower', 'strimmer', 'generator', 'bbq', 'barbecue', 'bonfire', 'for the car')}\b)`,
      // A flame put through a door, at a home with people in it: "lighting paper and dropping it through the letterbox of the flat next door".
      S`\b${alt('lit', 'lighting', 'burning', 'flaming', 'set light to', 'setting light to', 'setting fire to', 'on fire')}\b.*\b${alt('through', 'into', 'in')} ` +
        S`(?:the |their |a |next doors |his |her |our )?(?:\w+ )?${alt('letter ?box', 'letter ?boxes', 'door')}\b(?!.*\b${alt('leaflets?', 'flyers?', 'christmas cards?', 'candles?')}\b)`,
      S`\bhouse fire\b`,
      // Burning smelt where a child is shut in: "in his room now and we can smell burning, hes stuffed something under the door and wont open it".
      S`\b${smeltBurning}\b.*\b${alt(shutIn, 'will not open', 'stuffed something under', 'towel under')}\b`,
      S`\b${shutIn}\b.*\b${smeltBurning}\b`,
      // Gas in the air from knobs turned on: "strong smell of gas, oven knobs all turned on, she said she just wants to sleep".
      S`\b${alt('smell of gas', 'smells of gas', 'smelling gas', 'smell gas', 'gas leak')}\b.*\b${alt('knobs', 'taps', 'rings', 'hob', 'oven', 'cooker')}\b(?: \w+){0,2} ${alt('on', 'turned on', 'left on', 'switched on')}\b`,
      // Gas in the air, and a flame about to be struck: "strong smell of gas in flat 2 and the young mum is about to light the hob".
      S`\b${alt('smell of gas', 'smells of gas', 'smelling gas', 'gas leak', 'gas is on', 'gas left on')}\b.*\b${alt('about to light', 'lighting', 'light the hob', 'light a', 'lighter', 'cigarette', 'smoking', 'spark', 'matches')}\b`,
      S`\b${alt('fire', 'smoke')}\b.*\b${alt('refusing to leave', 'refusing to come out', 'refuses to come out', 'wont leave', 'wont come out', 'still inside', 'still in there', S`except ${alt('him', 'her', 'them')}`, S`(?:cant|can t|cannot) get ${alt('him', 'her', 'them')} out`)}\b`,
    ),
    // "he set fire to a bin at school last year", "nightmares about the house fire she was in as a toddler".
    // A fire lit to sit by: "a cosy fire in the lounge", "sat by the fire in the front room".
    // A death in a fire, grieved now: "his brother died in the house fire".
    unless: new RegExp(
      // (Not a saying: "bedtime has been a nightmare ... tonight hes said hes going to set fire to his bedroom".)
      S`${past.source}|\b(?:as a ${alt('toddler', 'baby', 'child', 'kid')}|(?<!\b${alt('been', 'is', 'was', 'its', 'are', 'were', 'be')} (?:an? )?(?:${alt('absolute', 'total', 'complete', 'real', 'bit of a', 'living')} )?)nightmares?)\b|` +
        S`\b${alt('died', 'killed', 'passed away', 'lost (?:her|his|their) \\w+')} in (?:a|the) (?:house )?fire\b|` +
        // Or what it left: "cant sleep because hes scared of the dark since the house fire".
        S`\bsince (?:the|a) (?:house )?fire\b|` +
        // Cooking, joked about: "im gonna burn the house down with this cooking".
        S`\bwith (?:this|my|her|his|the|their) ${alt('cooking', 'baking', 'toast', 'pasta bake', 'tea', 'dinner')}\b|` +
        S`\b(?:${alt('cosy', 'cozy', 'log', 'open', 'real', 'gas', 'electric', 'coal', 'wood ?burning')} fire|${alt('sat', 'sitting', 'sit', 'curled up')} ${alt('by', 'round', 'in front of')} the fire)\b|` +
        S`\bthe fire in (?:the|our) (?:\w+ )?\w+ is (?:a )?${alt('gas', 'electric', 'real', 'coal', 'log', 'wood ?burn\\w*')}\b` +
        // Told as a pattern, over: "set small fires in the garden twice and lit paper in his bedroom once. nothing serious happened".
        S`|\bnothing (?:serious |bad )?happened\b|` +
        // Drawn, over and over: "draws the same picture of a house on fire over and over, what might it mean".
        S`\b${alt('draws', 'drew', 'drawing', 'drawings', 'paints', 'painted', 'painting')} (?:\w+ ){0,4}${alt('picture', 'pictures', 'house', 'houses', 'fire', 'fires', 'flames')}\b(?!.*\b(?:now|right now|tonight|lighter|matches)\b)|` +
        S`\bnobody(?:s| has| is)? (?:been )?hurt\b(?!.*\b(?:yet|now|right now|tonight)\b)|\b${alt('twice', 'three times', 'a few times', 'several times')}\b(?!.*\b${alt('now', 'tonight', 'right now', 'rn')}\b)`,
    ),
  },
];
