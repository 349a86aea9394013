/** The words of ./fire-and-places.ts: traffic, fumes, heights, fire and voices. */

import { gap, S } from './fragments';
import { barricaded } from './fragments-reach';

/** Waiting in a car or a queue, as anyone does at a crossing. */
export const stuckInTraffic = S`\b(?:in the car|driving|drove|barriers?|queue\w*|stuck)\b`;
/** Got down onto a railway, or there: "jumped the fence", "hes", "still". */
export const railGot = S`jumped|jumping|climbed|climbing|clambered|hopped|got|gone|went|ran|run|fell|fallen|wandered|walked|walking|slipped|lying|lay|laying|sat|sitting|standing|stood|is|s|hes|shes|theyre|still`;
/** On the railway itself, not on the phone: "onto the tracks", "on the line" (not "on the line to the station manager"). */
export const onTheLine = S`(?:onto|on to|down onto|down on|on|into|along|across) (?:the )?(?:train |railway |rail |tram )?(?:tracks?|line|rails)(?! (?:to|with|for|from)\b)`;
/** Signs it is a live railway: "at the station", "trains still running", "the platform". */
export const railNear = S`(?:station|platform|trains?(?! (?:set|track|layout|museum))|level crossing|network rail|(?:british )?transport police|btp|live rail|third rail|overhead (?:lines|wires|cables))\b`;
/** Fuel for a fire meant to be lit, or an engine. */
export const fuelUse = S`\b(?:bbq|barbecue|barbeque|bonfire|coals|fire ?pit|campfire|log burner|lawn ?mower|mower|generator|strimmer|chainsaw)\b`;

/** What catches and burns in a home. */
const burnable = S`(?:bed|bedding|bed ?sheets?|sheets|mattress|duvet|pillow|sofa|settee|couch|curtains?|blinds|carpet|rug|clothes|hair|bins?|fence|shed|garage|hedge)`;
/** More ways a fire is told as burning, or being lit, now (smoke-or-flames). */
export const fireNow = [
  // A smell of burning, and a door shut or the alarm: "i can smell burning from his room and he wont open the door" (not the toast).
  S`smell(?:s|ing)? (?:of )?(?:burning|smoke)(?!.*\b(?:toast|cooking|oven|pan|bbq|barbecue|bonfire)\b)${gap(10)} (?:${barricaded}|locked|alarms? (?:is )?(?:going|sounding)|lit something)`,
  // Set going, or a pan alight: "has just set the sofa going", "set the chip pan alight", "kitchens full of flames".
  S`(?:set|setting) (?:the|her|his|their|our|a) (?:\S+ )?(?:${burnable}|pan) (?:going|alight|on fire|ablaze)`,
  // (Not the vape smoke in his room.)
  S`(?:room|bedroom|kitchen|lounge|house|flat|hall|hallway|landing|stairs)s? (?:is |s |are )?(?:full of|filling with) (?:smoke|flames|fire)` +
    S`(?!.*\b(?:vap\w*|cigarettes?|fags?|weed|joints?|smoking|steam|cooking|toast|incense)\b)`,
  // Burning or smouldering where someone lives: "the mattress is smouldering again", "wheelie bins on fire out the back".
  S`(?:wheelie )?(?:${burnable}|something)s?${gap(2)} (?:smoulder\w*|smolder\w*|(?:is |are |s |now |still )?(?:on fire|alight|ablaze|in flames))` +
    S`(?!.*\b(?:film|movie|programme|dream|story|book|game|news)\b)`,
  // A flame put to what burns, or over fuel: "striking matches under her bedsheets", "flicking the lighter at the curtains and
  // ones caught", "the candle she lit has caught the duvet", "holding a lit match over the fuel cap of her carers car".
  S`(?:striking|lighting|flicking|sparking|lit|lighted) (?:the |a |her |his )?(?:matches|match|lighter|them|candles?|cigarette)${gap(6)} ` +
    S`(?:(?:under|in|on|at|to|near|over) (?:the |her |his |their )?(?:\S+ )?(?:${burnable}|petrol|fuel|fuel cap|petrol tank)|(?:has |s )?(?:caught|catching) (?:the |her |his |their )?(?:\S+ )?${burnable})`,
  S`(?:candle|fire|flames?|lighter|cigarette|bins?)${gap(8)} (?:has |s )?(?:caught|catching) (?:the |her |his |their )?(?:\S+ )?(?:${burnable}|house|roof|wall)`,
  // Stuffed and lit: "stuffed toilet roll into the extractor fan and lit it" (not candles on a cake).
  S`(?:stuffed|shoved|piled|sprayed)${gap(8)} (?:and )?(?:lit|set fire to|set light to) (?:it|them)(?!.*\b(?:candles?|cake|bbq|barbecue|bonfire|fire ?pit|log burner|incense|birthday|pumpkin|lantern|halloween)\b)`,
  // Fireworks let off indoors: "let fireworks off in the living room and the toddler got hit".
  S`(?:let|set|letting|setting) (?:a |the |some )?fireworks? off (?:in|inside) (?:the |a |her |his |their )?(?:living room|lounge|house|flat|bedroom|room|kitchen|hall|home)`,
  // Someone not out: "fire alarm going and we cant account for the 14yo", "got everyone out but the 13yos still inside".
  // (Not a fire alarm test, nor someone left inside with nothing burning.)
  S`fire alarm(?! (?:test|drill))${gap(8)} (?:cant|cannot|can not) (?:account for|find) (?:the |our |a |one |her |him |them )?(?:\S+ )?(?:child|kid|yp|lad|girl|boy|\d+ ?yos?|her|him|them|one)\b`,
  S`(?:got|get|getting) everyone out (?:but|except)${gap(6)} (?:still )?(?:inside|in there|in the (?:house|building|flat|home))${gap(10)} (?:started it|set it|lit it|fire|smoke|flames|alarm|burning)`,
];
