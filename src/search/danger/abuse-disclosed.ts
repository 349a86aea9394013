/**
 * Abuse disclosed, and the child still with the abuser, or going back to them now. Ways the "abuse-now" situation
 * (./abuse.ts) reads, kept here with their own word lists.
 */

import { alt, gap, S } from './fragments';

/** Abuse told: "disclosed physical assault", "is sexually abusing her", "beats him". */
const abuseTold = alt(
  S`(?:physical|physically|sexual|sexually) (?:assault\w*|abus\w*)`,
  S`assault(?:ed|ing|s)?`,
  S`abus(?:e|es|ed|ing)`,
  S`rap(?:e|ed|es|ing)`,
  S`molest\w*`,
  // Told in a child's words: "her step dad did stuff to her last night".
  S`did (?:stuff|things|something|sexual things|bad things) to (?:her|him|them|me)`,
  S`(?:hits|hitting|beats|beating|beaten|hurts|hurting|punches|punched|kicks|kicked|strangled|touches|touching) (?:her|him|them|me)`,
);
/** With the one who did it, now or soon: "remains in placement with alleged perpetrator", "hell be there when she gets back". */
const withAbuserNow = alt(
  S`(?:remains?|remaining|still|staying|stays|living|lives|left|is|s|are|back|returned|returning|going (?:back|home)|sent (?:back|home))(?: \S+){0,3} with (?:the |her |his |their )?(?:alleged )?(?:perpetrator|perp|abuser)`,
  S`(?:alleged )?(?:perpetrator|perp|abuser) (?:is |s )?(?:still )?(?:in the (?:home|house|placement)|at (?:home|the (?:home|house|placement))|living (?:there|with (?:her|him|them))|there (?:now|tonight))`,
  S`(?:hell|shell|theyll|\S+ will|hes going to|shes going to) be (?:there|home|in|at home|waiting)${gap(2)} when (?:she|he|they|i) (?:gets?|goes?|comes?) (?:back|home|in)`,
  // Collecting them today: "and he's picking her up at half three today".
  S`(?:hes|shes|he is|she is|theyre|they are) (?:picking|collecting|fetching) (?:her|him|them) (?:up )?(?:today|tonight|at \S+|after school|later|from school|this afternoon)`,
  // Sent home to them: "she has to go home to him tonight" (not home to her carers).
  S`(?:going|goes|go|due|has to go|have to go|sent|returning|returns|return) (?:back )?home to (?:him|them|her (?:dad|stepdad|step dad|mum|brother|uncle)|his (?:dad|stepdad|step dad|mum|brother|uncle)) (?:tonight|today|this evening|after school|at \d+|later)`,
);
/**
 * Hurt today (or shut in), and afraid to go back: "just told us she has been hit by her carer today and is frightened to go home with her",
 * "his carer locked him in a cupboard last night and hes scared to go home".
 */
const hurtVerb = S`(?:hit|hurt|beaten|battered|punched|kicked|slapped|assaulted|strangled|choked|touched|abused|locked|shut)`;
const when = S`(?:today|this morning|this afternoon|tonight|last night|earlier today)`;
const hurtToday = S`(?:${hurtVerb} (?:by|from) (?:\S+ ){0,3}${when}|(?:carers?|mum|dad|stepdad|step dad|boyfriend|uncle|brother|nan|grandad|partner) (?:has |had )?${hurtVerb} (?:her|him|them)(?: \S+){0,3} ${when})`;
const afraidToGoBack = S`(?:(?:frightened|scared|terrified|afraid|too scared|petrified) (?:to|of) (?:go|going|be|being)|(?:doesnt|does not|dont|wont|will not) (?:want to )?go|begg?(?:ed|ing|s) \S+ not to (?:send|take|let) (?:him|her|them)(?: go)?) (?:back|home)(?! to (?!(?:him|her|them|the placement|the foster home|(?:her|his|their) (?:foster )?(?:carers?|placement|home))\b))`;

