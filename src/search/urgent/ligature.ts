/**
 * A ligature or a hanging (suffocation and strangling are ./suffocation.ts).
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, past, poss, S, self, them, upTo, type Rule } from './fragments';
import { cord, goneStill, ligatureCord, hidden } from './ligature-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const ligatureRules: Rule[] = [
  // "found a noose in his room"
  {
    name: 'ligature',
    // "lig on in bedroom now": the shorthand, when one is on or round someone.
    // "lig found round yp neck", "lig tied on the rail": a word may come between.
    // "lig risk NOW room 4 door barricaded": the risk said to be now is one happening.
    when: b(
      alt(
        'ligature',
        'ligture',
        'ligatur',
        'ligiture',
        // The word as care staff use it, a verb: "yp in resi currently ligaturing", "she has ligatured".
        'ligaturing',
        'ligatured',
        'noose',
        // "hanging" as the whole message, or with where or who: "hanging", "shes hanging in the wardrobe" (not a hangover or a picture).
        S`^(?:${alt('hes', 'shes', 'theyre', 'he is', 'she is', 'yp', 'yp is', 'someone', 'somebody')} )?hanging` +
          S`(?: ${alt('help', 'now', 'pls', 'please', S`in (?:the|her|his|their) ${alt('room', 'bedroom', 'wardrobe', 'bathroom', 'shower', 'garage')}`)})*$`,
        S`lig (?:\w+ )?(?:on|round|around|tied|off)`,
        S`lig risk ${alt('now', 'rn', 'right now')}`,
        // The whole message, a cord in hand: "hes got a rope", "shes got a rope in her room" (not a rope swing or a rope burn).
        S`^(?:\w+ )?${alt('hes', 'shes', 'theyve', 'he has', 'she has', 'they have', 'yp has')}(?: just| now)? got (?:a|the|some) (?:\w+ )?${alt('rope', 'cord')}` +
          S`(?: ${alt('in (?:his|her|their) room', 'upstairs', 'in the bathroom', 'now', 'again', 'help', 'pls', 'please')})*$`,
        // A rope in hand and going to where it could be tied: "she is in the garden, she has rope and says she goes to the tree".
        S`(?!.*\b${alt('swing', 'tyre', 'climbing', 'skipping', 'tug of war', 'den', 'washing line', 'camping', 'scouts', 'hammock', 'tow')}\b)` +
          S`${alt('has', 'have', 'had', 'got', 'with', 'took', 'taken', 'taking')} (?:a |the |some )?(?:\w+ )?${alt('rope', 'cord')}\b${upTo(8)} ` +
          S`${alt('going', 'gone', 'goes', 'go', 'went', 'heading', 'walked', 'walking', 'ran', 'running')} (?:off )?${alt('to', 'into', 'towards', 'out to', 'up')} (?:the )?${alt('trees?', 'woods', 'loft', 'beam', 'garage', 'shed')}\b`,
        // Tried with one: "tried to do it with her hoodie string", "tried to hang herself with a belt".
        S`${alt('tried', 'trying', 'tryin')} to ${alt('do it', 'hang', S`hang ${self}`, 'strangle', S`strangle ${self}`)} ${alt('with', 'using')} (?:a |the |her |his |their )?(?:\w+ )?${ligatureCord}`,
        // A cord tied to a beam: "hes got an extension lead and hes tied it to the beam, standing on the paint tins".
        S`(?:tied|tying) (?:it|(?:the|an?) (?:\w+ )?${alt('lead', 'cable', 'cord', 'rope', 'belt', 'flex', 'scarf')}) to (?:the |a )?${alt('beam', 'bannisters?', 'banister', 'loft hatch', 'rafters?', 'hook', 'pull up bar')}` +
          S`(?!.*\b${alt('swing', 'tyre', 'hammock', 'punch(?:ing)? bag', 'climbing', 'washing line', 'bunting', 'decorations?', 'fairy lights', 'lights')}\b)`,
        // A cord being made, alone and wanting to die: "boy aged 11 tying belts together in his room, says he wants to be with his mum who died".
        S`tying (?:his |her |their |the |two |some )?${alt('belts', 'ties', 'scarves', 'cords', 'sheets', 'dressing gown cords', 'cables', 'laces', 'shoelaces')} together` +
          S`(?=.*\b${alt('wants? to (?:die|be with|be dead|join)', 'noose', 'round (?:his|her|their) neck', 'bannisters?', 'banister', 'wardrobe rail', 'curtain rail', 'hook')}\b)`,
      ),
    ),
    // Ligature risk, training and policy are planning, not a ligature now; nor one found last month.
    unless: anyOf(
      past.source,
      S`\b${alt(
        // Not "lig risk now" (above), told as an alarm.
        S`(?<!\blig )risk`,
        'risks',
        'training',
        'audit',
        'audits',
        'policy',
        'policies',
        // (Not a mental health assessment asked for now: "self-ligatured x3 tonight, request urgent mh assessment".)
        S`(?<!\b${alt('mh', 'mental health', 'urgent', 'crisis', 'camhs', 'psychiatric', 'psych')} )assessment`,
        'points?',
        // "asked to fit anti-ligature fittings in one of the bedrooms" (not one torn out and made into a noose: "ripped the anti ligature
        // fitting out of the ceiling and made a noose from the bedsheet").
        S`anti ligature(?<!\bnoose\b.*)(?!.*\bnoose\b)`,
        // "is there a list of ligature-safe products for foster homes"
        S`(?:ligature|lig) ${alt('safe', 'resistant', 'reduced', 'proof', 'light')}`,
        'checklists?',
        // A clarinet's or a saxophone's: "yps clarinet ligature snapped, grade 4 exam next week".
        S`${alt('clarinet', 'saxophone', 'sax', 'reed', 'mouthpiece')}`,
        // Weighed against privacy, or a risk assessment's note: "lock her door for privacy, ligature safety vs dignity", "ra says no hooks (ligature)".
        'dignity',
        S`(?:ra|risk assessment) says`,
        // On screen: "noose in a film he watched, age rating?".
        S`age ratings?`,
        // Fittings fitted, not a light fitting pulled down to use: "trying to pull the light fitting down to use that".
        S`(?<!\b${alt('light', 'lamp', 'curtain', 'ceiling')} )fittings?(?<!\bnoose\b.*)(?!.*\bnoose\b)`,
        // Not one just used on someone: "had to use the ligature cutter just now, marks on neck".
        // Nor one sent for now: "staff holding him up, where is the cutter kit".
        S`cutters?(?<!\b${alt('used', 'use', 'using', 'grabbed', 'got')} (?:the |a |our |my )?(?:ligature |lig )?cutters?)(?! (?:was |were |has been |had to be )?used)` +
          S`(?<!\b${alt('get', 'fetch', 'find', 'where is', 'wheres', 'bring')} the (?:ligature |lig )?cutters?)`,
        'free',
        'checks?',
        // A room sweep done: "we did the ligature sweep of all rooms tonight, found a loose cord on the blind, removed it".
        'sweeps?',
        // "a ligature-awareness and self-harm response briefing for the home".
        'awareness',
        'briefings?',
        S`what ${alt('is', 'are', 'does')}`,
        // A word asked about, or a talk given: "can you explain what a ligature is", "how common is ligature use in residential care".
        S`what (?:a |an )?(?:ligature|noose) (?:is|means)`,
        'explain',
        // "how do you spell ligature lol for the log"
        'spell',
        S`presentations?`,
        'how common',
        // Preparing for it: "what should i do if i ever find a young person with a ligature".
        S`(?:what (?:should|do|would) (?:i|we) do|how (?:do|should) (?:i|we) respond) if`,
        S`if (?:i|we) ever`,
        // (Not the filler "i mean": "i mean its probably him being dramatic but hes posted a video of himself with the ligature on".)
        S`(?<!\bi )mean`,
        // Not what a child says of it: "ligature on, shes saying she means it", "meaning to do it tonight".
        S`(?<!\b(?:she|he|they|i) )means`,
        'meaning(?! to)',
        // Not "ligature incident in progress".
        S`incident(?! (?:in progress|happening|ongoing|now|right now|rn))`,
        'debrief',
        // Healed, not fresh: "her old ligature scars show in PE".
        'scars?',
        'scarring',
        // Admitted after one, what follows asked: "child in care on the ward after a ligature attempt, who decides on a tier 4 admission".
        // Or after one told as a verb: "admitted to ancora house after she ligatured, now they want to discharge her".
        S`(?:on the ward|admitted|in hospital|medically (?:stable|fit|cleared)) (?:\w+ ){0,3}after (?:(?:a|an|her|his|their|the) (?:\w+ )?(?:ligature|lig) attempt|(?:she|he|they) ligatured)`,
      )}\b`,
    ),
  },
  // "shes got a belt round her neck"
  {
    name: 'neck',
    when: new RegExp(S`\b${cord} ${alt('round', 'around')} ${poss} neck\b`),
    // A scarf worn for the cold.
    // Told as history too: "i found a pupil with a cord around her neck in the toilets two years ago" (a danger told as now
    // outranks it: ./told-now.ts).
    unless: new RegExp(
      S`${b(alt('wears', 'wearing', 'in winter', 'in the cold', 'for school', S`keep(?:s|ing)? (?:\w+ )?warm`)).source}|${past.source}`,
    ),
  },
  // "found him hanging in the wardrobe", "shes trying to hang herself"
  {
    name: 'hanging',
    when: anyOf(
      // A ligature point found and threats to harm, with nowhere to go tonight: "15yo male, ligature point found, threatening self harm,
      // placement refusing to have him back tonight".
      S`\bligature (?:point )?found\b.*\bthreatening (?:to )?${alt('self ?harm', 'hang', 'kill', 'end it', 'suicide')}`,
      S`\b${alt('trying', 'tried', 'going', 'gonna', 'wants', 'threatening')} to hang\b`,
      S`\b${alt('is', 'was', 'are', 'shes', 'hes', 'theyre', S`found ${them}`)} hanging\b`,
      // Done, told of the child (not a relative's death told: "her dad hung himself when she was 5"): "she's hung herself", "our
      // son has hanged himself".
      S`\b${alt('she', 'he', 'they', 'shes', 'hes', 'theyve', 'yp', 'child', 'lad', 'girl', 'boy', 'son', 'daughter')} (?:has |have |just |has just |s )?${alt('hung', 'hanged')} ${self}\b`,
      // Cut down from a ligature: "cut her down from the bannister, shes breathing but barely".
      S`\bcut ${them} down\b`,
      // Found in one and cut down, told with what is being done now: "cell check, 15yo found with ligature, cut down, breathing, ambo called".
      S`\b${alt('ligature', 'lig', 'noose')}${upTo(2)} ${alt('cut down', 'cut off', 'removed', 'taken off')}\b.*\b${alt('breathing', 'not breathing', 'unconscious', 'unresponsive', 'cpr', S`${alt('ambo', 'ambulance', '999')} ${alt('called', 'rung', 'on (?:the|its) way', 'coming')}`, 'called (?:an )?(?:ambo|ambulance|999)')}\b`,
      // Found hidden with a cord, as staff write it: "found yp in wardrobe with belt, removed, ?ambulance".
      S`\bfound ${alt(them, 'yp', S`(?:the|our|my) \w+`)} in (?:the |a |her |his |their )?${hidden} with (?:a |the |her |his |their )?${ligatureCord}\b`,
      // Gone quiet, shut away with one: "gone quiet behind the door and she had the cable with her".
      S`\b${alt(goneStill, 'gone silent', 'not answering', 'wont answer', 'locked (?:her|him|them)sel(?:f|ves) in', 'behind (?:the|her|his|a) (?:\w+ )?door')}\b.*\b` +
        S`${alt('had', 'has', 'took', 'taken', 'got')} (?:the |a |her |his |their )?${ligatureCord} (?:in )?with ${them}\b`,
      S`\b${alt('took', 'taken', 'has', 'had')} (?:the |a |her |his |their )?${ligatureCord} (?:in )?with ${them}\b.*\b${alt(goneStill, 'gone silent', 'not answering', 'wont answer', 'locked (?:the )?door')}\b`,
      // One being made from cloth where a child is held or shut away: "in the cells ... pulling threads out of the blanket and
      // plaiting them", "gone really quiet ... last time i looked he was tearing strips off his trousers".
      S`^(?=.*\b${alt('cells?', 'custody', 'seclusion', 'rather die', 'wants to die', 'gone quiet', 'really quiet', 'not answering')}\b).*\b` +
        S`${alt('tearing', 'ripping', 'pulling', 'tore', 'ripped', 'pulled')} (?:\w+ )?${alt('strips', 'threads', 'strands')} ${alt('off', 'out of', 'from')} (?:the |his |her |their )?(?:\w+ )?` +
        S`${alt('blankets?', 'sheets?', 'bedding', 'trousers', 'joggers', 'clothes', 'top', 't ?shirt', 'towels?', 'jumper', 'hoodie', 'mattress cover')}\b`,
      // Shut in where there are ligature points, and silent: "theres ligature points in the shower and she has been in their for
      // 20 minutes not answering" (dictated: "their" for "there").
      S`\bligature (?:points?|risks?)\b.*\b${alt('shes', 'hes', 'theyre', 'she has', 'he has', 'they have', 'she is', 'he is', 'they are')} (?:been )?(?:in )?` +
        S`${alt('there', 'their', 'in there', S`in the \w+`)}\b.*\b${alt('not answering', 'wont answer', 'isnt answering', 'no answer', 'gone quiet', 'gone silent')}\b`,
      // A child at known ligature risk shut in and not answering: "bathroom door locked, ligature risk yp, no response when we knock".
      S`^(?=.*\b${alt('ligature', 'lig')} ${alt('risk', 'risks', 'points?')}\b)(?=.*\b${alt('locked', 'barricaded', 'behind the door', 'wont come out', 'in the (?:bathroom|toilet|shower|en ?suite)')}\b)` +
        S`(?=.*\b${alt('no response', 'not responding', 'not answering', 'wont answer', 'isnt answering', 'no answer', 'gone quiet', 'gone silent', 'cant hear (?:her|him|them|anything)')}\b(?! from))` +
        // (Not a plan for the risk: "ligature risk assessment says keep the bathroom locked".)
        S`(?!.*\b${alt('assessment', 'policy', 'training', 'audit', 'plan')}\b)`,
      // Shut away with one now, told plainly: "shes in the loft with a rope, said not to follow her" (not a skipping or climbing rope).
      S`\b${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'yp is', 'gone')} (?:gone |went )?(?:up |out |off )?(?:in|into|to) (?:the |a |her |his |their )?${hidden} with (?:a |the |her |his |their )?` +
        S`(?!${alt('skipping', 'climbing', 'tow', 'swing')}\b)(?:\w+ )?${ligatureCord}\b`,
    ),
    // Hanging out, hanging the washing, clothes hanging off a thin child.
    unless: anyOf(
      S`\bhanging ${alt('out', 'around', 'about', 'round', 'up')}\b`,
      S`\bhanging ${alt('his', 'her', 'their', 'the')} ${alt('washing', 'clothes', 'coat', 'pictures?', 'decorations', 'curtains')}\b`,
      // A thing hung on a wall: "wants to hang a decorative sword on his wall".
      S`\bhang (?:a|an|the|some|his|her|their) (?:\w+ ){0,2}(?:on|up on|from) (?:the|his|her|their|a) ${alt('wall', 'door', 'ceiling', 'hook', 'bedroom wall')}\b`,
      S`\bhanging off ${alt('her', 'him', 'them')}\b`,
      // Hungover, in slang: "she was 'hanging' after the party at the weekend, meaning hungover".
      S`\b(?:hungover|hung over|hangover)\b`,
      S`\b${alt('clothes', 'jeans', 'trousers', 'skirt', 'top', 'dress')} (?:are |is )?hanging\b`,
      // A story's: "the boy hung himself in the film", "on the news" (not one of ours told as now: ./told-now.ts outranks it).
      S`\b(?:in|on) (?:the|a|that|this) ${alt('film', 'movie', 'book', 'novel', 'series', 'show', 'programme', 'documentary', 'news', 'game', 'song', 'video', 'story', 'episode', 'soap', 'play')}\b`,
      past.source,
    ),
  },
];
