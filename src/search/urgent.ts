import { clean } from './normalise';
import { dangerSituation } from './danger';

/**
 * Immediate risk described as happening now. Each rule names a situation, not a
 * topic: "signs of self harm" is information, "she's taken a load of paracetamol"
 * is an emergency. When a rule fits, the urgent card goes first: a false alarm
 * costs a glance, a miss can cost a life.
 */
interface Rule {
  name: string;
  when: RegExp;
  /** Words that make the same words history or a general question, not a situation now. */
  unless?: RegExp;
}

const S = String.raw;
const self = S`(?:himself|herself|themselves|themself|myself)`;
// Where a child hurts themselves: "cutting her arms" says the same as "cutting herself".
const body = S`(?:${self}|(?:her|his|their|my) (?:arms?|legs?|wrists?|skin|body|thighs?|stomach|face|head))`;
const pronoun = S`(?:she|he|they|yp|i|we)`;
const medicine = S`(?:pills|tablets|paracetamol|ibuprofen|aspirin|sertraline|fluoxetine|melatonin|meds|medication|medicine|anti ?depressants|painkillers|co codamol|cocodamol|codeine|calpol|insulin|prescription|medication)`;
const poison = S`(?:bleach|poison|antifreeze|washing up liquid|detergent|laundry (?:pods?|capsules?|liquid)|drain cleaner|white spirit|e liquid|vape liquid|batteries|battery|button batteries|magnets|cleaning (?:fluid|products?)|weedkiller|nail (?:varnish|polish) remover|razor blades?|blades|glass|screws|an overdose|an od|overdose)`;
// Taking medicine is only an emergency in a quantity no one is prescribed, or someone else's.
const quantity = S`(?:a load|loads|lots|a lot|all|whole|packets?|boxes|box|bottle|handful|fistful|an unknown (?:quantity|amount)|unknown (?:quantity|amount)|too many|a stash|the lot|\d+|(?:his |her |their )?(?:mums|dads|nans|someone elses|carers))`;
const now = S`(?:now|right now|tonight|today|this evening|at the moment|just now|as we speak|currently)`;
// A pattern of behaviour ("keeps", "every night") is a worry to plan for, not an emergency happening now.
const habitual = /\b(?:keeps?|keep on|every (?:night|day|time|week)|all the time|always|often|regularly|whenever|over small|over little|for nothing)\b/;
// A goodbye with thanks, or written in life story work, is not a farewell.
const fondFarewell = /\b(?:thank you|thanks|life story)\b/;
const past = /\b(?:last (?:year|month|week|summer|christmas)|before|previously|in the past|history of|years ago|months ago|weeks ago|used to|has had|have had|overdoses)\b/;

