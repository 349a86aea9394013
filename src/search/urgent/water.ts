/**
 * Someone face down in water, or gone under: a drowning is told in few words.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, eitherSide, past, S, type Rule } from './fragments';

/** Water someone can drown in, shallow or not. */
const water = alt(
  'pool',
  'paddling pool',
  'bath',
  'water',
  'river',
  'pond',
  'canal',
  'sea',
  'lake',
  'puddle',
  'dock',
  'docks',
  'reservoir',
);

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const waterRules: Rule[] = [
  // "hes in a paddling pool face down", "face down in the bath", "gone under and not come up"
  {
    name: 'in-water',
    when: anyOf(
      // Gone in and not come up: "he jumped in, hes not come up".
      S`\b${alt('jumped', 'fell', 'fallen', 'gone', 'went', 'dived', 'dove')} in\b.*\b${alt('not', 'hasnt', 'havent', 'hes not', 'shes not', 'never')} (?:come|came) (?:back )?up\b`,
      // Stuck and the tide coming: "went out on the mud at southport, stuck, water rising".
      S`\b${alt('stuck(?! in (?:traffic|a queue|the queue|work|meetings?))', 'sinking', 'trapped', 'cut off', 'cant get back', 'cant get off')}\b.*\b${alt('tide', 'water')} (?:is |s )?${alt('coming in', 'rising', 'coming up', 'getting higher', 'up to (?:her|his|their) (?:knees|waist|chest)')}\b`,
      S`\b${alt('tide', 'water')} (?:is |s )?${alt('coming in', 'rising')}\b.*\b${alt('stuck(?! in (?:traffic|a queue|the queue|work|meetings?))', 'sinking', 'trapped', 'cut off', 'cant get back', 'cant get off')}\b`,
      // In the sea or a river, unable to swim: "charlies gone in the sea and hes shouting for help - he cant swim".
      S`^(?!.*\b${alt('holiday', 'last', 'yesterday', 'stayed', 'what if', 'if a')}\b).*\b${alt('gone in', 'fallen in', 'fell in', 'jumped in')} the ${alt('sea', 'river', 'canal', 'lake', 'docks?', 'mersey', 'water')}\b.*\b${alt('shouting for help', 'cant swim', 'cannot swim', 'cant get out', 'going under')}\b`,
      // Weighed down at the water: "at the mersey with stones in my pockets. its actually peaceful".
      S`^(?!.*\b${alt('collect', 'collected', 'collecting', 'found', 'shells', 'souvenirs?', 'rock ?pools?', 'pebbles for')}\b).*\b${alt('stones', 'rocks', 'bricks', 'weights')} in (?:my|her|his|their) ${alt('pockets', 'pocket', 'coat', 'bag', 'rucksack')}\b` +
        eitherSide(alt('mersey', 'river', 'canal', 'sea', 'lake', 'dock', 'docks', 'reservoir', 'water', 'beach', 'pier')),
      S`\bface ?down in (?:the |a |her |his |their )?(?:\w+ )?${water}\b`,
      S`\bin (?:the |a )?(?:\w+ )?${water} face ?down\b`,
      S`\b(?:floating|lying) face ?down\b`,
      // Said as it happens: "hes drowning in the pond" (not a feeling: "drowning in paperwork").
      S`\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'someones', 'someone is', 'kids', 'childs', 'child is')} ${alt('drowning', 'going under')} in (?:the |a )?(?:\w+ )?${water}\b`,
      // Under the water, told as now: "the 6 year old is under the water in the hydrotherapy pool, lifeguard isnt there".
      S`\b${alt('is', 'hes', 'shes', 'been', 'gone', 'went', 'stayed')} under (?:the )?water\b(?! (?:for|in) (?:a |her |his )?(?:swim|swimming|lesson|race|game))`,
      // Into deep or moving water: "on a school trip and shes walked into the river up to her chest and the current is strong".
      S`\b${alt('walked', 'waded', 'gone', 'went', 'ran', 'run', 'jumped', 'wandered')} into the ${alt('river', 'sea', 'canal', 'lake', 'reservoir', 'estuary', 'water')}\b` +
        S`(?=.*\b${alt('up to (?:her|his|their) (?:chest|neck|waist|shoulders)', 'current', 'out of (?:her|his|their) depth', 'cant swim', 'can not swim', 'cannot swim', 'being swept', 'pulled under')}\b)`,
      // In the bath, shut in, and saying she wants to drown: "K is in the bath and she locked door and she said she wants to drown herself".
      S`^(?=.*\b${alt('locked', 'lock', 'water running', 'running the water', 'wont open', 'will not open', 'not answering', 'now')}\b)` +
        S`.*\bin the bath\b.*\b${alt('wants', 'wanted', 'want', 'going', 'gonna', 'trying')} to drown ${alt('herself', 'himself', 'themselves', 'myself')}\b`,
      // Or with no water named, the whole of it: "hes drowning", "someone is drowning help" (not a feeling: "feels like shes drowning").
      S`(?<!\b(?:feels?|felt|feeling) like )\b${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'they are', 'someones', 'someone is', 'child is', 'kid is', 'yp is')} drowning(?:$| ${alt('help', 'please', 'pls', 'now', 'quick', 'call')}\b)`,
      // Into the water from a boat or a jetty and not back: "capsized and hasnt come up", "gone overboard ... current taking him",
      // "fallen off the jetty and hes under the pontoon, we cant find him".
      S`\b${alt('capsized', 'gone overboard', 'went overboard', 'fell overboard', 'fallen overboard', 'fell in', 'fallen in', 'fell off the (?:jetty|pier|boat|pontoon|harbour wall)', 'fallen off the (?:jetty|pier|boat|pontoon|harbour wall)')}\b.*\b` +
        S`${alt(S`(?:hasnt|has not|havent|not|didnt) (?:come|came) (?:back )?up`, 'cant find (?:him|her|them)', 'current (?:is )?(?:taking|dragging|pulling) (?:him|her|them)', 'no life ?jacket', S`under (?:the )?${alt('pontoon', 'jetty', 'boat', 'water', 'ice')}`, 'being swept', 'swept (?:away|out)')}\b`,
      // Gone to deep water to swim, unable to: "she said shes going for a swim at the docks at night and she cant swim, shes just left".
      S`\b${alt('going for a swim', 'going swimming', 'gone for a swim', 'gone swimming', 'going in the water', 'going in the sea', 'going in the river')}\b.*\b${alt('cant', 'can t', 'cannot')} swim\b(?=.*\b${alt('just left', 'gone', 'left', 'walked out', 'heading', 'on (?:her|his|their) way', 'now', 'tonight')}\b)`,
      // Swimming out to go: "so tired of all of it im swimming out as far as i can go".
      S`\b${alt('im', 'i am', 'shes', 'hes', 'she is', 'he is', 'theyre', 'going', 'gone')} swimming out ${alt('as far as', 'to sea', 'into the sea', 'too far', 'and not coming back')}\b`,
      S`\b${alt('gone', 'went', 'going')} under (?:the water )?and ${alt('not', 'hasnt', 'hadnt', 'didnt')} (?:come|came) (?:back )?up\b`,
      // Taken by the water, or over the railings to go in: "being pulled out by the current", "climbed over the railings at the albert dock
      // saying shes going in the water" (even on a school trip).
      S`\b${alt('pulled', 'swept', 'dragged', 'carried')} (?:out|away|under|off) by the ${alt('current', 'tide', 'waves?', 'water')}\b`,
      S`\b${alt('climbed', 'climbing', 'gone', 'jumped', 'got', 'went')} over the ${alt('railings?', 'rail', 'barrier', 'fence', 'wall', 'edge')}\b.*\b` +
        S`${alt('going in the water', 'go in the water', 'jump in', 'jumping in', 'into the water', S`in(?:to)? the ${water}`)}\b`,
      // Gone into deep water, and the danger said after it: "has run into the sea fully clothed, says he wants to drown, we can't
      // reach him", "walked into the river and wont come out".
      S`\b${alt('run', 'ran', 'walked', 'walking', 'waded', 'wading', 'gone', 'went', 'jumped', 'swum', 'swam')} (?:out )?into the ${water}\b.*` +
        S`\b${alt('drown', 'drowning', 'drowned', S`(?:cant|cannot|couldnt) ${alt('reach', 'get to', 'get (?:him|her|them) out')}`, S`${alt('wont', 'will not', 'refusing to')} come ${alt('out', 'back')}`, S`out of (?:his|her|their) depth`, 'fully clothed', 'gone under')}\b`,
      // Adrift, and someone in the water or no way back: "on the dinghy at crosby and its drifting out, no life jackets and ones already fallen in".
      S`\b${alt('drifting', 'drifted', 'being blown', 'blown', 'floating', 'swept')} (?:out|away|off)\b.*\b${alt('fallen in', 'fell in', 'fallen out', 'fell out', 'overboard', 'in the water', 'no life ?jackets?', 'cant swim', 'cant get back', 'gone under')}\b`,
      S`\b${alt('fallen in', 'fell in', 'fallen out', 'fell out', 'overboard', 'no life ?jackets?', 'cant swim', 'cant get back')}\b.*\b${alt('drifting', 'being blown', 'floating', 'swept')} (?:out|away|off)\b`,
      // Swimming in open water, the others back without him: "went out for a swim in the docks with mates, theyve come back without him,
      // theyre saying he went under".
      S`\b${alt('swim', 'swimming', 'swam', 'jumping in', 'tombstoning', 'paddling')}\b(?: \w+){0,4} (?:in|at|off) (?:the )?(?:\w+ )?${water}\b.*\b` +
        S`${alt(S`(?:come|came) back without ${alt('him', 'her', 'them')}`, S`${alt('went', 'gone', 'going')} under`, S`${alt('hasnt', 'didnt', 'not')} (?:come|came) (?:back )?up`)}\b`,
      // Seen in the water on a live feed, and it looks like ours: "drone footage on facebook live shows a kid in the mersey near the albert dock
      // and it looks like our kyles coat".
      S`\b${alt('kid', 'child', 'boy', 'girl', 'teenager', 'young person', 'someone', 'somebody', 'person', 'body')} in the (?:\w+ )?${alt('river', 'canal', 'sea', 'lake', 'dock', 'docks', 'reservoir', 'mersey', 'water')}\b.*\b` +
        S`${alt('looks like', 'think (?:its|it is|thats)', 'could be', 'might be', 'sure (?:its|it is|thats)')} (?:our|my|\w+s)\b(?!.*\b(?:at that age|when (?:he|she|they) (?:was|were) (?:little|younger|small))\b)`,
    ),
    // A swimming lesson or a way to sleep, or told afterwards: "she sleeps face down", "pulled out of the pool last summer".
    unless: anyOf(S`\b${alt('sleeps?', 'sleeping', 'swimming lessons?', 'float test', 'dead mans float', 'snorkel\\w*')}\b`, past.source),
  },
];
