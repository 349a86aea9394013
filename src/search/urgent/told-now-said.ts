/** The words of ./told-now.ts, continued: not told as history, seen now with no one named, and words said as now. */

import { alt, lowPulse, S } from './fragments';
import { drop } from './told-now-words';

/**
 * Nothing told just after that makes the act itself history ("shes taken an overdose before", "sitting on the flat roof
 * of the garage last summer"); not the time before, beside this one ("shes drunk bleach, she did this in the past too").
 */
export const notHistory = S`(?!(?: \w+){0,4} (?<!\b(?:(?:did|done|does) (?:this|it|that|the same)|(?:he|she|they|i|we) (?:was|were|had|got))(?: \w+)? )${alt(
  // (Not the time of it today: "she took tablets this morning before she came".)
  S`before(?! (?:she|he|they) (?:came|come|arrived|got here|left))`,
  'in the past',
  S`last ${alt('year', 'month', 'week', 'weekend', 'time', 'term', 'summer', 'christmas')}`,
  S`when (?:she|he|they) ${alt('was', 'were')}`,
  S`(?:\w+ )?(?:years|months|weeks) ago`,
  'at (?:her|his|their) last',
  S`${alt('a few', 'many', 'several')} times`,
)}\b)`;

/** Seen now, told with no one named: "noose round his neck in the garage", "found her hanging", "fat showing". */
export const seen = alt(
  // Tied round the neck, or to a beam: "has tied her hoodie cord round the bannister upstairs and round her neck", "tied it to the beam".
  S`tied (?:\w+ ){0,8}round (?:her|his|their) neck`,
  S`tied (?:it|the \w+|a \w+) to (?:the |a )?${alt('beam', 'bannisters?', 'banister', 'loft hatch', 'rafters?', 'hook', 'rail')}`,
  // Come in having drunk it: "just come in from the garden having drunk some of the blue stuff from the shed".
  S`having ${alt('drunk', 'drank', 'swallowed', 'eaten', 'taken')} (?:some|a lot|loads|half|all)`,
  // Unwell now, after it was told: "he said hed swallowed some of his foster carers pills this morning and now he feels sick and dizzy".
  S`and now (?:he|she|they|hes|shes|theyre) (?:feels?|is|are|looks?|seems?|feeling|looking) (?:really |very )?${alt('sick', 'dizzy', 'drowsy', 'sleepy', 'faint', 'confused', 'floppy', 'grey', 'clammy')}`,
  // Breathing, barely, or a wound gone deep now: "ive ripped it off and shes breathing but barely", "its got deep now, blood on the carpet".
  S`breathing but (?:only )?barely`,
  S`(?:its got|it has got|its gone|got|gone) (?:really |very |quite )?deep(?:er)? now`,
  // Swept out to sea: "shes been swept out past the sandbank, the current is pulling her".
  S`(?:been|being) swept (?:out|away|off)`,
  S`${alt('noose', 'ligature', 'belt', 'rope', 'cord')} (?:pulled )?(?:tight )?(?:round|around) (?:his|her|their) neck`,
  S`found (?:him|her|them) ${alt('hanging', 'unconscious', 'unresponsive', 'not breathing', 'collapsed', 'fitting', 'blue')}`,
  S`found (?:a|her|his|their) (?:\w+ )?suicide (?:note|letter)`,
  // Not in a picture: "keeps drawing people dying and blood everywhere".
  S`(?<!\b(?:drawing|drawings|draws|drew|pictures?|painting|paints)(?: \w+){0,4} )blood everywhere`,
  S`${alt('fat', 'bone')} ${alt('showing', 'visible')}`,
  'down to the bone',
  S`throat (?:is )?closing`,
  'still wheezing',
  lowPulse,
  S`${alt('coughing', 'vomiting', 'spitting', 'being sick')} (?:up )?blood`,
  S`(?:blue|grey) (?:round|around) (?:the|her|his|their) lips|lips (?:are |going |gone |turning )?(?:blue|grey)`,
  S`wrong side of the ${alt('railings', 'barrier', 'fence', 'bridge', 'wall')}`,
  // The night named, and planned: "she keeps saying tonights the night and shes got it all planned".
  S`${alt('tonights the night', 'tonight is the night', 'tonight s the night')}(?: \w+){0,8} (?:planned|ready|sorted)`,
  // In front of the teller and going on, whatever she says of it: "shes cutting in front of me and wont stop, keeps saying its nothing".
  S`${alt('cutting', 'self ?harming', S`${alt('hurting', 'harming', 'cutting', 'burning')} ${alt('herself', 'himself', 'themselves')}`)} (?:in ?front of|infront of) ${alt('me', 'us', 'staff')} and ${alt('wont', 'will not', 'isnt', 'is not', 'not')} stop(?:ping)?`,
  // A wound open as it is told, beside a history of harm: "history of self harm ... come home with cuts down both arms that are gaping open".
  S`${alt('cuts?', 'wounds?', 'gash(?:es)?', 'lacerations?')}(?: \w+){0,5} (?:that |which )?(?:are |is )?(?:wide )?gaping(?: open)?`,
  // Where a phone is now: "phone pinging near the railway line".
  S`${alt('phone', 'location', 'snap ?map', 'find my (?:phone|iphone)')} (?:is |s |was )?${alt('pinging', 'pinged', 'showing', 'shows')} (?:her |him |them )?${alt('near', 'at', 'by', 'on', 'next to')} the (?:\w+ )?${drop}`,
  S`${alt('spurting', 'pouring with', 'pissing')} blood|blood (?:is )?${alt('spurting', 'pouring', 'pumping')}`,
  S`kicking (?:his|her|their) head in`,
  // Head against something hard, told as going on: "keeps punching himself in the face til it bleeds and now hes smashing his head on the radiator".
  S`${alt('banging', 'smashing', 'hitting', 'slamming')} (?:his|her|their) head ${alt('on', 'against', 'off', 'into')}`,
  S`been (?:out|unconscious|unresponsive|fitting) (?:for )?(?:about |over |nearly )?(?:\w+ )?(?:mins?|minutes)`,
  S`ambulance (?:is )?on (?:the|its) way`,
  S`(?:its|it is|house is|room is|kitchen is|flat is) on fire`,
  S`${alt('has', 'got')} the ${alt('pills', 'tablets', 'rope', 'knife', 'belt')} ready`,
  S`${alt('shell', 'hell', 'theyll', 'will', 'going to', 'gonna', 'shes', 'hes', 'theyre')} ${alt('take', 'taking')} ${alt('them', 'the lot', 'all of them', 'the tablets', 'the pills')} ${alt('tonight', 'today', 'now')}`,
  S`neck (?:pulled )?(?:really |so |too )?tight`,
  // Over the edge just now, wherever the outing was: "on the school trip, one of ours has just gone over the railings at the pier".
  S`just ${alt('gone', 'went', 'climbed', 'jumped', 'fallen', 'fell')} over the ${alt('railings', 'railing', 'barrier', 'edge', 'side', 'sea wall', 'wall', 'fence')}`,
  // An inhaler that is not helping, beside breathing that has stopped being easy: "panic attack, cant breathe, shes asthmatic and
  // her inhaler isnt helping".
  S`inhaler(?: \w+){0,3} ${alt('isnt', 'is not', 'not', 'hasnt', 'has not', 'didnt', 'doesnt', 'does not')} ${alt('helping', 'working', 'helped', 'worked', 'work', 'help')}`,
  // A threat said just now, beside a danger already read: "hes just said if i dont give him money hell slit my throat".
  S`just ${alt('said', 'told me', 'texted', 'threatened')}(?: \w+){0,8} ${alt('hell', 'he will', 'shell', 'she will', 'theyll', 'hes going to', 'shes going to', 'gonna')} ${alt('slit', 'cut', 'stab', 'kill', 'glass')} ${alt('my', 'me', 'your', 'you', 'our', 'us', 'her', 'him')}`,
  // Not found, and last seen on the way to danger, beside a history told of someone else: "cant find her, left a note saying shes
  // going to be with her mum (mum died last year), last seen walking towards the river".
  S`cant find (?:her|him|them)\b.*\blast seen`,
  // Gone within the hour, beside a danger already read: "she ran off barefoot in the rain an hour ago, she has tried to hang
  // herself before".
  S`${alt('ran off', 'run off', 'ran away', 'run away', 'gone missing', 'went missing', 'walked out', 'stormed out', 'stormed off')}(?: \w+){0,5} ` +
    S`(?:an|half an|\d+|two|three|ten|twenty) (?:hours?|hrs?|mins?|minutes) ago`,
  // Gone from where they should be, beside a danger already read: "found a suicide note ..., shes not in her room".
  S`(?:${alt('shes', 'hes', 'theyre', 'she is', 'he is', 'they are')} not|${alt('she', 'he', 'they')} (?:isnt|arent)) in (?:the house|the home|her room|his room|their room)`,
);