const rules: Rule[] = [
  { name: 'poisoned', when: new RegExp(S`\b(?:taken|took|swallowed|ingested|consumed|downed|necked|drunk|drank|had|eaten|ate)\b(?: \w+){0,3} ${poison}\b`), unless: past },
  { name: 'ingested', when: new RegExp(S`\b(?:taken|took|swallowed|ingested|consumed|downed|necked|had|eaten|ate)\b(?: \w+){0,3} ${quantity}\b(?: \w+){0,4} ${medicine}\b`), unless: past },
  { name: 'overdosed', when: /\b(?:overdosed|has (?:taken an )?(?:od|overdose)|after an (?:od|overdose)\b.*\b(?:again|now))\b/, unless: past },
  { name: 'ligature', when: /\b(?:ligature|noose)\b/, unless: /\b(?:risk|risks|training|audit|audits|policy|policies|assessment|points?|cutters?|free|checks?|what (?:is|are|does)|mean|means|meaning)\b/ },
  { name: 'neck', when: /\b(?:cord|rope|belt|scarf|laces?|shoelaces?|string|wire|tie|cable|lead|something|hoodie cord|charger) (?:round|around) (?:her|his|their|my) neck\b/ },
  { name: 'hanging', when: /\b(?:trying|tried|going|gonna|wants|threatening) to hang\b|\b(?:is|was|are|shes|hes|theyre|found (?:him|her|them)) hanging\b/, unless: /\bhanging (?:out|around|about|round|up)\b|\bhanging (?:his|her|their|the) (?:washing|clothes|coat|pictures?|decorations|curtains)\b|\bhanging off (?:her|him|them)\b|\b(?:clothes|jeans|trousers|skirt|top|dress) (?:are |is )?hanging\b/ },
  { name: 'suffocation', when: /\bbag over (?:her|his|their|my) head\b/ },
  { name: 'threat', when: new RegExp(S`\b(?:going to|gonna|about to|threatening to|threatens to|will|ll|shell|hell|theyll|saying (?:she|he|they) (?:will|ll))\b(?: \w+){0,2} (?:kill ${self}|jump|jump off|stab|kill (?:him|her|them|someone|staff|(?:her|his|their|the) (?:carer|foster carer|mum|dad|teacher))|hang ${self}|overdose|end it|end (?:her|his|their|my) life|take (?:her|his|their|my) (?:own )?life|do it again)\b`), unless: /\b(?:what (?:do|should) (?:i|we) do if|what if|if (?:she|he|they|a yp|a child|a young person) (?:says|said|threatens))\b/ },
  { name: 'wants-to-die-now', when: new RegExp(S`\b(?:wants? to|want to|wanting to|going to|trying to) (?:die|kill ${self}|end it)\b.*\b${now}\b|\b${now}\b.*\b(?:wants? to|trying to) (?:die|kill ${self})\b`) },
  { name: 'plan', when: /\b(?:has|got|made|with) (?:a |the )?plan\b.*\b(?:die|kill|suicide|end (?:it|her life|his life))\b|\b(?:kill|die|suicide)\b.*\b(?:has|got|made) (?:a |the )?plan\b|\bsaving up (?:tablets|pills|meds)\b/ },
  {
    name: 'goodbye',
    when: /\b(?:suicide note|goodbye note|goodbye letter|texted goodbye|saying goodbye|says goodbye|said goodbye|sent goodbye|goodbye messages?|goodbye forever|texted me saying goodbye|nobody will (?:ever )?see (?:him|her|them|me) again|never see (?:him|her|them|me) again)\b/,
    // Leaving a school or a placement is an ordinary goodbye.
    unless: new RegExp(S`\bgoodbye to (?:her|his|their|my|the) (?:old |previous |last )?(?:school|class|teachers?|placement|carers|foster carers|social worker)\b|\bbefore leaving\b|${fondFarewell.source}`),
  },
  { name: 'weapon', when: /\b(?:has|s got|got|holding|waving|carrying|pulled|grabbed|pointing|with) (?:a |an |the )?(?:kitchen |broken )?(?:knife|knives|blade|blades|razor|razor blade|machete|gun|weapon|screwdriver|scissors|bottle|glass)\b/, unless: /\b(?:crime|signs|warning signs|carry(?:ing)? a knife to school|policy|obsessed|fascinated|interested|collects?|collection)\b/ },
  { name: 'threatening-with', when: /\bthreatening (?:\w+ ){0,3}with\b/ },
  { name: 'place', when: /\b(?:on|onto|from|at|off|over|near|to|in|up on) (?:a |the |her |his )?(?:bridge|roof|rooftop|ledge|window ledge|window ?sill|balcony|cliffs?|railings|railway(?: line)?|train tracks|tracks|multi ?storey|motorway bridge|top of|river|canal|sea|traffic|edge of)\b|\bwindow (?:ledge|sill)\b|\bwalk into the sea\b|\binto (?:the )?(?:traffic|road|river|canal|sea)\b|\b(?:has )?jumped (?:off|from|out)\b/, unless: new RegExp(S`\b(?:roof over|top of the (?:list|class)|edge of care|school trip|trip to|day out|outing|holiday)\b|\b(?:walk|walks|walking|cycle|cycles|cycling|drive|drives|driving)\b(?: \w+){0,3} (?:over|across) the bridge\b|${past.source}`) },
  { name: 'strangling', when: new RegExp(S`\b(?:strangle|strangling|strangled|choke|choking|suffocate|suffocating) ${self}\b`), unless: past },
  { name: 'wounds', when: /\b(?:slit|slashed|cut open) (?:her|his|their|my) (?:wrists?|throat|arms?)\b|\b(?:has|shes|hes|theyve|just|have) cut (?:her|his|their|my) (?:wrists?|throat)\b|\b(?:been|got|was|has) stabbed\b|\bstabbed (?:someone|him|her|them)\b|\b(?:set|setting) fire\b/, unless: past },
  {
    name: 'emergency-services',
    when: /\b(?:should (?:i|we) (?:call|ring|phone) 999|(?:called|rung|ringing|calling|phoned) (?:999|an ambulance|the police)|ambulance (?:is )?(?:on (?:its|the) way|coming))\b/,
    // "should I call 999 if a child threatens suicide" is a question about any child, not this one now.
    unless: new RegExp(S`${habitual.source}|\b(?:if|when) (?:a|any) (?:child|yp|young person|kid|teenager)\b|\bwhat happens if\b|\bwhen to\b`),
  },
  { name: 'suicidal-now', when: new RegExp(S`\b(?:actively suicidal|suicidal ${now}|${now} suicidal|missing and suicidal|suicidal and missing|overdosing)\b`) },
  { name: 'bleeding', when: /\b(?:wont|won t|will not|cant|can t) stop (?:the )?bleeding\b|\bbleeding (?:heavily|badly|a lot|everywhere)\b|\bcut (?:really |too |very )?deep\b|\b(?:blood everywhere|lots of blood|losing (?:a lot of )?blood|theres blood|there is blood)\b/ },
  { name: 'collapse', when: /\b(?:unconscious|unresponsive|not responding|isnt responding|stopped breathing|not breathing|wont wake up|won t wake up|can t wake|cant wake|collapsed|passed out|fainted|fitting|having a fit|having a seizure|seizing)\b/ },
  { name: 'harming-now', when: new RegExp(S`\b(?:cutting|hurting|harming|burning|hitting|scratching) ${body}\b.*\b${now}\b|\b(?:can hear|hear|can see|watching) (?:her|him|them) (?:hurting|cutting|harming|hitting|burning)\b|\b${pronoun} (?:is|s|are) (?:cutting|hurting|harming) ${self} ${now}\b`) },
  { name: 'danger-now', when: /\b(?:immediate|imminent) (?:danger|risk)\b|\bin danger (?:right )?now\b|\b(?:crisis|emergency) (?:is )?happening\b|\b(?:crisis|emergency) right now\b|\bright now\b.*\b(?:crisis|emergency)\b/, unless: /\bnot (?:at |in )?(?:any )?(?:immediate|imminent) (?:risk|danger)\b|\bno (?:immediate|imminent) (?:risk|danger)\b|\b(?:immediate|imminent) risk (?:assessment|form|template|policy|training)\b/ },
  { name: 'help-message', when: /\b(?:messaged|texted|rang|called|phoned) (?:me )?(?:saying |to say )?help\b|\bin a car with (?:men|adults|strangers|older)\b/ },
  // "OD" and nothing else is a cry for help, not a search for the topic.
  { name: 'od-alone', when: /^(?:od|oding|oded|odd)$/ },
  // "od'd" loses its apostrophe when cleaned: "odd on her tablets".
  { name: 'odd', when: new RegExp(S`\b(?:odd|oded) on (?:her |his |their |my )?(?:${medicine}|paracetamol|insulin)\b`) },
  { name: 'pills-taken', when: /\b(?:taken|took|swallowed|necked|downed) (?:some |loads of |a load of |a bunch of |random |a few )?(?:pills|tablets)\b/, unless: new RegExp(S`${past.source}|\bfor (?:her|his|their|a|an|the)\b|prescribed|\bdose\b`) },
  { name: 'taken-something', when: /\b(?:taken|swallowed) something\b.*\b(?:drowsy|slurring|sleepy|sick|vomiting|wont wake|unresponsive|not making sense|pale|breathing|fitting|seizure)\b|\b(?:think|worried|scared|sure) (?:that )?(?:she|he|they|shes|hes|theyve|the yp)(?: has| have| s)? (?:taken|swallowed) something\b/ },
  { name: 'stockpiled', when: /\b(?:has|got|saved|saving|stockpiled|stockpiling|hoarding|hidden|hid) (?:up )?(?:some |a stash of )?(?:tablets|pills|meds|paracetamol)\b.*\b(?:take them|tonight|kill|die|end it|overdose)\b/ },
  { name: 'missing-and-suicidal', when: /\b(?:missing|absconded|run away|ran away)\b.*\bsuicid|\bsuicid\w*\b.*\b(?:missing|absconded)\b|\b(?:run off|ran off|gone missing|went missing|missing|left the house|walked out|run away|ran away|disappeared|absconded|not come home|hasnt come home)\b.*\b(?:want(?:s|ed)? to die|kill (?:him|her|them)sel(?:f|ves)|end (?:it|(?:her|his|their) life))\b|\b(?:wants? to die|kill (?:him|her|them)sel(?:f|ves))\b.*\b(?:run off|ran off|gone missing|walked out|into the road)\b/, unless: past },
  { name: 'fire', when: new RegExp(S`\b(?:burn|burning) (?:the |her |his |their )?(?:house|home|place|room|building) down\b|\bset(?:ting)? ${self} (?:on fire|alight)\b`) },
  // "Can't breathe" in a panic attack is frightening but not an emergency; choking is.
  { name: 'breathing', when: /\b(?:cant|can t|cannot) breathe\b/, unless: /\b(?:panic|panicking|panics|anxiety|anxious|asthma|when (?:i|she|he|they) (?:have|has) to|every time|whenever)\b/ },
  { name: 'warning-signs', when: /\b(?:giving|given|gave) away (?:her|his|their|all (?:her|his|their)) (?:stuff|things|belongings|possessions)\b|\btonights the night\b|\bsorry for everything\b|\b(?:message|text|note|letter|snapchat|post)\b.*\bgoodbye\b/, unless: new RegExp(S`${habitual.source}|${fondFarewell.source}`) },
  { name: 'od-refusing', when: /\b(?:od|overdose|overdosed)\b.*\b(?:refusing|refuses|trying to leave|walked out|running off|ran off)\b/, unless: past },
  { name: 'means-and-plan', when: /\b(?:rope|ligature|noose|belt|cord)\b.*\bplan\b|\bplan\b.*\b(?:rope|ligature|noose)\b/, unless: /\b(?:safety|care|crisis|risk) plan\b/ },
  { name: 'road', when: /\b(?:lying|lay|laying|sitting|sat|standing|stood) (?:down )?in (?:the middle of )?the road\b|\bmiddle of the road\b/ },
  { name: 'access-to-means', when: /\bsuicidal\b.*\b(?:access to|has|got|with)\b.*\b(?:tablets|pills|meds|knife|knives|rope|ligature|blades?)\b/, unless: past },
  { name: 'attempt', when: /\b(?:threatening|attempting) (?:to (?:commit )?)?suicide\b|\b(?:just|has|have|shes|hes|theyve) (?:just )?tried to (?:kill|hang|strangle|drown|overdose|suffocate)\b|\bjust (?:attempted|tried) suicide\b/, unless: past },
  { name: 'taking-now', when: new RegExp(S`\btaking (?:\w+ ){0,2}${medicine}\b.*\b${now}\b`), unless: /\bprescribed\b|\bas (?:she|he|they) should\b|\btaking (?:her|his|their|my) /},
  { name: 'fresh-wounds', when: /\bcuts? (?:to|on|in) (?:her|his|their) (?:wrists?|throat|neck)\b/, unless: new RegExp(S`\b(?:old|healed|healing|scars?|scarring)\b|${past.source}`) },
  { name: 'not-coming-back', when: /\b(?:(?:not|never) coming back|wont come back|wont be coming back|last time (?:we|well|you|youll|ill|i ll|i will|we will)(?: \w+)? (?:speak|talk|see|hear))\b/, unless: /\bcoming back to (?:this|the|her|his|their) (?:placement|school|unit|home|contact|class)\b|\bafter (?:respite|the holiday|contact)\b/ },
  { name: 'held', when: /\b(?:man|men|adult|adults|stranger|strangers|someone|older (?:man|men|boys)) (?:has|have|got) (?:her|him|them) in (?:his|their|a|the) (?:car|van|flat|house)\b|\bbeing held (?:somewhere|against|captive|by (?:a|an|some|older))\b|\bheld (?:against (?:her|his|their) will|somewhere|captive)\b|\b(?:raped|sexually assaulted)\b.*\b(?:now|still (?:there|with)|is with|tonight|just)\b/, unless: past },
  { name: 'violence-now', when: /\bsmashing (?:the|up|things|the house|the place)\b|\b(?:attacking|assaulting) (?:staff|carers?|foster carers?|someone)\b/, unless: habitual },
];

