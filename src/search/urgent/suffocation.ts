/**
 * Suffocation and strangling: a bag or a cord at the airway, something forced down the throat, fumes, a baby under bedding.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, past, poss, S, self, upTo, type Rule } from './fragments';
import { baby, underBedding, goneStill } from './ligature-words';

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const suffocationRules: Rule[] = [
  // "found her with a bag over her head"
  // Or a baby gone still under bedding: "baby gone quiet under the duvet".
  {
    name: 'suffocation',
    when: anyOf(
      // Gagged: "hes shoved a rag in the 6yos mouth and taped it", "duct taped her mouth".
      S`\b${alt('shoved', 'stuffed', 'forced', 'rammed', 'pushed', 'jammed')} (?:a |an |the |some )?${alt('rag', 'sock', 'socks', 'cloth', 'tea towel', 'towel', 'flannel', 'tissues?', 'sponge', 'pants')} (?:in|into|down) (?:the )?(?:\S+ ){0,2}(?:mouth|throat)\b(?!.*\b${alt('lol', 'haha', 'laugh\\w*', 'giggl\\w*', 'joke', 'joking', 'dare', 'prank')}\b)`,
      S`\b${alt('taped', 'gaffa taped', 'duct taped', 'sellotaped')} (?:up |over )?(?:his|her|their|the babys|the \w+s) mouth\b|\bgagged (?:him|her|them|the)\b`,
      S`\bbag over ${poss} head\b`,
      // Said whole: "shes suffocating", "help the baby is suffocating".
      S`^(?:${alt('help', 'please', 'quick', 'omg')} )*${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are', 'baby is', 'the baby is', 'baby s', 'yp is')} suffocating(?: ${alt('help', 'please', 'pls', 'now', 'quick')})*$`,
      // Something forced down the throat, not food eaten fast: "stuffing tissue down his throat".
      S`\b${alt('stuffing', 'shoving', 'forcing', 'pushing', 'ramming', 'stuffed', 'shoved', 'forced', 'pushed')} (?!${alt('food', 'his food', 'her food', 'their food', 'dinner', 'tea', 'sweets', 'crisps', 'chocolate', 'it all')}\b)(?:\w+ ){0,2}down ${poss} (?:own )?throat\b`,
      // Fumes piped in: "found him in the shed with a hose pipe attached to the mower exhaust".
      S`\bhose ?pipe\b${upTo(4)} ${alt('attached', 'connected', 'taped', 'running', 'fixed', 'fitted', 'stuck')} (?:on )?(?:to|into|from) (?:the |a |his |her |their )?(?:\w+ )?exhaust\b`,
      // Just pulled off: "just pulled a plastic bag off her head".
      S`\b${alt('pulled', 'got', 'took', 'ripped', 'tore')} (?:a |the )?${alt('plastic', 'carrier', 'bin', 'shopping', 'freezer', 'sandwich')} bag off ${poss} head\b`,
      S`\b${baby}${upTo(3)} ${alt(goneStill, 'face down', 'stuck')}${upTo(2)} ${underBedding}`,
      S`\b${baby}${upTo(2)} ${underBedding}${upTo(3)} ${alt(goneStill, 'not breathing')}\b`,
    ),
    // Told as history: "found the 15yo with a plastic bag over her head last year" (a danger told as now outranks it: ./told-now.ts).
    unless: past,
  },
  // "hes trying to strangle himself"
  {
    name: 'strangling',
    when: anyOf(
      S`\b${alt('strangle', 'strangling', 'strangled', 'choke', 'choking', 'suffocate', 'suffocating')} ${self}\b`,
      // In a nurse's word, as it happens: "self-strangulating with her hospital gown tie, nurses struggling" (not "self strangulation", a
      // word for a policy).
      S`\bself ?strangulating\b`,
      // Hands at the own neck: "keeps grabbing his own neck and squeezing".
      S`\b${alt('grabbing', 'squeezing', 'gripping', 'clawing at', 'pressing on', 'pressing into', 'digging into')} ${poss} own ${alt('neck', 'throat')}\b`,
    ),
    // "what if he tries to strangle himself again" plans for a risk.
    unless: new RegExp(S`${past.source}|\bwhat if\b`),
  },
];
