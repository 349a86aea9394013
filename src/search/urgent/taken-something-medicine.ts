/**
 * Medicine taken in a quantity no one is prescribed, or someone else's, or something taken and unwell after.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { medicine, usualDoseThisMorning } from '../danger/fragments-means';
import { alt, anyOf, b, habitual, now, past, poss, S, upTo, type Rule } from './fragments';

// Taking medicine is only an emergency in a quantity no one is prescribed, or someone else's.
const quantity = alt(
  'a load',
  'loads',
  'lots',
  'a lot',
  'all',
  'whole',
  'packets?',
  'boxes',
  'box',
  'bottle',
  'handful',
  'fistful',
  // "swallowed a pack of her carers co-codamol".
  S`(?:a |the |whole |full )?packs?`,
  S`an unknown ${alt('quantity', 'amount')}`,
  S`unknown ${alt('quantity', 'amount')}`,
  'too many',
  'a stash',
  'the lot',
  // What was left: "hes swallowed the rest of the nurofen from the cupboard".
  S`the rest of(?: the| her| his| their| my| a| that)?`,
  // A count over the usual dose of one or two ("has taken 2 paracetamol for her headache" is a dose), in figures or words.
  S`(?![12]\b)\d+`,
  alt('ten', 'twelve', 'fifteen', 'twenty', 'thirty', 'forty', 'fifty', 'a dozen', 'dozens'),
  S`(?:his |her |their )?${alt('mums', 'dads', 'nans', 'someone elses', 'carers')}`,
);
/** Taken, or drunk for a medicine that is a liquid: "shes drunk a bottle of calpol". */
const swallowed = alt('taken', 'took', 'swallowed', 'ingested', 'consumed', 'downed', 'necked', 'had', 'eaten', 'ate', 'drunk', 'drank');
/** "Took something" said of a thing carried off, not swallowed: "took something from the shop", "took something to school". */
const notTakenAway = S`(?! ${alt('from', 'off', 'out', 'away', 'back', 'home', 'to')}\b)`;
/** Signs after taking something that it is doing harm. */
const unwell = alt(
  'drowsy',
  'cant breathe',
  'can t breathe',
  'struggling to breathe',
  'heart racing',
  'chest pain',
  'slurring',
  'sleepy',
  'sick',
  'vomiting',
  'wont wake',
  'unresponsive',
  'not making sense',
  'pale',
  'breathing',
  'fitting',
  'seizure',
  // "she feel the room spinning and her heart stop and start".
  S`room (?:is )?spinning`,
  S`heart ${alt('stops', 'stopping', 'stopped', 'pounding', 'beating fast')}`,
);
/** Who might have taken something. */
const someoneTook = alt('she', 'he', 'they', 'shes', 'hes', 'theyve', 'the yp');

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
/** Care refused after taking tablets, which makes it more urgent, not a dose refused: "took tablets 30 mins ago. refusing hospital". */
const refusedCare = alt(
  'hospital',
  'a and e',
  'an ambulance',
  'the ambulance',
  'ambulance',
  'paramedics',
  'the paramedics',
  'treatment',
  'help',
  'medical help',
  S`to ${alt('go', 'be seen', 'be checked', 'get checked', 'see a doctor', 'get in the ambulance', 'go to hospital', 'go to a and e', 'go in the ambulance')}`,
);

