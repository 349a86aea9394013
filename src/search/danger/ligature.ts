/**
 * Ligatures: a cord round the neck, tied to something to hang from, or just cut off.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';
import { cord } from './fragments-means';

const neck = alt(
  'neck',
  'throat',
  'radiator',
  'banister',
  'bannister',
  'door handle',
  'curtain rail',
  'wardrobe rail',
  'wardrobe',
  'wardrobe door',
  'stair rail',
  'loft hatch',
  'light fitting',
  'window catch',
  'window handle',
  'hook',
  'bunk bed',
  'top bunk',
  'bed frame',
  'shower rail',
  'curtain pole',
  'door frame',
  'pole',
);
/** What a ligature is made of: not string or a lead, which are tied to things every day. */
const ligatureCord = alt(
  'belt',
  'scarf',
  'cord',
  'rope',
  'laces?',
  'shoelaces?',
  'wire',
  'cable',
  'charger(?: cable)?',
  'flex',
  '(?:bed ?)?sheet',
  'towel',
  'tights',
  'dressing gown cord',
  'washing line',
  'ligature',
  'noose',
);
/** Things tied up for everyday use: "tie the washing line to the pole", "balloons on the bannister". */
const tiedForUse = S`\b(?:balloons?|bunting|decorations?|banners?|fairy lights|tinsel|dogs?|washing|swing|hammock|tent|den)\b`;
/** Put away where it belongs: "hung his belt on the hook". */
const putAway = S`\b(?:hung|hangs|hang|hanging up|keeps?|kept|stores?|stored|put (?:it )?(?:away|back)|tidied)\b`;
/** Signs right after a ligature, that it was one: "hes breathing but dazed", "red marks". */
const afterLigature = alt(
  'breathing',
  'not breathing',
  'conscious',
  'unconscious',
  'dazed',
  'awake',
  'coughing',
  'gasping',
  'blue',
  'grey',
  'purple',
  'floppy',
  'marks?',
  'ambulance',
  '999',
  S`(?:not |isnt )?respond\w*`,
);

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const ligatureSituations: Situation[] = [
  // "found her with a belt pulled tight round her neck"
  {
    name: 'cord-round-neck',
    when: b(
      [
        // "a cable tie round his own neck"
        // Told as she does it: "on top of the wardrobe with a cord to the light, she putting it round her neck".
        S`${cord}${gap(8)} (?:she|he|they|shes|hes|theyre) (?:is |are )?(?:putting|tying|wrapping|pulling) (?:it|them) (?:round|around) (?:her|his|their) neck`,
        S`${cord}${gap(4)} (?:round|around) (?:(?:her|his|their|my) (?:own )?|the )?(?:neck|throat)`,
        // "shoelace round a 12yos neck" (not a pets or a snowmans)
        S`${cord}${gap(2)} (?:round|around) (?:a|an|the|our|my) (?!(?:dogs|cats|puppys|snowmans|teddys|horses)\b)\S+s (?:neck|throat)`,
        S`(?:tied|knotted|tight|attached|hanging|strung|looped)(?<!${tiedForUse}.*)(?!.*${tiedForUse})${gap(4)} (?:to|from|on|round|over) (?:the )?${neck}`,
        S`${cord}${gap(2)} (?:off|from) (?:her|his|their) (?:neck|throat)`,
        // "keeps tying things round her neck", "a dressing gown cord on, face purple"
        // Or wound round it: "torn her pillowcase into strips and is winding it round her neck".
        S`(?:tying|tied|ties|winding|wound|wrapping|wrapped|twisting|twisted|looping|looped) (?:\S+ ){0,2}(?:round|around) (?:her|his|their|my) (?:own )?(?:neck|throat)`,
        S`${cord} on${gap(3)} (?:face|lips) (?:purple|blue|grey|gray)`,
        S`(?:neck|head) in (?:it|the (?:loop|noose))`,
        S`wrong side of (?:the )?(?:\S+ )?(?:railings?|barrier|fence|bridge|ledge|wall)`,
        S`(?:putting|put|tying|tie) (?:a |the )?${alt('ligature', 'ligture', 'ligatur', 'noose')} (?:on|round)`,
        S`${alt('try', 'tryin', 'trying', 'tried', 'going', 'gonna', 'about')} to hang (?:her|him|them|my)sel(?:f|ves)`,
        S`(?:pillow|bag|cushion) over (?:her|his|their|my) (?:own )?(?:face|head)`,
        S`(?:locked|shut)${gap(4)} (?:choking|gasping)|(?:choking|gasping)${gap(6)} (?:door|locked)`,
        // One on now: "keeps making ligatures out of her leggings and has one on right now".
        S`${alt('ligatures?', 'nooses?')}${gap(10)} (?:has|got|wearing|with) (?:one|it) (?:on|round)`,
        // The marks a cord leaves: "red marks all round her neck".
        S`(?:red |purple |rope |ligature )?marks (?:all )?(?:round|around) (?:her|his|their) (?:neck|throat)`,
        // Marks on the neck, and what made them or the body failing: "marks on his neck and a belt in his room, hes gone quiet and grey".
        S`marks (?:on|across) (?:her|his|their) (?:neck|throat)${gap(12)} (?:${ligatureCord}|(?:gone|going|turned|turning|looks?|looking|is|s) (?:\S+ and )?(?:grey|gray|blue|purple|floppy))`,
        // Just now, and the marks: "ligature incident in placement 01:40. conscious, marks to neck. advice re next steps".
        S`ligature (?:incident|attempt)${gap(10)} marks? (?:to|on|round|around|across) (?:the |her |his |their )?(?:neck|throat)`,
        // Taking it off them now: "cutting a cord off a kid".
        S`(?:cut|cutting|cuts) (?:a |the )?${cord} (?:off|from) (?:a |the )?(?:kid|child|yp|girl|boy|lad|young person)`,
        // "hanging attempt, hes breathing"
        S`hanging attempt${gap(6)} (?:breathing|ambulance|999|now|just|conscious|awake)`,
        // A cord and where it is tied, told as fragments: "dressing gown cord. shower rail.", "stood on the chair with a tie on the banister"
        // (not balloons or bunting).
        S`(?:${ligatureCord}|tie|lead)(?<!(?:${tiedForUse}|${putAway}).*)(?!.*${tiedForUse})(?:${gap(3)} (?:on|round|around|tied to|over|from)|) (?:the |a |her |his )?(?!neck|throat)${neck}`,
        // Just got off them, and the marks: "just got the cord off her, marks all the way round".
        S`(?:got|took|taken) (?:a |the |his |her |their )?(?:\S+ )?${ligatureCord} (?:off|from) (?:her|him|them)${gap(10)} ${afterLigature}`,
        // Cut or pulled off them just now: "just cut a belt off him in the wardrobe, hes breathing but dazed".
        S`(?:cut|cutting|untied|untying|prised|loosened|unwrapped|pulled) (?:a |the |his |her |their )?(?:\S+ )?${ligatureCord} (?:off|from) ` +
          S`(?:her|him|them|(?:her|his|their) (?:neck|throat))${gap(10)} ${afterLigature}`,
        // Round the neck, then off: "tight around her neck with a hair bobble thing, we got it off, shes crying".
        S`(?:tight|tied|wrapped|pulled|twisted|knotted) (?:round|around) (?:her|his|their|my) (?:neck|throat)${gap(10)} ` +
          S`(?:got|cut|pulled|prised|untied|loosened|took) (?:it|them|that|the \S+)(?: \S+)? off`,
        // Being tied to something to hang from: "shes trying to tie a scarf to the bannister" (not balloons or bunting).
        S`(?:tie|ties|tying|knot|knotting|fix|fixing|attach|attaching)(?<!${tiedForUse}.*)(?!.*${tiedForUse}) (?:a |the |her |his |their |my )?(?:\S+ )?${ligatureCord}${gap(2)} ` +
          S`(?:to|onto|from|on|round|over) (?:the |her |his |their )?${neck}`,
        // Something to hang from above, and standing on a chair under it: "has put a rope over the loft hatch and is stood on a
        // chair under it" (not a swing or a den being rigged).
        S`${ligatureCord}${gap(3)} (?:over|round|to|from|on) (?:the |a )?(?:\S+ )?(?:${neck}|beam|rafters?|door|tree|branch)${gap(8)} ` +
          S`(?:stood|standing|stands|climbed|climbing|up) on (?:a |the |her |his )?(?:chair|stool|bed|box|bucket|ladder|step)(?!.*\b(?:swing|hammock|tent|den)\b)`,
        // Going for the means and barely held back: "keeps going for the curtain cord and we cant hold him much longer".
        S`(?:going for|grabbing|grabbing at|reaching for|lunging for|trying to (?:get|grab|reach))${gap(2)} (?:the |a |his |her )?(?:\S+ )?${ligatureCord}${gap(10)} ` +
          S`(?:cant (?:hold|stop|restrain|keep)|holding (?:him|her|them) (?:back|down)|restrain\w*)`,
      ].join('|'),
    ),
    // A scarf worn for the cold, a love bite, or history ("has tied things round her neck twice (not today)").
    unless: new RegExp(
      S`\b(?:wears|wearing|in winter|in the cold|keep(?:s|ing)? (?:\S+ )?warm|love ?bites?|hickeys?|necklace|not today)\b|` +
        S`\b(?:neck|throat) (?:twice|(?:three|four|five|several|many|a few|\d+) times)\b(?! (?:now|tonight|today))|${past.source}`,
    ),
  },
];
