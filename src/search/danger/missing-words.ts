/**
 * Words shared by the kinds of missing situation (missing-*.ts): away from home or out of reach, and being away told as history.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, gap, S } from './fragments';

/** Away from home, or out of reach. */
export const away = alt(
  S`(?<!\b(?:not|isnt|arent|wasnt|never) )(?:missing|missin|mising|misssing)(?! (?:you|u|yous|everyone)\b)(?! from (?:our|the|my|his|her|their) (?:cupboards?|fridge|kitchen|drinks cabinet|cabinet|drawer|purse|wallet|bag|shed|garage|medicine cabinet)\b)(?! (?:from (?:home|care) )?(?:team|persons|people|coordinator|officer|unit|protocol|policy|procedure)\b)(?! (?:her|his|their|my|school|lessons|classes|appointments|out|mum|dad|family|friends|home|contact|college|work|sessions|therapy|education|meals|training|practice|football|matches|games|club|lunch|breakfast|tea|deadlines|homework|doses|insulin|medication|meds|injections|tablets|pills|paperwork|forms|records|entries|signatures|money|keys|a lot of|loads of|the bus|afternoons|mornings|periods|days|lunches))`,
  'still out',
  S`cant find (?:her|him|them|our|my|the)`,
  S`lost (?:him|her|them) (?:in|at|on)`,
  // A child lost by whoever had them out, where they were: "lost the twins in liverpool one", "lost a kid on the school trip"
  // (not a child lost to a death or to care: "we lost a child in care last year").
  S`lost (?:the|a|one of (?:the|our|my)|our|my|two|both) (?:little )?(?:year \d{1,2} |y\d{1,2} )?(?:kids?|child|children|twins|pupils?|boy|girl|yp|young person|lad|little one|students?|toddler)(?: \S+)? (?:in|at|on)(?! care\b)`,
  // Gone quiet on the adults who would hear: "hasnt answered since she went the shop 3 hrs ago", "hasnt replied since tea".
  S`(?:hasnt|has not|havent|not) (?:answered|replied|responded|texted back|rung back|been in touch)(?: \S+){0,2} since(?!(?: \S+){0,3} (?:about|re|regarding)\b)`,
  S`absent from (?:placement|home|the home|the unit|school)`,
  // Off a ward or a place of safety: "16yo ran off the ward".
  S`(?:ran|run|runs|running|bolted|absconded) (?:off|out of|away from|out) (?:the )?(?:ward|unit|hospital|a and e|place of safety|136 suite)`,
  // (Not contact stopped: "just been told she cant see her mum for a while".)
  S`cant see (?:her|him|them)(?! (?:a|the|mum|dad|mother|father|parents?|family|brothers?|sisters?|siblings?|nan|grandad|birth \w+)\b)(?! (?:for (?:a|the|now|long)|until|till|again|any ?more)\b)`,
  S`(?:heading|headed|ran|running|bolted|legged it) (?:off )?(?:for|to|towards|toward) (?:the )?(?:docks|river|canal|bridge|beach|sea|pier|motorway|railway|station|tracks)`,
  S`(?:nobody|no one|noone) (?:has |have )?(?:seen|heard from)`,
  // The police's words for it: "shes not been seen since she left the home last night" (not a clinic's: "not been seen since the
  // referral", "hasnt been seen by camhs since june", "hasnt been seen since she moved").
  S`(?:not|hasnt|has not|havent|have not|never) been seen since(?!(?: \S+){0,2} (?:referral|appointment|appt|assessment|review|discharge|clinic|camhs|gp|nurse|doctor|consultant|dr|team|service|moved|moving|registered)\b)`,
  'not (?:back|in) yet',
  'out all night',
  // "not come home", "hasnt come back", "didnt come home, last message was im done"
  S`(?:not|hasnt|didnt) come (?:home|back)`,
  // Out through a door or a gate: "got out the front door and theres a main road at the end".
  S`(?<!\b(?:dog|dogs|cat|cats|puppy|kitten|rabbit|hamster|pet) )got out (?:of )?(?:the )?(?:front |back |garden |side )?(?:door|gate|house|garden|window)`,
  // Left in the night: "left at 1am with a bag of her tablets".
  S`(?:left|went out|gone out|walked out|snuck out|sneaked out) (?:at|around|about) \d{1,2}(?: ?(?:am|pm|oclock))?`,
  // Packed and gone: "bags packed, left letters".
  S`(?:bags? packed|packed (?:a |her |his |their )?bags?)(?! (?:for|ready for|to go to)\b)`,
  'not home',
  'gone again',
  // Gone with a note or a farewell left behind: "hes gone, left a note on his pillow saying sorry".
  S`(?:hes|shes|theyre) (?:just )?gone (?:and )?(?:left|leaving) (?:a |her |his |their )?(?:note|letter|message)`,
  'run off',
  'ran off',
  'run away',
  'ran away',
  'absconded',
  // A ward's or a unit's word for it: "has gone AWOL from the ward".
  'awol',
  'not answering',
  'no one knows where',
  'gone out',
  'left the house',
  'walked out',
  // Gone in anger: "ran out after a row 10 hours ago", "stormed out after an argument".
  S`(?:ran|run|stormed|storms|stomped|walked|went|gone) out${gap(2)} (?:after|following|during|in the middle of) (?:a|an|the) (?:row|argument|fight|falling out|bust up|blow up)`,
  'not back',
  'wandered off',
  // Out of a place, not out of something ("ran out of insulin"), nor run out, a comma lost before the place: "his meds have run out,
  // the home say".
  S`(?<!\b(?:meds|medication|tablets|pills|prescription|inhaler|insulin|money|credit|data|battery)(?: \w+){0,4} )(?:ran|run) out (?:of )?(?:the |her |his |their )?(?:house|home|school|door|front door|back door|class|classroom|room|building|unit|placement|shop|hospital|ward|contact|car|centre|a e|a and e|ae|emergency department)`,
  'report (?:her|him|them) missing',
  'wont be back',
  'not on snap ?map',
  'mfh',
  // Police shorthand for a missing person: "mispers tonite".
  'mispers?',
  'not returned',
  S`heading (?:for|to|towards) (?:the )?(?:train line|railway line|train tracks|level crossing|motorway)`,
  // "been gone since 3", "gone since lunch"
  S`(?:been |now )?gone since (?:\d+|\S+day|this \S+|last night|lunch\w*|school|tea ?time|breakfast|dinner)`,
  // Out of sight: "ran from school towards the canal and weve lost sight of him".
  S`lost sight of (?:her|him|them)`,
  // Not told as a count: "ran from school once".
  S`(?:ran|run|bolted|legged it|took off) (?:off |away )?from (?:school|the house|home|the home|contact|class|the unit|the car|the park|the shop)` +
    S`(?! (?:once|twice|\S+ times|before|again|a lot|sometimes|often)\b)`,
  // "been gone 6 hrs"
  S`(?:been |now )?gone (?:for )?(?:over |about |nearly |almost )?(?:\d+|an|two|three|four|five|six|several|a few) (?:hours?|hrs?)`,
  'gone off with',
  // "gone to meet a man she met online"
  S`(?:gone|went|going) to meet (?:a|an|some|this|the) (?:older )?(?:man|men|guy|bloke|adult|stranger|person)`,
  // Not brought back when due, hours on: "mum was meant to bring her back at 6. its now 10 and mums phone is dead".
  S`(?:meant|supposed|due) to (?:bring|drop|have) (?:her|him|them) (?:back|home) (?:at|by) \d{1,2}(?: ?(?:pm|oclock))?${gap(4)} (?:its now|now its|its gone|it is now) \d{1,2}`,
  // Or someone known only from a game or an app: "think shes gone to meet someone she met on a game".
  S`(?:gone|went|going) to meet (?:someone|somebody|a (?:boy|girl|lad|friend|mate)) (?:she|he|they) (?:met|knows|talks to|has been talking to|was talking to) (?:online|on (?:a |an |the )?(?:game|app|snap\w*|insta\w*|tiktok|discord|roblox|fortnite|xbox|social media))`,
  S`gone from (?:the|her|his|their) (?:home|house|unit|placement|resi)`,
  S`(?:its|it is) (?:now )?(?:gone )?\d+ ?(?:am|pm|oclock|at night|in the morning)`,
);
/** Being away told as history: "went missing last year", "ran off before" (n words between). */
export const awayInThePast = (n: number, notDateOf?: string) =>
  S`${away}${gap(n)} ${notDateOf ? S`(?<!\b${notDateOf} )` : ''}(?:last (?:year|month|week|summer)|(?<!\b(?:said|says|saying|told (?:me|us|staff)|mentioned|threatened) )before|previously|(?:years|months|weeks) ago)`;