/** Still where the carer who did it is: "disclosed assault by carer ... still in placement". */
const inPlacement = S`(?:still|remains?|remaining|staying|stays|back|returned|returning) (?:in|at|to) (?:the )?(?:same )?(?:placement|foster home)`;
const byCarer = S`(?:by|from) (?:her |his |their |the )?(?:foster )?carers?`;

/**
 * Abuse disclosed and the child still with the abuser, or going back to them now: ways the "abuse-now" situation
 * (./abuse.ts) reads only when nothing is told as history ("disclosed abuse by her brother last year, he still lives there"
 * is a plan to make). "12m disclosed physical assault by carer this evening, remains in placement with alleged perpetrator",
 * "her older brother is sexually abusing her at home and hell be there when she gets back at 4".
 */
export const stillWithAbuser: string[] = [
  S`${abuseTold}${gap(20)} ${withAbuserNow}`,
  S`${withAbuserNow}${gap(20)} ${abuseTold}`,
  S`${abuseTold}${gap(3)} ${byCarer}${gap(12)} ${inPlacement}`,
  S`(?:foster )?carers?${gap(2)} ${abuseTold}${gap(12)} ${inPlacement}`,
  S`${hurtToday}${gap(12)} ${afraidToGoBack}`,
  S`${afraidToGoBack}${gap(12)} ${hurtToday}`,
  // Fresh marks, or what a carer does, and afraid to go back: "turned up with fresh bruising and says shes scared to go back to the
  // placement tonight because of what the carer does".
  S`fresh (?:bruis\w*|marks|injur\w*|burns?)${gap(12)} ${afraidToGoBack}`,
  // Marks, who made them, and afraid to go back: "found hand-shaped bruises on his back, he says his carer did it and begged us not to
  // send him home".
  S`(?:bruis\w*|marks|injur\w*|burns?|welts)${gap(10)} (?:(?:foster )?carers?|dad|stepdad|step dad|mum|boyfriend|uncle|brother|partner|nan|grandad) did (?:it|this|that|them)${gap(10)} ${afraidToGoBack}`,
  S`${afraidToGoBack}${gap(8)} (?:because of )?what (?:the |her |his |their )?(?:foster )?(?:carers?|dad|stepdad|step dad|mum|uncle|brother|boyfriend|partner) (?:does|did|do)`,
  // Marks, and begging those who came not to leave them there: "child (7) has a mark on her face and is asking us not to leave her here".
  S`(?:bruis\w*|marks?|injur\w*|welts|black eye)${gap(30)} (?:asking|begging|begged|asked|pleading|pleaded)(?: with)? (?:us|me|police|the police|officers|the officers) not to leave (?:her|him|them) (?:here|there|with|alone|in (?:the|this) (?:house|flat|home))\b`,
  // Abuse at night told as coming again: "her foster carers son comes into her room at night and itll happen again tonight".
  S`comes? into (?:her|his|their|my) (?:room|bed)${gap(14)} (?:(?:it|this)(?:ll| will) happen again|happen again tonight|again tonight)`,
  // Or feared tonight, in the child's words: "im scared my foster dad is coming into my room again tonight".
  S`(?:scared|afraid|frightened|terrified)${gap(6)} (?:is |will be |s )?(?:coming|going to come|gonna come) (?:in|into) (?:her|his|their|my) (?:bed)?(?:room|bed)(?: again)? tonight`,

  // What is done to them, told as coming again today: "his carer shuts him in the shed when he wets himself and hes wet today so he
  // says itll happen tonight".
  S`(?:shuts?|hits|beats|hurts|punishes|touches)${gap(18)} (?:itll|it will|thatll|that will|he will|shell|hell) (?:happen|do it) (?:again )?(?:tonight|today|later)`,
  // Hurt this morning and due back there: "nan held it on the cooker this morning, hes due back there at 3.15".
  S`(?:${hurtVerb}|held (?:it|his hand|her hand|them) (?:on|against|under)|burn\w*)${gap(14)} ${when}${gap(10)} (?:due|going|has to go|goes|sent) back (?:there|home|to (?:her|him|them))`,
  // Told, and due back there soon: "someone at his new placement hits him with a belt when im not there and hes due back there first thing
  // tomorrow".
  S`${abuseTold}${gap(16)} (?:hes|shes|theyre|he is|she is|they are) (?:due|going|meant|supposed|sent|set) (?:to go )?back (?:there|to (?:the |that )?(?:placement|foster home|house|(?:her|his|their) (?:placement|house|home|mums|dads)))(?: \S+){0,2} (?:tonight|today|tomorrow|first thing|in the morning|this evening|after school|later)`,
  // Marks seen on a visit, and the one who may have made them there and angry now: "4 year old in kinship has bruises on both ears and a
  // burn mark on her hand, grandmothers partner is in the house and getting angry that im asking questions".
  S`(?:bruis\w*|burns?|burn marks?|marks|injur\w*|welts)${gap(16)} (?:\S+s )?(?:partner|boyfriend|husband|dad|stepdad|step dad|mum|uncle|carer|brother) (?:is |s )?(?:still )?(?:in the house|here|home|in the room|in the kitchen|downstairs|present|back)${gap(3)} (?:getting |is |and |now |very |really )*(?:angry|aggressive|threatening|shouting|kicking off|wound up|agitated)`,
  // Marks, and the teller sure it is not safe to go back in: "big bruise around her eye and bite marks on her arm, shes flinching and
  // her mums boyfriend is stood on the step watching us. i dont think shes safe to go back in".
  S`(?:bruis\w*|bite marks?|burns?|black eye|marks|injur\w*|welts)${gap(40)} (?:not|isnt|arent|(?:dont|do not) think (?:shes|hes|theyre|she is|he is|its|it is)) ` +
    S`safe (?:for (?:her|him|them) )?to (?:go|be|send (?:her|him|them)|return)(?: back)?(?: in| home| there| inside)?\b`,
  // Named by a sign or a point, and with another child now: "said in her signs 'man touching' and pointed at the new support worker who is
  // in the bathroom with the other girl right now".
  S`(?:touching|touched|hurting|hurt|abusing)${gap(10)} (?:pointed|pointing|points) (?:at|to)${gap(8)} (?:is|s|whos) (?:in|inside|alone|upstairs|downstairs)(?: \S+){0,4} ` +
    S`with (?:the |a |another |our |her |his )?(?:other |younger |little )?(?:girl|boy|child|kid|yp|toddler|baby|one|resident)s?${gap(2)} (?:right now|now|at the moment|as we speak)`,
  // Abuse told to happen when a carer is out, and the carer out now: "the uncle 'does things' when the nan is out. nan is out now".
  S`(?:does|did|doing) (?:things|stuff)(?: to (?:her|him|them))?${gap(3)} when${gap(3)} (?:is|s) (?:out|away|at work|not (?:in|home))${gap(6)} (?:is |s )?(?:out|away|at work) now`,
  // In the child's room, a known danger to children: "yp says 'my dad is in my room'. dad is a rso with no contact order".
  S`(?:is|s) in my (?:bed)?room${gap(14)} (?:rso|registered sex offender|sex offender|schedule 1|no contact order|not allowed (?:near|contact)|whispering)`,
  // Happening again, in the child's words, and the one who does it there now: "its happening again hes in my room".
  S`(?:its|it is) happening again${gap(3)} (?:hes|shes|theyre|he is|she is) in (?:my|the) (?:bed)?room`,
  // Done to them at night, and the one who does it in the house tonight: "her step brother doing sexual thing to her every night and he is
  // in house tonight".
  S`doing (?:sexual \S+|things|stuff) to (?:her|him|them)${gap(10)} (?:hes|he is|shes|she is|theyre|they are|is) (?:in|at) (?:the )?(?:house|home) (?:tonight|now)`,
  // Someone waiting to hurt them when they get back: "his uncle is waiting at home to punish him for getting a detention".
  S`waiting${gap(3)} to (?:punish|hurt|beat|batter|hit|get|sort out|do) (?:her|him|them)\b(?! (?:with|for) (?:the|a|some) (?:news|present|surprise|cake))`,
];
