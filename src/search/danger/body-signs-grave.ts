/**
 * Signs grave whatever the cause, for the body-signs situation (./body-signs.ts): on their own, told of the past too, or during
 * or after a restraint.
 * Part of the broad emergency detector: see ../danger.ts for how situations are read and their order.
 */

import { alt, gap, S } from './fragments';
import { ofPerson } from './fragments-body';

/** Signs that are an emergency on their own, whatever caused them. */
export const graveSign = alt(
  // Typed fast: "now wont wak up"
  S`(?:wont|cant|wnt) (?:wak|wkae|waek) up`,
  // Breath fighting for: "gasping for breath, panic or asthma dont know", "huge asthma attack, he cant talk"
  S`gasping for (?:breath|air)${gap(8)} (?:dont know|not sure|asthma|inhaler|blue|cant talk|cant speak)`,
  S`(?:huge|bad|severe|massive|serious|really bad) asthma attack`,
  S`asthma attack${gap(4)} (?:cant (?:talk|speak|breathe)|blue|inhaler (?:isnt|not|is not) (?:working|helping))`,
  // Too breathless to talk: "cant talk in sentences", "can barely get words out".
  S`cant (?:talk|speak) in (?:full )?sentences`,
  // (Not a child who cannot find them, a habit: "keeps hitting others when he cant get his words out".)
  S`(?<!\bwhen (?:he|she|they) )(?:can barely|cant|barely) get (?:her |his |their |any )?words out`,
  // Breath stopping and starting, in a baby: "breathing with long pauses and going dusky".
  S`breathing with (?:long )?(?:pauses|gaps)`,
  S`(?:going|gone|turning|turned|looks?|looking) dusky`,
  S`(?:fingers|fingertips|hands|feet|toes) (?:have |has |are |is )?(?:gone|going|turned|turning) (?:blue|grey|gray|purple)`,
  // Shock: "gone really pale and clammy", "belly is rock hard" after a blow.
  S`(?:pale|grey|gray|white) and clammy|clammy and (?:pale|grey|gray)`,
  S`(?:belly|stomach|tummy|abdomen)s? (?:is |s |has gone |gone |feels )?(?:rock hard|hard as a rock)`,
  // Choking and not clearing it: "choking on a grape, cant cough, going red", "we cant get it out" (not choking back tears).
  S`choking(?! (?:up|back|on (?:her|his|their) (?:words|tears)))${gap(6)} (?:cant (?:cough|breathe|speak|cry|get it out)|(?:going|gone|turning|turned) (?:red|blue|purple|grey)|not breathing)`,
  // Cold through, and not with it: "freezing cold and really drowsy, been out there all night".
  S`(?:freezing|ice|stone) cold${gap(4)} (?:drowsy|confused|not making sense|floppy|slurring|blue|(?:wont|cant) wake)`,
  // A low blood sugar in a diabetic: "diabetic, really confused and sweaty and now talking gibberish" (not confused about her doses).
  S`diabetic${gap(12)} (?:(?:really |very |so )?confused(?! (?:about|by|over|with|as to))|drowsy|slurring|not making sense|unresponsive|fitting|gibberish|(?:wont|cant) wake)`,
  'gone grey',
  'going grey',
  // Grey, said of the child as a state: "shes conscious but grey", "hes grey now" (not grey hair or a grey hoodie).
  S`(?:hes|shes|theyre|he is|she is|they are) (?:\S+ but |looking |really |very )?gr[ae]y(?=$| and| now| help| please| but| next| what)`,
  'turning blue',
  // Said of the child, not a tantrum: "having a panic attack and has gone blue" (not "screamed till he went blue in the face").
  S`(?:has|have|hes|shes|theyve|theyre|s|is|are|now|just) (?:gone|going) blue(?! in the face| with (?:cold|rage|anger))`,
  // Or turned so: "help shes turned blue" (not a tantrum's "turned blue in the face").
  S`(?:hes|shes|theyve|theyre|has|have|just|baby) turned (?:blue|grey|gray|purple)(?! in the face| with (?:cold|rage|anger))`,
  // (Not from a sweet: "blue lips from ice lolly".)
  S`blue lips(?! (?:from|after) (?:an? |the |his |her )?(?:ice|lolly|lollies|slush|slushie|sweets?|blueberries|blueberry|face paint|paint|marker|pen))`,
  S`lips ${alt('going', 'gone', 'turning', 'are', 'look', 'looks', 'looking')} (?:a bit |a little |slightly |quite |really |very )?blue`,
  S`lips ${alt('are', 'have', 'is')} ${alt('going', 'gone', 'turning')} blue`,
  'blue round (?:the|her|his) mouth',
  // On the floor, jerking, eyes open but not seeing: "she is on the floor, eyes open but not looking at me, her body jerking".
  S`on the floor${gap(10)} (?:body|arms|legs|whole body) (?:is |are )?(?:jerking|twitching)|(?<!\b(?:laughing|sulking|lol)\b.*)eyes open but not (?:looking|responding|seeing|focusing)(?!.*\b(?:lol|haha|joking|sulking|ignoring)\b)`,
  // Stopped breathing, told in the present: "my foster baby stop breathing in the cot, i am doing like the course".
  S`(?<!\b(?:if|when|what if)\b.*)(?:baby|he|she|child|son|daughter|boy|girl) (?:just )?stop breathing(?!.*\b(?:once|newborn|as a baby|when (?:he|she|they) (?:was|were))\b)`,
  // Blue and not moving: "now just blue and still on the sofa at his mates".
  S`(?:is|s|hes|shes|theyre|now|just) (?:\S+ )?blue and (?:still(?=$| on\b| in\b| and\b| not\b| now\b)|not moving|not responding|floppy|limp)`,
  'hard to (?:rouse|wake)',
  'cant rouse',
  'floppy',
  // Gone limp, the body (not walking with a limp): "baby gone limp and a funny colour in the moses basket".
  S`(?:gone|going|is|s|has gone) (?:all |really |very )?limp`,
  'eyes (?:keep )?rolling',
  S`drowsy${gap(3)} slurring`,
  S`slurring${gap(3)} drowsy`,
  'not breathing properly',
  // "breathing really fast and shallow"
  'breathing (?:is )?(?:really |very |dead )?(?:(?:fast|quick|rapid) and )?(?:slow|shallow)',
  '(?:isnt|is not|aint|not|stopped) breathing',
  'struggling to breathe',
  S`(?:not|isnt) breathin(?:g)? (?:right|properly|normally)`,
  // "breathing really weird and making gurgling noises" (not "breathing is fine", nor breathing exercises)
  S`breathin(?:g)?(?! (?:is |s )?(?:fine|normal|ok|okay|good|settled|exercises?|techniques?))${gap(6)} (?:snor\w*|gurgl\w*|rattl\w*)`,
  S`(?:spurting|pumping) (?:blood|out)|blood (?:spurting|pumping)`,
  'fighting for breath',
  // Not on waking from a nightmare or in a flashback, a trauma worry: "wakes from nightmares screaming and for a few minutes she doesnt
  // know where she is". Nor told as a pattern: "she sometimes doesnt know where she is or how she got there".
  S`(?<!\b${alt('nightmares?', 'night terrors?', 'flashbacks?', S`dissociat\w*`, 'sometimes', 'often', 'at times', 'occasionally')}\b.*)doesnt know (?:where|who) ${alt('she', 'he', 'they')} (?:is|are)`,
  'rash (?:that )?(?:wont|doesnt) fade',
  'face went purple',
  // "face and lips swelling up fast"
  S`(?:lips|tongue|throat|mouth)${gap(1)} (?:swelling|swollen|swelled)(?: up)? (?:fast|quickly|really fast|badly)`,
  'crushing chest pains?',
  // Catatonic, told of this child now: "shes completely catatonic, staring at the wall, wont respond, has wet herself".
  S`(?:completely|totally|gone|is|s|shes|hes) catatonic`,
  'going purple',
  // Nor a case that is stuck: "camhs involved but not moving anywhere".
  S`${ofPerson}(?:isnt|is not|aint|not|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|forwards|in|out|to|anywhere|along|fast|quickly))`,
);
/**
 * Signs grave whatever the cause, but told of the past too ("was vomiting blood last year"): only when not told as history.
 */