export const takenSomethingMedicineRules: Rule[] = [
  // "shes taken a whole packet of paracetamol"
  {
    name: 'ingested',
    when: anyOf(
      S`\b${swallowed}\b${upTo(3)} ${quantity}\b${upTo(4)} ${medicine}\b`,
      // A count with the plural left off, as English written as a second language may: "she take 40 tablet before they find her".
      S`\b${swallowed}\b${upTo(2)} (?:[5-9]|[1-9]\d+|${alt('ten', 'twenty', 'thirty', 'forty', 'fifty')}) ${alt('tablet', 'pill')}\b`,
      // Found to be another medicine, and much of it: "turns out it wasnt paracetamol, it was her nans warfarin and a lot of it".
      S`\b${alt('it was', 'it were', 'its', 'they were', 'theyre')} (?:\w+ ){0,2}${medicine} and ${alt('a lot', 'loads', 'lots', 'a load', 'all', 'a handful')} of ${alt('it', 'them')}\b(?! ${alt('was', 'is', 'were', 'are', 'has', 'had', 'in date', 'out of date')}\b)`,
      // A whole strip eaten, whatever the tablets were for: "found hed got the dogs worming tablets and eaten the whole strip".
      S`\b${alt('eaten', 'ate', 'swallowed', 'taken', 'took', 'had')} (?:the |a )?${alt('whole', 'entire', 'full')} ${alt('strip', 'blister', 'blister pack')}\b`,
      // Found where they were kept, and eaten: "the little one found my tablets in the handbag and ate some, she is 3".
      S`\bfound ${alt('my', 'her', 'his', 'their', 'the', 'mums', 'dads', 'nans', 'grandads')} (?:\w+ )?${alt('tablets', 'pills', 'meds', 'medicine', 'medication', 'paracetamol')}\b${upTo(6)} and ${alt('ate', 'eaten', 'swallowed', 'took', 'taken', 'had')} ${alt('some', 'them', 'one', 'a few', 'loads', 'lots', 'all')}\b`,
      // A few, then a count guessed: "she took 'a few' paracetamol this morning, maybe 16?".
      S`\b${swallowed}\b${upTo(2)} ${alt('a few', 'some', 'several')} ${medicine}\b${upTo(4)} ${alt('maybe', 'about', 'around', 'like', 'possibly', 'probably')} (?:\d{2,}|[5-9]|${alt('ten', 'twelve', 'fifteen', 'twenty', 'thirty')})\b`,
      // A little one into someone's medicine: "5 year old at our church creche found chewing tablets out of someones handbag".
      S`\b${alt('chewing', 'eating', 'sucking', 'chewed', 'ate', 'eaten')} ${alt('tablets', 'pills', 'capsules')} ${alt('out of', 'from')} (?:a |the |her |his |someones |somebodys |\w+s )?${alt('handbag', 'bag', 'cupboard', 'drawer', 'packet', 'box', 'bottle', 'pot')}\b`,
      // The count told after, in any English: "he take tablets from my handbag, all of them, is my heart tablet".
      S`\b${alt('take', 'took', 'taken', 'swallow', 'swallowed', 'eat', 'ate')} (?:the |my |her |his |their |some )?${medicine}\b${upTo(5)} ${alt('all of them', 'all of it', 'the whole lot', 'every one')}\b`,
      // Told in the present, in another English, with how long ago: "she take all her quetiapine tablets for the week. 1 hour ago".
      S`\b${alt('take', 'takes', 'eat', 'eats')} ${quantity}\b${upTo(4)} ${medicine}\b(?=.*\b${alt('\\d+', 'an?', 'one', 'two', 'half an?')} ${alt('hours?', 'hrs?', 'mins?', 'minutes?')} ago\b)`,
      // The medicine named first, then all of it taken: "the medicine from doctor will make him see his dead father so he took all of it".
      S`\b${medicine}\b${upTo(12)} ${alt('so', 'and', 'then')} ${alt('he', 'she', 'they')} ${alt('took', 'has taken', 'swallowed', 'has swallowed', 'drank', 'necked')} ${alt('all of it', 'all of them', 'the lot', 'the whole lot', S`the whole ${alt('box', 'packet', 'bottle', 'strip')}`)}\b`,
      // The packet named after the medicine: "he took paracetamol packet", "swallowed a whole ibuprofen box".
      S`\b${alt('took', 'taken', 'swallowed', 'necked', 'eaten', 'ate', 'downed')} (?:a |the |his |her |their |my )?(?:whole |full |entire )?${medicine} ${alt('packet', 'box', 'bottle', 'strip', 'pack', 'tub', 'blister pack')}s?\b`,
      // Some of someone else's medicine: "he said hed swallowed some of his foster carers pills this morning".
      S`\b${swallowed}\b ${alt('some', 'a few', 'several', 'loads', 'a load', 'a handful', 'a couple')}(?: of)? ${alt('his', 'her', 'their', 'my')} (?:\w+ ){0,2}${alt('carers', 'mums', 'dads', 'nans', 'grandads', 'grandmas', 'sisters', 'brothers', 'mates', 'friends', 'aunties', 'uncles')} ${medicine}\b`,
      // Eaten, which no one says of a dose: "shes eaten her meds", "grandma here, hes eaten my warfarin, lots".
      S`\b${alt('eaten', 'ate', 'eating')} (?:all )?(?:of )?${alt('her', 'his', 'their', 'my', 'mums', 'nans', 'grandmas', 'dads')} ${medicine}\b`,
    ),
    // "had all her meds this morning" is the usual dose at the usual time; 20 of them, or her mums, is not.
    unless: new RegExp(
      S`${past.source}|\b(?:with (?:her |his |their )?(?:breakfast|tea|dinner|food)|as prescribed|every (?:morning|evening|night|day)|the (?:whole |full )?course|like (?:im|i am|shes|hes|she is|he is|theyre) (?:supposed|meant) to)\b|` +
        usualDoseThisMorning(medicine),
    ),
  },
  // "shes taken some pills", "hes swallowed a few tablets"
  {
    name: 'pills-taken',
    when: anyOf(
      // In the mouth and kept there: "the young person has tablets in her mouth and wont spit them out".
      S`\b(?:tablets|pills|meds|paracetamol) in (?:her|his|their) mouth\b.*\b(?:wont|will not|refusing to|refuses to|not) spit`,
      b(
        // ("sum" typed for "some": "shes took sum pills".)
        S`${alt('taken', 'took', 'swallowed', 'necked', 'downed')} (?:some |sum |loads of |a load of |a bunch of |random |a few )?` +
          // Some of her own, told as news: "shes just said shes taken a few of her tablets".
          S`(?:${alt('some', 'a few', 'a couple', 'loads', 'a load', 'a bunch', 'a handful', 'lots')} of (?:${alt('her', 'his', 'their')} |the )?)?` +
          alt('pills', 'tablets'),
      ).source,
      // The whole message a note, tablets first and now last: "tablets. lots. 14yo. now".
      S`^${alt('tablets', 'pills', 'tabs', 'paracetamol', 'pcm')}(?: \w+){0,3} ${alt('now', 'rn', 'just now', 'right now')}$`,
    ),
    // Tablets for her period pain, as prescribed, the right dose: ordinary medicine.
    // Fewer than she should ("only taken a few of her tablets this week, refuses the rest"): a worry about taking them.
    unless: anyOf(
      past.source,
      S`\bfor ${alt('her', 'his', 'their', 'a', 'an', 'the')}\b`,
      'prescribed',
      S`\bdose\b`,
      // (Not "only" before a reason, which plays an overdose down: "took a bunch of pills, says it was only to help her sleep".)
      S`\b${alt(S`only(?! ${alt('to', 'because', 'cos', 'cause', 'coz', 'for', 'wanted', 'meant', 'did it', 'trying', 'so', 'now', 'just')}\b)`, S`forg[eo]t\w*`, 'missed', S`refus\w*(?! ${refusedCare}\b)`, 'the rest', S`skipp\w*`, 'stopped taking', 'wont take')}\b`,
      // Found not to be so: "said shed taken tablets but it was a wind up, gp checked her".
      S`\b${alt('was a wind ?up', 'was (?:a )?(?:joke|lie|prank)', 'wasnt true', 'was not true', 'made it up')}\b`,
    ),
  },
  // "i think shes taken something", "swallowed something and now hes drowsy"
  {
    name: 'taken-something',
    when: anyOf(
      // A dose given ten times over: "accidentally gave him 10ml of midazolam instead of 1ml ... hes asleep and snoring".
      S`^(?!.*\b${alt('what (?:should|do|would)', 'if i', 'if you', 'if we')}\b).*\b${alt('gave', 'given', 'give', 'drew up', 'administered')} (?:him |her |them )?\d+(?:\.\d+)? ?${alt('ml', 'mls', 'mg')}\b(?: of \w+)? instead of \d+(?:\.\d+)? ?${alt('ml', 'mls', 'mg')}\b`,
      // Tablets taken, told with not being there tomorrow: "ive took the tablets off the side so i might not be in tmrw".
      S`\b${alt('ive', 'i have', 'i', 'ive just', 'i just')} ${alt('took', 'taken', 'had', 'swallowed')} (?:all )?(?:the |my |them |me |those )?${alt('tablets', 'pills', 'meds')}\b.*\b${alt('might not be', 'wont be', 'will not be', 'not gonna be', 'may not be')} ${alt('in', 'here', 'around', 'at school', 'at college')} ${alt('tmrw', 'tomorrow', 'tomoz', 'tmr', 'in the morning', 'anymore', 'any more')}\b`,
      // Numb after something given: "cant feel my face after what ste gave me".
      S`\b(?:cant|can t|cannot) feel (?:my|her|his|their) ${alt('face', 'legs', 'arms', 'hands', 'body', 'lips', 'tongue', 'feet')} ${alt('after', 'since')} (?:what|the (?:\w+ )?(?:stuff|pills?|tablets?|drink|drugs?|thing)) (?:\w+ ){0,2}${alt('gave', 'sold', 'give', 'handed', 'put')}\b`,
      // A whole bottle of spirits, and the world turning: "had a full bottle of me mums gin and now the room is upside down and i cant see".
      S`\b${alt('full', 'whole', 'entire')} bottle of (?:\w+ ){0,2}${alt('gin', 'vodka', 'whisky', 'whiskey', 'rum', 'spirits', 'brandy', 'tequila')}\b.*\b${alt('cant see', 'cant stand', 'spinning', 'upside down', 'throwing up', 'being sick', 'passing out', 'cant breathe', 'cant feel')}\b`,
      S`\b${alt('taken', 'swallowed', S`${alt('took', 'take')} ${alt('lots', 'loads', 'a lot')} of`)} something\b(?! for\b).*\b${unwell}\b`,
      // The whole message, with a cry for help or nothing else: "help shes taken something".
      S`^(?:(?:please )?help(?: me)? )?(?:i think )?${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have')} (?:just )?${alt('taken', 'swallowed')} something(?: (?:please )?help(?: me)?)?$`,
      // Not knowing what, and nothing else: "taken something dunno what".
      S`^(?:${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have', 'yp', 'yp has')} )?(?:just )?${alt('taken', 'took', 'swallowed')} something ${alt('dunno', 'dont know', 'do not know', 'not sure', 'no idea', 'idk', 'unsure')} what$`,
      // Injected, told as done: "shes injected something", "he has just injected heroin".
      S`\b${alt('shes', 'hes', 'theyve', 'she has', 'he has', 'they have', 'yp has', 'has just')} (?:just )?injected ${alt('something', 'heroin', 'drugs', 'bleach', 'stuff', S`${alt('herself', 'himself', 'themselves')} with (?!(?:her|his|their) (?:insulin|epipen|medication|meds))`)}\b`,
      // Taken at a party, told after the signs: "having a massive panic, cant breathe, says she took something called pink at a party"
      // (not something taken from a shop or off a shelf).
      S`\b${unwell}\b.*\b${alt('taken', 'took', 'swallowed', 'had')} something\b${notTakenAway}`,
      S`\btook something\b${notTakenAway}.*\b${unwell}\b`,
      // Taken to end it, said so: "in his room saying hes taken something to make it all stop".
      S`\b${alt('taken', 'took', 'swallowed', 'had')} something to ${alt('make it (?:all )?stop', 'end it', 'die', 'not wake up', 'sleep forever', 'make the pain stop', S`kill ${alt('herself', 'himself', 'themselves', 'myself')}`)}\b`,
      // Or asked for to end it: "teenage boy at pharmacy counter asking for something 'to make sure i dont wake up'".
      S`\b(?<!\bif (?:a|an|any) \w+ )${alt('asking', 'asked', 'trying', 'tried', 'wanting', 'wants', 'buying', 'bought')}(?: \w+){0,3} ${alt('something', 'tablets', 'pills', 'stuff')} ` +
        S`(?:to|so|thatll|that will) (?:make sure )?(?:${alt('i', 'he', 'she', 'they')} )?${alt('dont wake up', 'doesnt wake up', 'wont wake up', 'never wake up', 'not wake up', 'never wakes up', 'end it', 'die', 'sleep forever', S`kill ${alt('herself', 'himself', 'themselves', 'myself')}`)}\b`,
      // Given drugs by an adult, and strange now: "dad at contact has produced a bag of white powder and given some to the teenage son, son
      // now acting strange".
      S`^(?=.*\b${alt('powder', 'pills', 'drugs', 'coke', 'ket', 'spice', 'mdma', 'vodka', 'alcohol')}\b).*\b${alt('given', 'gave', 'giving')} (?:him |her |them )?some\b.*\bnow ${alt('acting', 'seems', 'looks', 'being')} ${alt('strange', 'strangely', 'weird', 'odd', 'funny', 'out of it', 'spaced', 'drowsy')}\b`,
      S`\b${alt('think', 'worried', 'scared', 'sure')} (?:that )?${someoneTook}(?: has| have| s)? ${alt('taken', 'swallowed')} something\b`,
      // Yellow days after: a paracetamol overdose harms the liver late, however long ago it was taken ("drank a whole bottle of
      // calpol the night before last and now shes got tummy pain and looks yellowish").
      // Or taken a little at a time for days (a staggered overdose): "taking paracetamol every couple of hours since friday, now
      // shes gone yellow".
      S`\b${alt('took', 'taken', 'taking', 'drank', 'drunk', 'swallowed', 'overdose', 'overdosed', 'od', 'oded')}\b.*\b${alt('looks?', 'looking', 'gone', 'going', 'turned', 'turning', 'is', 's', 'are', 'eyes')} (?:a bit |quite |really |very |now |all )?${alt('yellow', 'yellowish', 'yellowy', 'jaundiced')}\b`,
    ),
  },
  // "hes taking loads of pills right now"
  {
    name: 'taking-now',
    when: new RegExp(S`\btaking (?:\w+ ){0,2}${medicine}\b.*\b${now}\b`),
    // Taking her own prescribed medicine, as she should, is not an overdose.
    // Nor tablets taken last week ("on a ward after taking tablets last week, medically fine now"),
    // nor a habit told as one: "keeps getting drunk, sometimes taking pills off snapchat".
    unless: anyOf(
      S`\bprescribed\b`,
      S`\bas ${alt('she', 'he', 'they')} should\b`,
      S`\btaking ${poss} `,
      past.source,
      habitual.source,
      S`\bsometimes\b`,
    ),
  },
];
