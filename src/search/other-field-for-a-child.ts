import { wholeWords } from './whole-words';

/**
 * Things of another field even when a child is named: a carer's money and papers are not the
 * child's mental health ("how much is the fostering allowance for a 12 year old").
 */
export const OTHER_FIELD_EVEN_FOR_A_CHILD = wholeWords([
  '(?:fostering|foster carers?|carers?|special guardianship|kinship|holiday) allowances?',
  'allowance rates?',
  'child benefit',
  'passports?',
  // What a placement costs a council: "residential placement bed cost per week from a private provider"
  '(?:costs?|price|fees?) per (?:week|night|day|bed)',
  // Film and game ratings: "is suicide squad ok for a 12 year old, its a 15"
  // Things for a placement's home, not the child's mind: "a cheap second hand cot for a new placement"
  '(?:second hand|cheap|secondhand) (?:cots?|prams?|buggy|buggies|car seats?|high chairs?|bunk beds?|furniture)',
  'age ratings?',
  'pegi',
  // A child's jabs, not their mind: "what jabs should a 14 year old have had by now"
  '(?:what|which) (?:jabs|vaccinations|immunisations)',
  '(?:vaccination|immunisation) schedule',
  '(?:rated|its an?) (?:pg|12a?|15|18)(?! (?:minutes?|mins?|years?|yrs?|hours?|weeks?|days?|miles?|pounds?))',
  'become a practice educator',
  // A court's sentences, a club's trials, a body's growth: "sentencing range for possession with intent for a 17 year old",
  // "everton youth academy trials, one of our lads wants to go", "height and weight centile chart for a 10 year old girl"
  'sentencing (?:range|guidelines?)',
  // School admissions, not a pupil's mind: "how many gcses does a child need to get into sixth form".
  'how many gcses',
  '(?:sixth form|college|university|uni) (?:entry|entrance) requirements?',
  // Time off in lieu, even for a child's meeting: "toil for the cla review that overran"
  'toil',
  'academy trials?',
  '(?:centile|growth) charts?',
  'nose ?bleeds?',
  // Head lice: "foster child has nits, whats safe to use on a 3 year old".
  '(?:has|have|got|with|for|treating|treat|of) (?:\\S+ )?(?:nits|head ?lice)',
  'nit (?:combs?|treatments?|lotions?|shampoos?)',
  // Youth justice and police kit, a school's money, a language: "YP's electronic tag keeps going off", "collecting a young
  // person's phone from the police property store", "how do you say 'are you hungry' in Pashto".
  'electronic tags?',
  // A carer's household and papers, a child's hair: "4C hair, what products and routine", "a clothing grant for an emergency placement",
  // "planning permission to turn the garage into a bedroom", "does the agency pay my excess", "a bigger car, three placements now".
  '(?:hair (?:products?|care|routine)|4c hair)',
  'clothing (?:grants?|allowances?)',
  // Glasses, an escort's travel, school transport, a safe space bed, the case system: "who pays for glasses for a child in care".
  '(?:pays?|paying|funds?|funding) (?:\\S+ )?(?:for )?(?:the )?(?:glasses|escorts? travel|school transport|school taxis?)',
  'safe space beds?',
  'mosaic',
  'planning permission',
  '(?:pay|paying|cover|covers) (?:my |the )?(?:insurance )?excess',
  'bigger car',
  // Other processes and their forms: "DASH risk checklist, what score goes to MARAC", "strategy meeting minutes template with the CRIS
  // number", "in-year admissions", "disputing an Ofsted judgement".
  'dash (?:risk )?(?:checklist|score|form)',
  'marac',
  'cris (?:number|ref\\w*)',
  'minutes templates?',
  'in ?year admissions?',
  'ofsted (?:judgements?|grades?|gradings?|ratings?)',
  // A school's own rules and inspection, the asker's own assessment, a social worker's own training year, a pupil's careers:
  // "Ofsted section 5 inspection criteria", "rules on keeping pupils for an after-school detention", "is vaping on site a
  // suspension offence", "I think I might have ADHD myself, how long is the adult assessment wait", "how many hours supervision
  // should a newly qualified social worker get", "arrange a work experience placement for a year 10".
  'ofsted (?:section 5|s5|inspections? (?:criteria|framework|handbook)|(?:education )?inspection framework)',
  '(?:rules|notice|law|legal|allowed)(?: \\S+){0,5} (?:an? )?(?:after ?school|lunchtime|saturday) detentions?',
  'suspension offences?',
  'vaping on (?:site|school premises|the premises)',
  '(?:adhd|autism|asd|dyslexia|dyspraxia) myself',
  'the adult (?:adhd |autism |asd )?assessment',
  '(?:hours|how often|how much|frequency)(?: of)? supervision (?:\\S+ ){0,4}(?:nqsws?|newly qualified)',
  '(?:arrange|arranging|organise|organising|set up|find|finding) (?:a |her |his |their )?work experience',
  // A toddler's development review, a bedroom shared: "how often should a 2 year old have a development review from the health
  // visitor", "can her own child share a bedroom with a foster child".
  '(?:development|developmental) (?:reviews?|checks?)',
  '(?:share|sharing) a bedroom',
  'bedroom sharing',
  'property store',
  'in (?:pashto|arabic|farsi|dari|kurdish|sorani|tigrinya|amharic|albanian|vietnamese|urdu|polish|romanian|french|spanish)$',
  'sprained (?:ankle|wrist)',
  // Acute medicine's own protocols and equipment, for any patient: "pews escalation thresholds", "dka fluid protocol",
  // "sharps bin disposal", "caesarean category timings", an adult's continuing healthcare checklist.
  'pews(?: scores?| escalation| charts?| thresholds?)?',
  '(?:dka|diabetic ketoacidosis) (?:fluids?|protocols?|pathway|guidelines?)',
  'sharps bins?',
  'caesarean',
  'adult continuing (?:health ?care|care)',
  // Physical medicine's own questions, whoever the patient: "nice bronchiolitis admission criteria", "weaning advice for a 6 month old
  // in foster care", "raised lfts on a statin", "request a blood lead level on a toddler".
  'bronchiolitis',
  'weaning',
  'lfts',
  'liver function tests?',
  'statins?',
  'blood lead',
  'lead levels?',
  // A clause of some other document, not the Act: "section 4 of our practice contract, what does it say about home visits".
  '(?:section|clause|s) ?\\d+ of (?:our|the|my|his|her|their|a) (?:\\S+ )?(?:contract|lease|tenancy|agreement|handbook|terms|constitution)',
  // Where a sharps bin goes, a jab's place on a form: "which bin do sharps go in", "which section of the IHA form do immunisations go in".
  '(?:which|what) bins? (?:do |does |for )?sharps',
  '(?:immunisations?|vaccinations?|jabs) (?:go|goes|recorded|record|history|status)\\b(?! (?:\\S+ ){0,6}(?:anxi\\w*|phobia|needle phobia|scared|fear))',
  // Policing and youth justice's own processes, even for a child: "how long can a juvenile be held before charge under PACE",
  // "youth conditional caution conditions", "NRM conclusive grounds decision", "when does a DTO get reviewed for early release",
  // "knife crime stats for Merseyside".
  'before charge',
  '(?:pace|custody|detention) clock',
  '(?:youth )?conditional cautions?',
  'conclusive grounds',
  'reasonable grounds decisions? (?:\\S+ ){0,3}(?:take|takes|timescales?|how long)',
  'early release',
  '(?:knife|youth|violent) crime (?:stats|statistics|figures|data|rates?|numbers)',
  // A grandparent's own care: "who funds a care home place for a young person's nan".
  '(?:care|nursing) home (?:\\S+ ){0,6}(?:nans?|nanas?|grandads?|grans?|grandmas?|grannys?|grandparents?)',
  // Finding a bed for the night, not a child's mind: "placement finding, who do I ring for an emergency foster bed tonight".
  'placement finding',
  // "placement crisis, no beds anywhere for a 10 year old tonight, any agencies with vacancies".
  'placement crisis',
  '(?:agencies|agency|providers?|homes?) with vacanc(?:y|ies)',
  // A foster home's own equipment: "how do I risk assess a trampoline in a foster home".
  '(?:risk assess\\w*|risk assessments?) (?:for |of |on )?(?:a |the |our |my )?(?:trampolines?|paddling pools?|hot tubs?|swimming pools?|ponds?|bouncy castles?)',
  'emergency foster beds?',
  // Money in a hardship, not a mental health crisis: "where can a care leaver get an emergency crisis loan for gas and electric".
  'crisis loans?',
  '(?:emergency|hardship) (?:loans?|grants?|payments?|funds?)',
  'local welfare (?:assistance|provision|scheme)',
  // Family court's own analysis and costs: "a Re B-S analysis of the realistic options", "the ISW's report, split between parties".
  're b ?s',
  '(?:split|shared|divided) between (?:the )?parties',
  // The arrangements of a child's life in care, not their mind: "the court order says contact every other weekend, can I change the
  // days", "can a looked after kid go on a sleepover, who gives consent", "can the young person I host have his girlfriend to stay".
  '(?:court|contact|child arrangements) orders? (?:\\S+ ){0,10}(?:change|vary|swap|move) (?:the )?(?:days|dates|times|weekends?)',
  '(?:change|vary|swap|move) (?:the )?contact (?:days|dates|times|weekends?|arrangements)',
  '(?:sleepovers?|sleep overs?|stay overs?) (?:\\S+ ){0,8}(?:consent|permission|who decides|delegated authority)',
  'delegated authority',
  '(?:girlfriend|boyfriend|partner) (?:to )?(?:stay|stop) (?:over|the night)',
  '(?:landlord|tenancy|lease|mortgage)s? (?:\\S+ ){0,8}lodgers?',
  // Pupil premium plus asked as an amount: "how much pupil premium plus does the virtual school give per term".
  'how much (?:\\S+ ){0,2}pupil premium',
]);