/** "happening now", read by both checks below; not "nothing is happening now", a denial. */
export const happeningNow = S`(?<!\bnothing (?:is )?)(?:literally )?happening (?:right )?now`;

/** A calm word taken back, after it: "ok were fine, the boys fine, actually no, hes fallen off the jetty". */
export const calmTakenBack = S`(?:fine|ok|okay|safe)(?: \w+){0,4} actually no`;

/** Told in so many words as now: "as we speak", "not a drill", "trains coming". */
export const saidNow = alt(
  // Not the medicine taken as prescribed: "shes taking her medication right now at the table".
  S`(?<!\b(?:medication|meds|medicine)(?: \w+){0,3} )(?:right|rite) now`,
  'as we speak',
  happeningNow,
  'this minute',
  // Unable to wake them, said by the teller: "now shes passed out on the bench and i cant wake her".
  S`(?:i|we) (?:cant|cannot|can t) (?:wake|rouse) (?:her|him|them)`,
  'not a drill',
  S`trains? (?:is )?coming`,
  S`(?:its|it is) spreading`,
  // Said to be real after a heading that made it sound like practice: "because thats whats happening here", "thats not hypothetical".
  S`(?:thats|that is|this is|its|it is) (?:whats |what is )?happening (?:here|to us|now)`,
  S`(?:thats|that is|this is|its|it is) not (?:a )?${alt('hypothetical', 'drill', 'case study', 'scenario', 'training')}`,
  // Just rung from where the danger is, beside a history told first: "eupd diagnosis last year ... shes just rung me from the top of
  // everton park with a bottle of pills saying she wants to say goodbye".
  S`(?:shes|hes|theyve|she has|he has|they have) just ${alt('rung', 'rang', 'called', 'phoned', 'facetimed')} (?:me|us) from`,
  // The words for an attempt just made: "said 'ive just done something stupid' and then the line went dead".
  S`(?:ive|i have|hes|shes|theyve|he has|she has) just done something (?:really )?${alt('stupid', 'silly', 'dumb')}`,
  // Gone while detained, the danger named before: "pt awol from ward while on s2, left 20 mins ago, has previously said shed jump".
  S`(?:awol|absconded|gone missing)(?: \w+){0,3} (?:while|whilst) (?:on|under|detained (?:on|under)) (?:a |an |the )?(?:s|section ?)(?:2|3)\b`,
  // A call minutes ago: "the 14yo ... rang me 5 mins ago crying saying shes swallowed a pack of her carers co-codamol".
  S`(?:rang|called|phoned|texted|messaged|facetimed) (?:me|us) (?:\d+|five|ten|two|a few|twenty) (?:mins?|minutes) ago`,
  'wont put it down',
  'wont let go',
  // Hiding from someone as it is told: "keeps saying hell kill us all, were hiding upstairs".
  S`(?:were|we are|im|i am|shes|hes|theyre|the kids are) (?:all )?hiding (?:upstairs|downstairs|in the (?:bathroom|bedroom|toilet|loo|garden|car|shed|cupboard)|from (?:him|her|them))`,
  S`locked (?:ourselves|myself|themselves) in`,
  // Back in the danger now, after history: "s136 was used last wk. now shes back at the crossing on derby rd walking into traffic".
  S`now (?:shes|hes|theyre|she is|he is|they are) (?:back )?(?:\w+ ){0,6}(?:walking|running|stepping|darting|lying) (?:out )?(?:into|in|in front of) (?:the )?(?:traffic|road|cars|lorries|trains?)`,
  // Those who threaten, here now: "says someones going to shoot him, hes been stabbed before, theyre outside" (not out to play).
  S`(?:theyre|they are) (?:outside|at the (?:door|gate|gates|school gates?))\b(?! ${alt('playing', 'in the garden', 'with', 'on (?:the|their) (?:bikes?|scooters?)', 'for (?:a|the)')})`,
);
