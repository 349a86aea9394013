import { questionOf, type Question } from './question';

/**
 * Aftercare and its funding belong to section 117, whichever section the question names; so does paying for anything, asked by
 * the young person: "will i have to pay for anything when i leave hospital? shes on a 3". Not the nurse in charge, nor a charge
 * nurse: "how does the nurse in charge use a 5(4) holding power" is about section 5.
 */
const AFTERCARE =
  /\b(?:after ?care|aftercare|117|who (?:pays|funds)|funding|fund|free services after|(?<!\bin )charged?(?! nurses?\b)|(?:have|need) to pay|pay for (?:anything|it|my care|(?:the |my |her |his |their )?(?:care|support|services|aftercare)))\b/;

/**
 * Support on leaving hospital is aftercare too, whichever section held them: "he's on a section 3 and they'll have to sort his
 * support when he leaves hospital". Not a discharge from the section itself ("can the nearest relative discharge her from a 3").
 */
const SUPPORT_ON_LEAVING =
  /\b(?:support|services|help|helps|package|follow ?up)\b(?:\s+\S+){0,6}?\s+(?:when|after|once|on|for when)\s+(?:\S+\s+){0,2}?(?:leaves?|leaving|left|discharged?|discharges|comes? out|coming out|gets? out|getting out)\b(?:\s+(?:of|from))?(?:\s+(?:the|hospital|the ward|ward|tier 4|the unit|unit))?/;

export function asksAftercare(q: Question | string): boolean {
  const t = questionOf(q).cleaned;
  return AFTERCARE.test(t) || SUPPORT_ON_LEAVING.test(t);
}

/** Words that speak of danger or crisis: only then are crisis topics offered as nearest topics. */
const CRISIS_WORD =
  /\b(?:crisis|suicid\w*|self ?harm\w*|harm\w*|hurt\w*|cut\w*|kill\w*|die|dying|dead|overdos\w*|od|danger\w*|emergency|unsafe|safe|risk\w*|desperate|hopeless)\b/;

/**
 * The same words in everyday sayings, not a person in crisis: one saying a line, with an example. Removed before the
 * crisis words are looked for.
 */
