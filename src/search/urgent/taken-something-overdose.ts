/**
 * An overdose named: told as now, said alone, or refusing help after it.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, past, S, sentHomeUnless, tooMuchOf, upTo, type Rule } from './fragments';
import { drinksOverdoseFineNow, medicine } from '../danger/fragments-means';

const od = alt('od', 'overdose');

/** Unwell with it now. */
const unwell = alt('drowsy', 'dozy', 'unresponsive', 'floppy', 'vomiting', 'being sick', 'fitting', 'wont wake', 'cant wake', 'not waking');

/** A plea and nothing more, after the word: "what do i do", "help". */
const plea = alt(
  'what do i do',
  'what do we do',
  'what should i do',
  'what should we do',
  'what now',
  'now what',
  'what',
  'help',
  'please',
  'pls',
);
/** A mark that says urgent, before the word: "urgent!!!! overdose", "emergency - child overdose". */
const urgentMark = alt('urgent', 'emergency', 'sos', 'help', 'please help', 'quick', 'asap');

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const takenSomethingOverdoseRules: Rule[] = [
  // "shes overdosed", "after an overdose, shes doing it again now"
  {
    name: 'overdosed',
    when: b(
      alt(
        'overdosed',
        S`has (?:taken an )?${od}`,
        S`after an ${od}\b.*\b(?:again|now)`,
        // In the resuscitation room with it: "pt in resus, 15m lac, mixed od + etoh, medics managing".
        S`\bresus\b.*\b${od}\b|\b${od}\b.*\bresus\b`,
        // Told late, and not yet seen (paracetamol harms for days while the child looks well): "paracetamol od last night, only told us
        // this morning, she seems fine".
        S`\b${od}\b${upTo(4)} ${alt('last night', 'yesterday', 'at the weekend', 'on saturday', 'on sunday')}\b.*\b${alt('only told', 'only just told', 'just told', 'only admitted', 'just admitted', 'only found out', 'just found out', 'only said')}\b` +
          S`(?!.*\b${alt('hospital', 'a and e', 'a e', 'ae', 'ward', 'bloods', 'antidote', 'drip', 'discharged', 'checked', 'seen by')}\b)`,
        // Unwell with it: "paramedics asking where to take a drowsy 12yo after OD".
        S`${unwell}\b(?: \w+){0,3} after (?:an? |the |her |his |their )?${od}|\b(?:an? |the )?${od}\b(?: \w+){0,4} (?:and |now |is |hes |shes |theyre )+${unwell}`,
        // Asked as a question, then told as done: "how long do tablets take to work if you take like 20, asking for my granddaughter
        // she just did".
        S`(?=.*\b${alt('tablets', 'pills', 'paracetamol', 'meds', 'medication')}\b).*\b${alt('take', 'took', 'taken', 'swallow', 'swallowed')} ` +
          S`(?:like |about |around |maybe )?(?:[1-9]\d|a load|loads|the lot|a whole (?:box|packet|pack))\b.*\b${alt('she', 'he', 'they')} (?:just |has just |already )?${alt('did', 'done')}(?: it| that)?(?: ${alt('now', 'already', 'tonight')})?$`,
        // Passed on live, from whoever is with the child: "overdose 13yo carer on phone what do i tell her to do".
        S`${od}\b.*\b${alt(S`on (?:the )?(?:phone|line)(?! ${alt('to book', 'about', 'asking about', 'yesterday', 'earlier')})`, S`what (?:do|should) (?:i|we) tell (?:her|him|them) to do(?! if)`)}`,
      ),
    ),
    // "she overdosed on my watch": the carer's own feelings afterwards. Already in hospital after it
    // ("admitted informally after an overdose, now asking to leave"): the ward's question, not the card's.
    // Nor seen by doctors and well: "at a and e after an overdose earlier, medically fine now".
    unless: new RegExp(
      // Or sent home since ("discharged at 9am with a leaflet"), unless it has happened again.
      S`${past.source}|\bon my watch\b|${sentHomeUnless('again', 'another', 'now')}|\bfeel like (?:i|ive) failed\b|\b(?:admitted|on the ward|in hospital|training|awareness)\b|\bon (?:an? |the )?(?:\w+ ){0,2}(?:ward|unit)\b|` +
        S`\bmedically ${alt('fit', 'fine', 'cleared', 'ok', 'okay', 'well', 'stable')}\b|` +
        // Seen and assessed since: "assessed at a&e last night after an overdose and camhs crisis said no admission needed".
        S`\bno admission (?:needed|required|necessary)\b|\bassessed (?:at|in|by) (?:the )?${alt('a and e', 'a e', 'ae', 'hospital', 'crisis team', 'camhs crisis', 'liaison')}\b|` +
        // Asked ahead, of one of ours: "if my grandson ever overdosed, should i make him sick".
        S`\bif (?:my|our|the|a) (?:\w+ ){1,2}ever\b(?!.*\b(?:now|right now|tonight)\b)|` +
        // Said of work or a treat: "weve overdosed on work this week" (not caffeine, which harms; meetings, sweets and the rest are in
        // tooMuchOf, read next for anyone).
        S`\b(?:ive|weve|i have|we have|ive been|weve been) overdosed on ${alt('work', 'training')}\b|` +
        // Or said so of a child: "my grandson overdosed on homework this weekend bless him".
        S`\boverdosed on ${tooMuchOf}\b|\b(?:an )?overdose (?:of|on) ${tooMuchOf}\b|` +
        // Told at a meeting, of another home: "at our team meeting the manager said someone ... at another home and overdosed".
        S`\bat (?:another|a different|a previous|her old|his old|their old) (?:home|placement|unit|school)\b|` +
        // Told for a child's life story: "explaining to a six year old why his mum overdosed and died last year for life story work".
        S`\bfor (?:her |his |their |the |a )?life story\b|` +
        // Played, or seen on the telly: "keeps playing hospital with her dolls and making them take all the pills", "watching casualty and
        // there was a girl whod overdosed".
        S`\bplaying (?:\w+ )?with (?:her|his|their) ${alt('dolls', 'teddies', 'teddys', 'toys', 'barbies')}\b|\bwatching ${alt('casualty', 'holby', 'eastenders', 'hollyoaks', 'corrie', 'coronation street', 'emmerdale', 'waterloo road', 'a film', 'a programme', 'a documentary')}\b|` +
        drinksOverdoseFineNow,
    ),
  },
  // "OD" and nothing else is a cry for help, not a search for the topic.
  // Or with only a word of when or who: "overdose just now", "yp od now", "od help", then at most a plea.
  {
    name: 'od-alone',
    when: anyOf(
      S`^(?:${alt('od', 'oding', 'oded', 'odd')}|(?:${alt('yp', 'she', 'he', 'they', 'shes', 'hes', 'child', 'kid', 'my son', 'my daughter')} )?${alt('od', 'oded', 'overdose', 'overdosed', 'overdosing')} ${alt('just now', 'now', 'rn', 'right now', 'tonight', 'help', 'please help', 'just happened')}` +
        // Or with who it is, as a note: "overdose LAC 14 now".
        S`|${alt('od', 'overdose', 'overdosed')}(?: ${alt('lac', 'cla', 'cic', 'yp', 'child', 'girl', 'boy', 'lad', 'teen', 'f', 'm', 'grandson', 'granddaughter', 'grandaughter', 'son', 'daughter', 'niece', 'nephew', 'sister', 'brother', S`\d{1,2}(?: ?${alt('yo', 'yrs?', 'year old')})?`)}){1,3} ${alt('just now', 'now', 'rn', 'right now', 'tonight')})` +
        // Then who it is, and only the plea: "overdose now what do i do", "overdose. now. she's 10.".
        S`(?: ${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'aged?')} \d{1,2}(?: ?${alt('yo', 'yrs?', 'years? old')})?)?(?: ${plea})*$`,
      // Or the word alone: "overdose" (as "od" alone is: a miss can cost a life, a false alarm a glance). Or an empty bottle found,
      // the whole note: "pill bottle empty".
      S`^${alt('overdose', 'overdosed')}$`,
      S`^(?:\w+ )?${alt('pill', 'pills', 'tablet', 'tablets', 'medicine', 'meds', 'paracetamol')} ${alt('bottle', 'box', 'packet', 'pack', 'pot', 'tub')}s? (?:is |are |all )?empty$`,
      // Or a note of the word and the child's age, nothing else: "overdose 13yo".
      S`^${alt('od', 'oded', 'overdose', 'overdosed')} \d{1,2} ?${alt('yo', 'yrs? old', 'years? old', 'year old')}$`,
      // Or marked urgent before it: "urgent!!!! overdose".
      S`^(?:${urgentMark} )+${alt('od', 'oded', 'overdose', 'overdosed')}(?: ${plea})*$`,
      // Or the word and the plea alone: "overdose what do i do".
      // (Or with the hour: "overdose 2am what do i do".)
      S`^(?:${alt('yp', 'she', 'he', 'they', 'shes', 'hes', 'child', 'kid', 'my son', 'my daughter')} )?${alt('od', 'oded', 'overdose', 'overdosed')}(?: (?:at )?\d{1,2}(?:[ :.]?\d\d)? ?(?:am|pm)?)?(?: ${plea})+$`,
      // An overdose and the number asked for: "overdose at the youth centre, whats the crisis number".
      S`\b${alt('od', 'overdose', 'overdosed')}\b(?: \w+){0,5} ${alt('whats', 'what is', 'wheres', 'need', 'give me', 'send')} the (?:crisis |emergency |ambulance |camhs )?${alt('number', 'line')}\b`,
      // Or who it is and the word, marked urgent or not: "emergency - child overdose", "foster child overdose".
      S`^(?:${urgentMark} )*(?:${alt('foster', 'our', 'my', 'the', 'a')} )?` +
        S`${alt('yp', 'child', 'kid', 'teen', 'teenager', 'girl', 'boy', 'baby', 'toddler', 'son', 'daughter', 'lac', 'cla', 'pupil', 'resident')} ${alt('od', 'oded', 'overdose', 'overdosed')}(?: ${plea})*$`,
    ),
  },
  // "od'd" loses its apostrophe when cleaned: "odd on her tablets".
  { name: 'odd', when: new RegExp(S`\b${alt('odd', 'oded')} on (?:her |his |their |my )?${alt(medicine, 'paracetamol', 'insulin')}\b`) },
  // "after an overdose shes refusing to go to a and e"
  {
    name: 'od-refusing',
    when: new RegExp(
      // Or the blood test that shows one: "bloods show her paracetamol level is very high ... refusing to go".
      S`\b${alt('od', 'overdose', 'overdosed', S`paracetamol levels? (?:is |are )?(?:very |really |dangerously )?high`)}\b.*\b${alt(
        'refusing',
        'refuses',
        'trying to leave',
        // Leaving before being seen: "at a and e after an overdose, hes trying to walk out before being seen".
        'trying to walk out',
        'trying to go',
        'walking out',
        'walked out',
        'running off',
        'ran off',
      )}\b`,
    ),
    unless: past,
  },
];
