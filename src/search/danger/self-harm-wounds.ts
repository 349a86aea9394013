/**
 * Wounds that need help now: gaping, pouring, burnt or opened again, however they came.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { b, gap, S, type Situation } from './fragments';
import { past } from './fragments-history';

/** Each situation with an example it catches; ../danger.ts sets the order they are tried in. */
export const selfHarmWoundsSituations: Situation[] = [
  // "her arm is gaping open", "you can see the fatty yellow stuff"
  {
    name: 'serious-wound',
    when: b(
      [
        S`gaping(?: open)?`,
        // Blows to the face till it closes: "keeps hitting himself in the face and now his eye is swollen shut".
        S`(?:hitting|punching|banging|hit|punched|banged) (?:him|her|them)sel(?:f|ves)${gap(8)} (?:his|her|their) eyes? (?:is |are |s )?(?:swollen shut|closed up|swollen closed)`,
        // "his hand is cut wide open", "her heads split open"
        S`(?:hand|arm|leg|wrist|head|face|thigh|forehead|palm)s? (?:is |s |has been |was |been )?(?:cut|sliced|slashed|ripped|torn|split) (?:wide |right |clean )?open`,
        // "i think it needs stitches, its pouring" (not rain pouring down)
        S`needs? (?:stitches|stitching|gluing|glue)${gap(6)} (?:pouring|gushing|spurting|pumping|wont stop|still bleeding|(?:going|gone) (?:pale|grey|white)|faint\w*)(?! (?:down|with rain|rain|it down))`,
        S`(?:pouring|gushing) (?:with )?blood${gap(6)} needs? (?:stitches|stitching|gluing)`,
        // The wound opened again: "shes pulled her stitches out and its pouring", "ripped his staples open, bleeding everywhere".
        S`(?:pulled|pulling|ripped|ripping|torn|tore|tearing|cut|cutting|burst|bursting|split) (?:out |open )?(?:her|his|their|my|the) (?:own )?(?:stitches|staples|sutures|steri ?strips)(?: out| open)?${gap(6)} ` +
          // Or dug into: "pulled her stitches out and is digging at the wound with nail scissors, its opening right up".
          S`(?:pouring|gushing|spurting|pumping|bleeding|blood everywhere|gaping|wide open|wont stop|digging (?:at|into)|(?:opening|opened|split|splitting) (?:right |back )?(?:up|open))`,
        // "the skins come off", "skin is white and peeling"
        S`skins? (?:is |are |has |have )?(?:\S+ and )?(?:peeling|blistering|blistered|coming off|come off|melted|melting)`,
        // "its all blistered across his chest", "the burn is huge and blistering"
        S`(?:all|really|badly|huge and|big and|massive and) (?:blistered|blistering)`,
        S`(?:burn|burnt|burned|burning)${gap(8)} (?:huge|big|massive|large) (?:blister\w*|patch)`,
        S`(?:blistered|blistering|weeping|charred) (?:patch|skin|burn|arm|leg|hand)`,
        S`(?:big|huge|massive|large) blisters?`,
        S`(?:gone |turned )?(?:white|black|charred) and leathery|leathery`,
        S`(?:boiling|hot) (?:kettle|water|pan|oil)${gap(2)} (?:over|on|onto) (?:her|him|them|my)sel(?:f|ves)`,
        S`deep (?:gash|cut|wound)${gap(4)} (?:spurting|pumping|wrist|neck|throat|wont stop|pouring)`,
        // "massive gash on his wrist, pale and dizzy"
        S`(?:massive|huge|big|large|nasty) (?:gash|cut|wound)${gap(5)} (?:wrist|neck|throat|pale|dizzy|faint\w*|spurting|pouring|gushing)`,
        S`spurting`,
        // A wound gone bad, and the body fighting it: "the cuts look infected and shes feverish and shaking".
        S`(?:cuts?|wounds?|burns?|bites?|stitches|piercing)${gap(3)} (?:look |looks |looking |is |are |s |have |has |gone |going |got |getting )?(?:really |very |badly )?(?:infected|septic|oozing pus|full of pus)${gap(8)} ` +
          S`(?:feverish|fever|high temperature|temperature|burning up|shaking|shivering|rigors|confused|drowsy|floppy|vomiting|being sick|mottled|red streaks?|red lines?)`,
        // The cut said, then how open it is: "shes cut her thigh and its wide open".
        S`(?:cut|sliced|slashed|gashed)${gap(5)} (?:and )?(?:its|it s|it is|they are|theyre) (?:\S+ )?(?:wide open|gaping)`,
        // A limb out of shape: "two fingers bent the wrong way", "bone sticking out of his arm".
        S`(?:fingers?|thumb|hand|wrist|arm|leg|ankle|knee|elbow|shoulder|foot|toes?)s? (?:\S+ )?(?:bent|pointing|twisted|facing|going) (?:the )?wrong way`,
        S`bones? (?:is |are |s )?(?:sticking|poking) (?:out|through)`,
        // "pulling at his leg which is at a really odd angle after the hoist slipped"
        S`(?:leg|arm|wrist|ankle|hip|shoulder|knee|elbow|fingers?)\b(?: \w+){0,5} (?:at|in) an? (?:really |very )?(?:odd|weird|strange|funny|awkward|unnatural|wrong) angle`,
        S`still bleeding after (?:an|half an|\d+|two|three) (?:hour|hours|hr|hrs)`,
        S`(?:cut|cuts) (?:a bit |much |way )?deeper than (?:normal|usual|before)`,
        S`(?:still )?bleeding through (?:the |a |her |his )?(?:towel|bandage|dressing|plaster|tissues?|clothes|sleeve|top)`,
        S`(?:poured|pouring|thrown|threw|spilt|spilled) (?:boiling|hot) (?:water|kettle|oil|fat)`,
        S`(?:see|seen|showing|can see)${gap(3)} (?:the )?(?:fat|fatty|bone|tendon|yellow stuff|white stuff)`,
        S`(?:wont|cant|will not|can not) stop (?:the )?bleeding`,
        S`bleeding from (?:(?:the|her|his|their|my) )?(?:head|neck|wrist|wrists)`,
        S`(?:head|forehead|wrist|neck) (?:is |now )?(?:bleeding|pouring)`,
        // Fists through glass, and cut: "hes punching through the window again, hands all cut up, glass everywhere".
        S`(?:punch\w*|smash\w*|put|putting|kick\w*) (?:(?:his|her|their) (?:fist|hand|arm|foot) )?(?:through|in) (?:the |a |his |her |their )?(?:\S+ )?(?:window|glass|mirror|door panel|pane)s?${gap(6)} ` +
          S`(?:(?:hands?|arms?|knuckles|fists?|wrists?|feet|foot) (?:all |are |is |s )?(?:cut|bleeding|pouring|ripped|slashed|shredded)|blood|bleeding|glass everywhere|cut to bits|cut up|` +
          // "punched through the glass in the back door to cut himself, big gash on his forearm"
          S`gash\w*|to cut (?:her|him|them)sel(?:f|ves))`,
        // Or at it till they are cut: "punching the window till his hands are cut up" (not the glass broken by a ball).
        S`punch\w* (?:the |a |his |her |their )?(?:\S+ )?(?:window|glass|mirror|door panel|pane)s?${gap(6)} ` +
          S`(?:hands?|arms?|knuckles|fists?|wrists?) (?:all |are |is |s )?(?:\S+ )?(?:cut|bleeding|pouring|ripped|slashed|shredded)`,
        // "punched through the window, hand pouring" (not a hand pouring the tea, nor pouring with sweat)
        S`(?:hand|arm|leg|foot|face|knuckles|fingers?) (?:is |s |are |now |still )?(?:pouring|gushing|pumping)(?! (?:\S+ )?(?:sweat|tea|milk|water|juice|drinks?|coffee|squash|the|a|some|it|them|out|into))`,
        // Blows to himself that have broken bone: "he keeps hitting himself in the face and head really hard and has broken his nose i think".
        S`(?:hitting|punching|banging|headbutting|smashing|slapping) (?:him|her|them)sel(?:f|ves)${gap(10)} ` +
          S`(?:(?:has |have |s )?(?:broken|broke|cracked|split) (?:his|her|their) (?:nose|head|jaw|cheekbone|eye socket|skull)|knocked (?:him|her|them)sel(?:f|ves) out|concuss\w*|blood (?:everywhere|pouring))`,
      ].join('|'),
    ),
    // History, or skin peeling after the sun.
    unless: new RegExp(S`${past.source}|\b(?:sun(?:burn|burnt|burned|bathing|cream)?|eczema|psoriasis|dry skin|chapped)\b`),
  },
];
