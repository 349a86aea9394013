/**
 * A message asking for help: "she texted me saying help", "shes in a car with older men".
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, past, S, upTo, type Rule } from './fragments';

/** The rule with an example it catches; ./rules.ts sets the order rules are tried in. */
export const helpMessageRules: Rule[] = [
  // "she texted me saying help", "shes in a car with older men"
  {
    name: 'help-message',
    when: anyOf(
      S`\b${alt('messaged', 'texted', 'rang', 'called', 'phoned')} (?:me )?(?:saying |to say )?help\b`,
      S`\bin a car with ${alt('men', 'adults', 'strangers', 'older')}\b`,
      // Taken, in the child's own words: "boy text 'they took me' then nothing" (not "they took me to the cinema").
      S`\b${alt('text', 'texted', 'txt', 'messaged', 'message', 'rang', 'called', 'phoned', 'said', 'saying', 'sent', 'snapchatted', 'whispered')}\b${upTo(3)} ` +
        S`${alt('they took me', 'theyve taken me', 'theyve got me', 'they have got me', 'they got me', 'someone took me', 'someones taken me', 'hes taken me', 'hes got me', 'a man took me')}\b` +
        S`(?! ${alt('to', 'out', 'off', 'for', 'shopping', 'home', 'round', 'back', 'with', 'bowling', 'swimming', 'a', 'an', 'some', 'my', 'the', 'this', 'new')}\b)`,
      // A note passed to say so: "she slipped my assistant a note: help me im in care. theyre leaving the shop".
      S`\b${alt('slipped', 'passed', 'handed', 'gave', 'showed', 'pushed')} (?:\w+ ){0,3}(?:a )?note\b.*\bhelp me\b`,
    ),
    // "found in a car with older males each time": a pattern, told after the event.
    // Help asked with schoolwork: "she texted me help with homework lol".
    unless: new RegExp(
      S`${past.source}|\bhelp (?:with|on) (?:her |his |my |the |some )?${alt('homework', 'maths', 'english', 'revision', 'coursework', 'essay', 'spellings?', 'reading', 'project', 'science')}\b`,
    ),
  },
];