export const graveUnlessPast = alt(
  // Or a low reading read off a meter, and not with it: "she has a blood sugar of 2 and shes not making sense".
  S`(?:blood sugars?|bms?|glucose|sugar levels?|sugars)(?: is| of| at| was| now| down to| only| reading| reads)* (?:[0-2](?:\.\d)?)\b(?! ?(?:years?|yrs?|hours?|hrs?|days?|weeks?|times|%|or 3)\b)${gap(10)} ` +
    S`(?:not making sense|confused|drowsy|slurring|wont eat|cant swallow|unresponsive|floppy|fitting|shaking|sweaty|gibberish|(?:wont|cant) wake)`,
  // Blood brought up: "vomiting blood", "coughing up bright red blood", "blood in her sick".
  S`(?:vomiting|vomited|throwing up|threw up|thrown up|being sick|been sick|coughing up|coughed up|puking|spewing) ` +
    S`(?:up )?(?:(?:bright |dark )?red |fresh |lots of |loads of |a lot of |some )?blood`,
  S`blood in (?:her|his|their|my|the) (?:vomit|sick)`,
  // A fit that goes on: "seizure wont stop, its been 5 mins" (not "her seizures wont stop her").
  S`(?:seizure|seizures|fit|fits|fitting|seizing) (?:(?:still |just )?(?:wont|isnt|is not|not|hasnt|has not) stop(?:ping|ped)?|(?:still )?going on)(?! (?:her|him|them|me|us)\b)`,
  // "fit started 8 mins ago, still going", a fit past five minutes, fits one after another without waking.
  S`(?:seizure|fit|fitting|seizing)${gap(6)} still (?:going|fitting|seizing|happening)`,
  S`(?:seizure|fit) (?:started|has been going|been going|going on|lasted|lasting) (?:for )?(?:over |about |nearly |more than )?(?:[5-9]|\d{2}|five|six|seven|eight|nine|ten|fifteen|twenty) (?:mins?|minutes)`,
  S`(?:seizures|fits)${gap(6)} (?:one after (?:another|the other)|back to back)`,
  // A bone through the skin, a limb bent wrong: "arm bent wrong, bone showing".
  S`bones? (?:is |are |s )?(?:showing|sticking out|poking out|coming through|through the skin)`,
  S`(?:arm|leg|wrist|ankle)s? (?:is |s )?(?:bent|twisted) (?:the )?wrong(?: way)?`,
  // A fever past 40 and the mind going: "temp 41 shaking talking rubbish" (not a temp of 38 and playing happily).
  S`(?:temp|temperature|fever) (?:of |is |at )?(?:4[0-3]|10[4-9])(?:\.\d)?${gap(6)} (?:shaking|talking (?:rubbish|nonsense|gibberish)|confused|not making sense|floppy|fitting|drowsy|hallucinating|seeing things)`,
  // A fever with muscles or a neck gone stiff: "really high temperature and stiff muscles after starting a new antipsychotic, and hes
  // confused" (a reaction to the medicine), "burning up with a stiff neck" (not muscles stiff after sport, with no fever).
  S`(?:temp|temperature|fever|feverish|burning up|boiling hot)${gap(6)} (?:stiff|rigid) (?:muscles|neck|body|limbs|arms and legs)`,
  S`(?:stiff|rigid) (?:muscles|neck|body|limbs)${gap(6)} (?:(?:high |very high |really high )temp(?:erature)?|fever|feverish|burning up)`,
  // Blood brought up as "coffee grounds".
  S`(?:vomit\w*|sick|bringing up|brought up|throwing up|threw up|being sick)${gap(6)} coffee grounds`,
);
/**
 * The body failing during or after a restraint (positional asphyxia): "restrained him and now hes gone really quiet and grey"
 * (not a child gone quiet and sulking after it).
 */
export const afterRestraint =
  S`(?:restrain\w*|held (?:her|him|them) down|pinned (?:her|him|them) down)${gap(10)} ` +
  S`(?:(?:gone|going|turned|turning|looks?|looking|is|s) (?:really |very |so |a bit )?(?:\S+ and )?(?:grey|gray|blue|purple|limp|floppy|pale)|` +
  S`unresponsive|(?:wont|cant|not|isnt) (?:wake|waking|respond\w*)|(?:not|isnt|stopped) breathing|(?:cant|struggling to) breathe)`;