const SAYINGS = new RegExp(
  String.raw`\b(?:${[
    // a medicine or a food's safety, not a child's: "which hay fever tablets are safe while breastfeeding",
    // "is paracetamol safe for a 6 year old with a temperature, what dose"
    String.raw`safe (?:while|when|during) (?:breast ?feeding|pregnan\w*)|(?:tablets?|pills|medicines?|medications?|paracetamol|calpol|ibuprofen|nurofen|piriton|melatonin|antihistamines?|creams?|vitamins?|supplements?) (?:are |is |that are |that is )?safe`,
    // a place's or a thing's safety, not a child's: "is southport beach safe for swimming", "is this app safe for a 10 year old"
    String.raw`(?:beach|beaches|sea|seaside|pool|river|lake|park|playground|area|road|roads|street|app|apps|game|games|website|site|toy|toys|car seat|trampoline|bike) (?:is |are )?safe`,
    // another service's crisis line: "whats the crisis line for the housing benefit team"
    String.raw`crisis (?:line|number|team) (?:for|at) (?:the )?(?:housing|benefits?|council tax|universal credit|energy|gas|electric|water|bank)`,
    // a crisis team's rota
    String.raw`crisis (?:team |line )?rotas?`,
    // a student's own placement: "crisis in my own placement"
    // Or a home of one's own: "crisis in my own housing situation, need a council flat".
    String.raw`crisis in my (?:own )?(?:placement|course|studies|uni|job|career|relationship|marriage|housing|accommodation|tenancy)`,
    // a household's money: "crisis in my finances", "crisis in my fostering household finances"
    String.raw`crisis in my (?:own )?(?:\w+ ){0,2}(?:finances|money|budget)`,
    // a household's money: "my nan is in crisis with her pension"
    String.raw`(?:in )?crisis with (?:her|his|my|their|our|the) (?:(?:energy |gas |electric |phone )?bills|pension|money|benefits?|rent|finances|debts?|mortgage|car|landlord|council tax)`,
    // a phrase to be put into another language: "translate 'are you safe' into vietnamese"
    String.raw`translat\w* .{0,60}? into \w+`,
    // an adult's marriage: "my sister has crisis with her husband, i need divorce lawyer"
    String.raw`crisis with (?:her|his|my|their|your) (?:husband|wife|ex|ex husband|ex wife|marriage)`,
    // A baby's sleep advice: "safe sleep guidelines for a 9 month old"
    String.raw`safe (?:sleep|sleeping)(?: guidelines?| advice| positions?)?`,
    // A family's exam season: "crisis at home with my own teenager's gcse revision, any good apps"
    String.raw`crisis (?:at home )?with (?:my|our|her|his) (?:own )?(?:\w+ ){0,2}(?:revision|homework|exams?|coursework|mocks)`,
    // A data breach: "data breach crisis: ive emailed a report to the wrong person"
    String.raw`(?:data (?:breach|protection)|gdpr|it|email|computer|server) crisis|crisis (?:over|about|with) (?:a |the )?(?:data breach|email|emails|laptop|computer)`,
    // A strongbox: "where can i buy a cheap fireproof safe for meds"
    String.raw`(?:fireproof|lockable|locking|combination|key|digital|wall|floor|cheap|small|medicine|meds|medication) safes?`,
    // An adult's workplace: "crisis at work, our cook has just quit", "crisis in the staffroom, the coffee machines broken again"
    String.raw`crisis at (?:work|the office)|crisis in the (?:staff ?room|office|kitchen|canteen)`,
    // A crisis of history or the economy: "what caused the crisis in the weimar republic", "the cost of living crisis".
    String.raw`crisis in the weimar republic|(?:financial|economic|banking|energy|climate|cuban missile|oil|housing|cost of living|refugee|migrant|debt) crisis`,
    // Money for the gas: "whats the number for an emergency crisis payment"
    String.raw`(?:emergency )?crisis (?:payments?|loans?|grants?|fund|support payment)`,
    // The homelessness charity by name: "how do i sign up to volunteer at crisis at christmas"
    String.raw`crisis at christmas|volunteer\w* (?:at|for|with) crisis`,
    // An organisation's press work: "crisis comms plan template for the council press office"
    String.raw`crisis (?:comms|communications?|management|pr|media|press)`,
    // An adults' crisis cafe: "the crisis cafe near me, what time does it open for adults".
    String.raw`crisis caf(?:e|es)\b(?=.*\badults?\b)`,
    // An adults' crisis team: "is there a crisis team for adults in southport".
    String.raw`crisis (?:teams?|lines?|services?) for adults|adult (?:mental health )?crisis (?:teams?|lines?|services?)`,
    // "power cut"
    String.raw`power cuts?`,
    // "is it safe to swim at Crosby beach"
    String.raw`safe to (?:swim|paddle|sunbathe|fly|travel|drive|eat (?:raw|sushi|shellfish|eggs))`,
    // a household or office mishap: "crisis in the home - washing machine flooded the kitchen", "crisis: the printers jammed again"
    String.raw`(?<!\bin )crisis\b(?=.*\b(?:flood\w*|leak\w*|boilers?|washing machines?|burst pipes?|dishwashers?|fridges?|freezers?|broken down|broke down|breakdown (?:cover|recovery|service|line|company)|mot|printers?|photocopiers?|laptops?|projectors?|wi ?fi|kettle)\b)`,
    // The same told the other way round, or as a home without heat: "my boilers packed in ... its a crisis with no heating".
    // Or a car broken down: "my lease car broke down on the m57, whats the breakdown crisis line".
    String.raw`(?<=\b(?:flood\w*|leak\w*|boilers?|washing machines?|burst pipes?|fridges?|freezers?|printers?|laptops?|heatings?|broke down|broken down|breakdown)\b.*)(?<!\bin )crisis\b`,
    String.raw`crisis with no (?:heating|heat|hot water|gas|electric|electricity|power|wi ?fi)`,
    // The charity by name, food kept safe, an event's risk assessment: "what does the charity crisis do for homeless adults",
    // "safe temperature for storing donated chilled food", "risk assess a bouncy castle for the church fun day"
    String.raw`(?:the )?charity crisis|crisis (?:the )?charity|crisis (?:do|does|help|helps|offer|offers) (?:for )?(?:homeless|rough sleepers?)|crisis (?:uk|skylight)`,
    String.raw`safe (?:temperatures?|storage|to (?:store|freeze|reheat))|food (?:safety|hygiene)`,
    String.raw`risk assess\w* (?:a |the |our )?(?:\w+ ){0,3}(?:bouncy castles?|fun days?|fetes?|bbqs?|barbecues?|discos?|venues?|halls?|minibus(?:es)?)`,
    // "a crisis loan"
    String.raw`crisis (?:loans?|funds?|grants?|payments?|support scheme)`,
    // a body's crisis of another kind: "sickle cell crisis"
    String.raw`(?:sickle cell|sickle|addisonian|adrenal|thyroid|hypertensive|myasthenic) crisis`,
    // an emergency vehicle or exit
    String.raw`emergency (?:vehicles?|exits?|lighting|lights)`,
    // a crisis of money or institutions: "the NHS budget crisis"
    String.raw`(?:cost of living|housing|budget|funding|financial|energy|climate|staffing|recruitment|economic|nhs) crisis`,
    // "crisis in housing", "a crisis in FE funding", "is there a crisis in the UK housing market"
    String.raw`crisis (?:in|of) (?:the )?(?:(?:fe|he|school|college|university|uni|council|sector|social care|uk|british|global|world) )?(?:nhs|budgets?|funding|housing|economy|staffing|recruitment|energy|markets?)`,
    // A team short of staff: "crisis in my team, two social workers off sick, how do I raise staffing with HR?"
    String.raw`crisis in (?:my|our|the) (?:\w+ )?(?:team|service|department|office)\b(?=.*\b(?:staffing|hr|off sick|sickness|vacanc\w*|rota|recruit\w*|agency (?:staff|cover))\b)`,
    // "my back is killing me", "my back's been killing me"
    String.raw`(?:is|are|s|been|keeps) killing me`,
    // a body part, the verb dropped: "my hips killing me after nights", "my own back's killing me" ("backs" once the
    // apostrophe goes)
    String.raw`(?:(?:back|hip|knee|neck|shoulder|leg|head|tooth)s?|feet|teeth) (?:is |are )?killing me`,
    // "killing it"
    String.raw`killing it`,
    // "dying for a brew"
    String.raw`dying (?:for|to) (?:a|an|some|see|know|go|get)`,
    // "cut down", "cut costs"
    String.raw`cut(?:ting)? (?:down|back|costs?|off the)`,
    // "haircut", or hair cut: "do i need consent from the social worker to cut my foster child's hair"
    String.raw`hair ?cut\w*`,
    String.raw`cut(?:ting)? (?:my |her |his |their |the )?(?:\w+ ){0,3}hair`,
    // "shortcut"
    String.raw`short ?cut\w*`,
    // "what should we cut"
    String.raw`what (?:should|do|can|could) (?:we|i) cut`,
    // money asked for in a hurry: "who at the agency do i ring for emergency funding"
    String.raw`emergency (?:funding|funds?|money|cash|grants?|payments?|loans?)`,
    // a trade called out: "emergency plumber"
    String.raw`emergency (?:plumber|electrician|locksmith|repairs?|dentist|vet|boiler|call ?outs?)`,
    // a kind of placement made at short notice: "how do i order nappies for an emergency baby placement"
    String.raw`emergency (?:\w+ )?(?:placements?|beds?|respite|foster carers?|fostering)`,
    // a risk assessed for a trip or a building, not a child
    // Or a task at work: "how do I do a manual handling risk assessment".
    String.raw`(?:fire(?: safety)?|trip|outing|event|activity|lone working|premises|building|office|health and safety|manual handling|moving and handling|lifting|hoist(?:ing)?|coshh|display screen|dse|workstation|new and expectant mothers?|pregnancy|vehicle|driving) risk assessments?`,
    // "risk assessment template for a school trip to the zoo"
    // Or for play at home: "risk assessment template for a trampoline in a foster home".
    // Or for getting about: "risk assessment template for a young person riding an e-scooter".
    // Or a child named on the way: "risk assessment for a child in care going on a school ski trip".
    String.raw`risk assessments? (?:\w+ ){0,10}(?:trip|outing|zoo|visit|event|activity|premises|building|office|trampoline|bouncy castle|paddling pool|hot tub|pond|pet|dog|bike|play equipment|e ?scooter|scooter|skateboard|moped|motorbike|horse riding|driving lesson)s?`,
  ].join('|')})\b`,
  'g',
);

export function hasCrisisWord(q: Question | string): boolean {
  return CRISIS_WORD.test(questionOf(q).cleaned.replace(SAYINGS, ' '));
}