/**
 * An emergency is told in a sentence or two, so a long message is read in overlapping
 * windows: the rules' "this ... then that" patterns would otherwise cost the square of
 * its length (a pasted 50,000-character message took 300 ms; now a few).
 */
const WINDOW = 600;
const STEP = 300;

function windows(t: string): string[] {
  if (t.length <= WINDOW) return [t];
  const out: string[] = [];
  for (let start = 0; start < t.length; ) {
    let end = Math.min(t.length, start + WINDOW);
    if (end < t.length) end = Math.max(t.lastIndexOf(' ', end), start + STEP);
    out.push(t.slice(start, end));
    if (end >= t.length) break;
    const next = t.indexOf(' ', start + STEP);
    start = next < 0 ? t.length : next + 1;
  }
  return out;
}

/** The rule (or, behind the rules, the broader detector's situation) that finds an emergency. */
export function urgentRule(text: string): string | undefined {
  for (const t of windows(clean(text))) {
    const rule = rules.find((r) => r.when.test(t) && !(r.unless?.test(t) ?? false));
    if (rule) return rule.name;
  }
  for (const t of windows(clean(text))) {
    const situation = dangerSituation(t);
    if (situation) return `broad:${situation}`;
  }
  return undefined;
}

export function isUrgent(text: string): boolean {
  return urgentRule(text) !== undefined;
}
