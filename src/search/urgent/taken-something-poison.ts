/**
 * Something swallowed that no one should: a poison, a household product, an object.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { notWished, overdoseFigure } from '../danger/fragments-means';
import { alt, anyOf, past, S, sentHomeUnless, tooMuchOf, upTo, type Rule } from './fragments';

/** Poisons, household products and objects no one should swallow. */
const poison = alt(
  'bleach',
  'poison',
  // "kid drunk anti-freeze"
  'anti ?freeze',
  'washing up liquid',
  'detergent',
  S`laundry ${alt('pods?', 'capsules?', 'liquid')}`,
  // "swallowed washing machine pods"
  S`${alt('washing', 'dishwasher', 'laundry')}(?: machine)? ${alt('tablets?', 'pods?', 'capsules?', 'powder')}`,
  // Or told vaguely: "drank the dishwasher stuff".
  S`dishwasher ${alt('stuff', 'liquid', 'gel', 'salt')}`,
  // Car and garden fluids: "hes drunk the screenwash".
  'screen ?wash',
  'de ?icer',
  'rinse aid',
  'chemicals',
  // Alcohol no one should drink: "drank mouthwash and a bottle of hand sanitiser".
  'mouthwash',
  S`hand ${alt('sanitiser', 'sanitizer', 'gel')}`,
  'drain cleaner',
  'white spirit',
  // Fuels for lighters and lamps: "has drunk lighter fluid and shes coughing".
  'lighter fluid',
  'lamp oil',
  'paraffin',
  'turps',
  'e liquid',
  'vape liquid',
  'vape juice',
  'nicotine liquid',
  'batteries',
  'battery',
  'button batteries',
  // One magnet too: "kid swallowed a magnet".
  'magnets?',
  S`cleaning ${alt('fluid', 'products?', 'spray', 'liquid', 'stuff')}`,
  'weedkiller',
  S`nail ${alt('varnish', 'polish')} remover`,
  // "yp swallowed a razor"
  'razors?',
  'razor blades?',
  'blades',
  'glass',
  'screws',
  'an overdose',
  'an od',
  'overdose',
);
/** Swallowing, in the words people use ("drank" and "drunk" only for poisons). */
const swallowedPoison = alt(
  'taken',
  'took',
  'swallowed',
  'ingested',
  'consumed',
  'downed',
  'necked',
  'drunk',
  'drank',
  'had',
  'eaten',
  'ate',
  // As it happens: "hes swallowing bits of glass", "yp drinking bleach" (not "stop a toddler drinking bleach": see unless).
  'swallowing',
  'drinking',
  'eating',
  // In local speech: "shes tooken an overdose".
  'tooken',
  // In the mouth, a toddler's way: "toddler is chewing a washing capsule".
  'chewing',
  'chewed',
);

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const takenSomethingPoisonRules: Rule[] = [
  // "hes drunk bleach", "yp swallowed a button battery"
  {
    name: 'poisoned',
    when: anyOf(
      // Drunk by mistake, found out after: "had a sip of what he thought was pop from a bottle in the garage. it was antifreeze".
      S`\b${alt('sip', 'swig', 'mouthful', 'gulp', 'drink', 'drank', 'drunk', 'swallowed', 'sup', 'taste')}\b.*\b${alt('it was', 'was actually', 'turned out to be', 'turned out it was', 'its actually', 'it was actually')} (?:some |the )?${poison}\b`,
      // (Not taken out of something: "hes taken the battery out of everything".)
      // (Nor said not to have: "she has never taken an overdose before", "hasnt drunk bleach".)
      S`(?<!\b(?:never|not|hasnt|havent|hadnt|didnt|doesnt|wont) )\b${swallowedPoison}\b${upTo(3)} ${poison}\b(?! out (?:of|from)\b)`,
      // Swallowed is swallowed, whatever it came out of: "swallowed the batteries out of the remote".
      S`\b${alt('swallowed', 'swallowing', 'ingested')}\b${upTo(3)} ${poison}\b`,
      // Swallowed first, named after: "ate the little silver balls from the cupboard? i think its the magnets off my fridge".
      S`\b${alt('swallowed', 'eaten', 'ate')}\b(?: \S+){1,8} (?:i think |i reckon |pretty sure )?${alt('its', 'it is', 'theyre', 'they are', 'it was', 'they were')} (?:the |some |those )?(?:\w+ ){0,2}${alt('magnets?', 'batteries', 'button batter(?:y|ies)')}\b`,
      // Found injecting: "my colleague found a 15 year old in the toilets with a needle" (not a needle found on its own).
      S`\bfound (?!(?:a|the|some|an old|used) (?:needle|syringe))(?:\w+ ){1,8}with (?:a |the )?(?:needle|syringe)s?\b(?! ${alt('phobia', 'in the bin', 'in a sharps', 'in the sharps')})`,
      // Put in the teller's own drink, and felt now: "my grandson said he put something in my tea. i feel very dizzy and hes laughing".
      S`\b${alt('put', 'putting', 'slipped', 'spiked', 'added')} (?:something|stuff|some \w+|\w+ )?(?:in|into) ${alt('my', 'her', 'his', 'their', 'our')} ${alt('tea', 'drink', 'coffee', 'food', 'dinner', 'juice', 'brew', 'cup', 'water')}\b.*` +
        S`\b${alt('dizzy', 'drowsy', 'sick', 'vomiting', 'faint', 'sleepy', 'confused', 'cant stand', 'collapsed', 'shaking', 'woozy', 'spinning')}\b`,
      // A measure of it drunk: "he drink a bottle of the cleaning spray under the sink".
      S`\b${notWished}${alt('drink(?:s)?', 'drank', 'drunk', 'swallow(?:s|ed)?')} (?:a |the |some |half (?:a |the )?)?${alt('bottle', 'cup', 'glass', 'mouthful', 'capful', 'can')} of (?:the |her |his |some )?(?:\w+ )?${poison}\b`,
      // Told as a telegram, the poison and the time: "bleach. 5yo. just now.", "anti freeze 10 mins ago".
      // (Not an overdose told so: ./taken-something-overdose.ts has those.)
      S`^(?:\w+ ){0,3}(?!(?:an )?(?:overdose|od)\b)${poison}(?: \w+){0,3} ${alt('just now', 'right now', 'rn', S`(?:\d+|ten|five|twenty|few) (?:mins?|minutes) ago`)}$`,
      // One blade, swallowed (not "had a blade", which may be in a bag): "shes swallowed a blade".
      S`\b${alt('swallowed', 'swallowing', 'ingested', 'eaten', 'ate')}${upTo(2)} blade\b`,
      // Sharp things, swallowed: "shes swallowed some pins".
      S`\b${alt('swallowed', 'swallowing', 'ingested')}${upTo(2)} ${alt('pins?', 'needles?', 'safety pins?', 'drawing pins?')}\b`,
      // Asked as if it were a what-if, then said to be real: "what happens if you drink nail varnish remover, asking because she just did".
      S`\b${alt('drink(?:s|ing)?', 'eat(?:s|ing)?', 'swallow(?:s|ing)?', 'take', 'taking')}\b${upTo(3)} ${poison}\b.*\b` +
        S`${alt(S`asking (?:because|as|cause) (?:she|he|they|hes|shes|theyve)`, S`(?:she|he|they) ${alt('just', 'has just', 'have just', 'already')} ${alt('did', 'done it', 'has', 'have')}`, S`asking for (?:right |rite )?now`, 'its happened', 'it just happened', S`and (?:she|he|they) (?:actually |then )?did(?: it)?$`)}\b`,

      // Something from where cleaning things are kept, in any tense or English (the verbs as patterns: "swallows" written out
      // would join the spelling table one edit from "swallowd", tie with "swallowed", and leave it mistyped): "the boy he drink something from under sink, he say
      // stomach burn", "shes swallowed stuff from the cleaning cupboard".
      S`\b${alt('drink(?:s|ed)?', 'drank', 'drunk', 'swallow(?:s|ed)?', 'ate', 'eat(?:en)?')} ${alt('something', 'stuff', 'some', 'liquid', 'a liquid', 'a bottle', 'whatever')} ` +
        S`(?:\w+ )?${alt('from', 'out of', 'in', 'of')} (?:the |a )?(?:\w+ )?${alt('under (?:the )?sink', 'cleaning cupboard', 'cupboard under (?:the )?sink', 'garage', 'shed', S`bottle (?:from )?under (?:the )?sink`)}\b`,
      // Out of a bottle marked as poison: "i drank some of the bottle with the skull on it".
      S`\b${notWished}${alt('drink(?:s|ed)?', 'drank', 'drunk', 'swallow(?:s|ed)?')}\b${upTo(8)} ${alt('with', 'that has', 'thats got')} (?:a |the )?${alt('skull', 'skull and crossbones', 'poison sign', 'poison symbol', 'hazard sign', 'hazard symbol')} on\b`,
      // Done, in local speech: "she done an od", "hes did an overdose".
      S`\b${alt('she', 'he', 'they', 'shes', 'hes', 'theyve', 'yp')}(?: has| have)? (?:just )?${alt('done', 'did')} an? ${alt('od', 'overdose')}\b`,
      // Out of a poison's own box: "i can see the little one eating something out of the dishwasher tablet box".
      S`\b${alt('drink(?:s|ing)?', 'drank', 'swallow(?:s|ed|ing)?', 'ate', 'eat(?:s|en|ing)?', 'chewing')} ${alt('something', 'stuff', 'some', 'bits', 'one')} ${alt('from', 'out of')} (?:the |a )?${poison} ${alt('box', 'packet', 'tub', 'bottle', 'bag', 'container', 'pot')}\b`,
      // Or a burning inside after drinking something: "he drink something, he say stomach burn", "drank something and her mouth is burning".
      S`\b${alt('drink(?:s|ed)?', 'drank', 'drunk', 'swallow(?:s|ed)?')} ${alt('something', 'stuff', 'some')}\b.*\b${alt('stomach', 'throat', 'mouth', 'tummy', 'belly')} (?:is |s |are )?${alt('burn', 'burns', 'burning', 'on fire')}\b`,
    ),
    // "took the batteries out of the remote" (but "swallowed the blades out of a sharpener" is not).
    // A sore throat: "swallowing feels like glass since her tonsils".
    unless: new RegExp(
      S`${past.source}|\b${alt('took', 'take', 'taken', 'taking', 'got', 'get', 'pulled', 'removed')}\b${upTo(3)} ${poison} out of\b|` +
        S`\b${alt('feels', 'feel', 'felt', 'feeling')} like\b|` +
        // Too much of a harmless thing: "she had a 'bit of an overdose' of physio homework this week lol".
        S`\boverdose of (?:\w+ )?${tooMuchOf}\b|` +
        // A plan for afterwards: "as her nan, whats my part in a safety plan after shes taken an overdose".
        S`\bsafety plan (?:\w+ ){0,2}after\b|` +
        // A guide for a wall: "a one page guide on what to do in the first five minutes if a child says theyve taken an overdose".
        S`\b${alt('guide', 'poster', 'flowchart', 'flow chart', 'leaflet', 'checklist', 'crib sheet', 'prompt card')} (?:on|for|about|of) what to do\b|` +
        // A protocol asked for any child, for teaching: "whats the protocol if a yp says theyve taken an overdose ... for training tomorrow".
        S`\b${alt('protocol', 'procedure', 'policy', 'guidance')} (?:if|when|for when) (?:a|an|any)\b(?=.*\btraining\b)|` +
        // Prevention, not a telling: "how do i stop a toddler drinking bleach", "to prevent children eating batteries" (but not one child
        // drinking it now: "how do i get her to stop drinking the hand sanitiser", "i keep drinking the vape juice").
        S`(?<!\bget (?:her|him|them) to )(?<!\b(?:wont|will not|cant|cannot|can not|refuses to|refusing to) )\b${alt('stop', 'stops', 'stopping', 'prevent', 'prevents', 'preventing', 'avoid', S`keep(?! (?:on )?${alt('drinking', 'eating')})`, 'risk of', 'danger of', 'dangers of')}\b${upTo(3)} ${alt('drinking', 'eating')}\b|` +
        // Or first aid asked of anyone: "whats the right first aid if someone has swallowed bleach".
        // (Not a battery or a magnet, which cannot wait whoever asks: "if a child has swallowed batteries on purpose is that an a and e thing".)
        S`\bif (?:someone|somebody|anyone|anybody|a child|a kid|a toddler|a baby|a young person|a yp) (?:has |have |had )?${alt('swallowed', 'drunk', 'drank', 'eaten', 'ingested', 'taken', 'took')}\b(?!${upTo(3)} ${alt('batter(?:y|ies)', 'magnets?')}\b)|` +
        // Sent home since, unless again: "took an overdose last night, carer drove him to a and e, hes been discharged home".
        S`${sentHomeUnless('again', 'another', 'now')}|` +
        // Or asked of any child: "what do you do if a child was drinking bleach".
        S`\b${alt('if', 'when', 'whether')} (?:\w+ ){0,7}${alt('was', 'were', 'is', 'are', 'keeps', 'starts')} ${alt('drinking', 'eating')}\b|` +
        // A figure of speech, or a what-if for a poster: "a total overdose of tiktok last night", "if someone ever swallowed a battery".
        S`\b${alt('overdose', 'od')} (?:of|on) ${alt(...overdoseFigure, 'work')}\b|` +
        S`\bif ${alt('someone', 'somebody', 'anyone', 'a child', 'a kid', 'a toddler', 'a baby', 'a yp', 'you', 'they', S`(?:a|her|his|their) (?:friend|mate)`)} ever\b|\bfirst aid ${alt('posters?', 'training', 'course', 'kit', 'leaflet', 'refresher')}\b|` +
        // A month, not a wish, after an overdose told as over: "our lad had an overdose in may, hes doing loads better".
        S`\b${alt('had', 'took', 'taken')} an? ${alt('overdose', 'od')} in may\b(?!.*\b${alt('again', 'now', 'tonight', 'today', 'just')}\b)|` +
        // Magnets had, not swallowed: "he had a magnet set for his birthday", "she had magnets on her fridge".
        S`\bhad (?:\w+ ){0,2}magnets?\b(?!.*\b${alt('swallow\\w*', 'ate', 'eaten', 'eating', 'in (?:his|her|their) (?:mouth|tummy|stomach)')}\b)`,
    ),
  },
];
