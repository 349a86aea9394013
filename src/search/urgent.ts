import { clean } from './normalise';

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
const pronoun = S`(?:she|he|they|yp|i|we)`;
const medicine = S`(?:pills|tablets|paracetamol|ibuprofen|aspirin|sertraline|fluoxetine|melatonin|meds|medication|medicine|anti ?depressants|painkillers|co codamol|codeine)`;
const poison = S`(?:bleach|poison|antifreeze|batteries|battery|cleaning (?:fluid|products?)|weedkiller|an overdose|an od|overdose)`;
// Taking medicine is only an emergency in a quantity no one is prescribed, or someone else's.
const quantity = S`(?:a load|loads|lots|a lot|all|whole|packets?|boxes|box|bottle|handful|too many|a stash|the lot|\d+|(?:his |her |their )?(?:mums|dads|nans|someone elses|carers))`;
const now = S`(?:now|right now|tonight|today|this evening|at the moment|just now|as we speak|currently)`;
// A pattern of behaviour ("keeps", "every night") is a worry to plan for, not an emergency happening now.
const habitual = /\b(?:keeps?|keep on|every (?:night|day|time|week)|all the time|always|often|regularly|over small|over little|for nothing)\b/;
const past = /\b(?:last (?:year|month|week|summer|christmas)|before|previously|in the past|history of|years ago|months ago|weeks ago|used to|has had|have had|overdoses)\b/;

const rules: Rule[] = [
  { name: 'poisoned', when: new RegExp(S`\b(?:taken|took|swallowed|downed|necked|drunk|drank|had|eaten|ate)\b(?: \w+){0,3} ${poison}\b`), unless: past },
  { name: 'ingested', when: new RegExp(S`\b(?:taken|took|swallowed|downed|necked|had|eaten|ate)\b(?: \w+){0,3} ${quantity}\b(?: \w+){0,4} ${medicine}\b`), unless: past },
  { name: 'overdosed', when: /\b(?:overdosed|has (?:taken an )?(?:od|overdose)|after an (?:od|overdose)\b.*\b(?:again|now))\b/, unless: past },
  { name: 'ligature', when: /\b(?:ligature|noose)\b/, unless: /\b(?:risk|risks|training|audit|audits|policy|policies|assessment|points?|cutters?|free|checks?)\b/ },
  { name: 'neck', when: /\b(?:cord|rope|belt|scarf|laces?|shoelaces?|string|wire|tie|cable|lead|something|hoodie cord|charger) (?:round|around) (?:her|his|their|my) neck\b/ },
  { name: 'hanging', when: /\b(?:trying|tried|going|gonna|wants|threatening) to hang\b|\b(?:is|was|found (?:him|her|them)) hanging\b/ },
  { name: 'threat', when: new RegExp(S`\b(?:going to|gonna|about to|threatening to|threatens to|will|ll|shell|hell|theyll|saying (?:she|he|they) (?:will|ll))\b(?: \w+){0,2} (?:kill ${self}|jump|jump off|stab|kill (?:him|her|them|someone|staff|(?:her|his|their|the) (?:carer|foster carer|mum|dad|teacher))|hang ${self}|overdose|end it|end (?:her|his|their|my) life|take (?:her|his|their|my) (?:own )?life|do it again)\b`), unless: /\b(?:what (?:do|should) (?:i|we) do if|what if|if (?:she|he|they|a yp|a child|a young person) (?:says|said|threatens))\b/ },
  { name: 'wants-to-die-now', when: new RegExp(S`\b(?:wants? to|want to|wanting to|going to|trying to) (?:die|kill ${self}|end it)\b.*\b${now}\b|\b${now}\b.*\b(?:wants? to|trying to) (?:die|kill ${self})\b`) },
  { name: 'plan', when: /\b(?:has|got|made|with) (?:a |the )?plan\b.*\b(?:die|kill|suicide|end (?:it|her life|his life))\b|\b(?:kill|die|suicide)\b.*\b(?:has|got|made) (?:a |the )?plan\b|\bsaving up (?:tablets|pills|meds)\b/ },
  { name: 'goodbye', when: /\b(?:suicide note|goodbye note|goodbye letter|texted goodbye|saying goodbye|said goodbye|sent goodbye|goodbye messages?|texted me saying goodbye|nobody will (?:ever )?see (?:him|her|them|me) again|never see (?:him|her|them|me) again)\b/ },
  { name: 'weapon', when: /\b(?:has|s got|got|holding|waving|carrying|pulled|grabbed|with) (?:a |an |the )?(?:kitchen |broken )?(?:knife|knives|blade|machete|gun|weapon|screwdriver|scissors|bottle|glass)\b/, unless: /\b(?:crime|signs|warning signs|carry(?:ing)? a knife to school|policy)\b/ },
  { name: 'threatening-with', when: /\bthreatening (?:\w+ ){0,3}with\b/ },
  { name: 'place', when: /\b(?:on|from|at|off|over|near|to|in) (?:a |the |her |his )?(?:bridge|roof|rooftop|ledge|window ledge|cliff|railway(?: line)?|train tracks|tracks|multi ?storey|motorway bridge|top of|river|canal|sea|traffic|edge of)\b|\bwindow ledge\b|\binto (?:the )?(?:traffic|road|river|canal|sea)\b|\b(?:has )?jumped (?:off|from|out)\b/, unless: /\b(?:roof over|top of the (?:list|class))\b/ },
  { name: 'wounds', when: /\b(?:slit|slashed|cut open) (?:her|his|their|my) (?:wrists?|throat|arms?)\b|\b(?:been|got|was|has) stabbed\b|\bstabbed (?:someone|him|her|them)\b|\b(?:set|setting) fire\b/ },
  { name: 'emergency-services', when: /\b(?:should (?:i|we) (?:call|ring|phone) 999|(?:called|rung|ringing|calling|phoned) (?:999|an ambulance|the police)|ambulance (?:is )?(?:on (?:its|the) way|coming))\b/, unless: habitual },
  { name: 'suicidal-now', when: new RegExp(S`\b(?:actively suicidal|suicidal ${now}|${now} suicidal|missing and suicidal|suicidal and missing|overdosing)\b`) },
  { name: 'bleeding', when: /\b(?:wont|won t|will not|cant|can t) stop (?:the )?bleeding\b|\bbleeding (?:heavily|badly|a lot|everywhere)\b|\bcut (?:really |too |very )?deep\b/ },
  { name: 'collapse', when: /\b(?:unconscious|unresponsive|not responding|not breathing|wont wake up|won t wake up|can t wake|cant wake|collapsed|passed out|fainted|fitting|having a fit)\b/ },
  { name: 'harming-now', when: new RegExp(S`\b(?:cutting|hurting|harming|burning|hitting) ${self}\b.*\b${now}\b|\b${pronoun} (?:is|s|are) (?:cutting|hurting|harming) ${self} ${now}\b`) },
  { name: 'danger-now', when: /\b(?:immediate|imminent) (?:danger|risk)\b|\bin danger (?:right )?now\b|\b(?:crisis|emergency) (?:is )?happening\b|\b(?:crisis|emergency) right now\b|\bright now\b.*\b(?:crisis|emergency)\b/ },
  { name: 'help-message', when: /\b(?:messaged|texted|rang|called|phoned) (?:me )?(?:saying |to say )?help\b|\bin a car with (?:men|adults|strangers|older)\b/ },
  { name: 'violence-now', when: /\bsmashing (?:the|up|things|the house|the place)\b|\b(?:attacking|assaulting) (?:staff|carers?|foster carers?|someone)\b/, unless: habitual },
];

export function urgentRule(text: string): string | undefined {
  const t = clean(text);
  return rules.find((r) => r.when.test(t) && !(r.unless?.test(t) ?? false))?.name;
}

export function isUrgent(text: string): boolean {
  return urgentRule(text) !== undefined;
}
