import { workAndOffice } from './other-field-work';
import { wholeWords } from './whole-words';

/**
 * Messages about another field that borrows this one's words ("section 5 on my MOT", "my dog has
 * separation anxiety", "gateway review for my probation period"): a thing of that field, and no
 * child or carer anywhere in the message. Checked on every tuning set: 1,103 out-of-scope messages
 * and no topical one or emergency (docs/decisions.md, rounds seventeen to thirty-two).
 */
export const OTHER_FIELD = wholeWords([
  // Cars and driving
  'mot',
  'theory test',
  'driving (?:test|lesson|lessons|licen[cs]e)',
  'car insurance',
  // A car's own service, not a child in a car: "my car's level 4 service cost"
  '(?:my|our|the|work|lease|pool) cars? (?:\\S+ ){0,3}(?:service|servicing|tyres?|engine|repairs?|battery|tax)',
  // A vehicle off the road: "the homes car has a flat, who do we ring", "minibus wont start".
  '(?:cars?|vans?|minibus(?:es)?) (?:has |have )?(?:got )?(?:a )?(?:flat|puncture|broken down|wont start|will not start)',
  'flat tyres?',
  // Or breaking down on the road: "is there a crisis number for when my car breaks down on the motorway".
  '(?:my|our|the) (?:cars?|vans?|minibus) (?:breaks|break|broke) down',
  'breakdown (?:cover|recovery|service)',
  'roadside (?:assistance|recovery)',
  // Home and money
  'leaseholders?',
  'service charge',
  'mortgage',
  'council tax',
  // An adult's housing: "how do i get emergency housing for a homeless adult".
  '(?:homeless|rough sleeping) adults?',
  // Utilities, not a child's crisis line: "whats the crisis line for my broadband provider".
  'broadband',
  '(?:internet|phone|mobile|energy|gas|electric(?:ity)?) (?:providers?|suppliers?|contracts?|bills?)',
  'boiler',
  'plumber',
  'electrician',
  'locksmith',
  '(?:burst pipes?|pipes? (?:has |have )?burst)',
  'vat',
  'invoice',
  'eviction',
  // Renting and homelessness law: "how much is the bond for a private let", "whats the duty to refer"
  'private lets?',
  'duty to refer',
  'tenancy',
  'planning (?:permissions?|applications?|contributions?)',
  'bin collection',
  // Not bins set alight: "setting the wheelie bins on fire"
  'bins(?!.*\\b(?:fire|smoke|alight|burn\\w*)\\b)',
  // The council tip: "what time does the tip in sefton shut"
  '(?:the|local) tip',
  'recycling centre',
  'broadband',
  'smart meter',
  'meter reading',
  // A flat's gas and electric, topped up: "emergency gas credit, the meter has run out"
  '(?:emergency |gas |electric |electricity )credit',
  '(?:prepayment|pre ?pay|key|card|gas|electric|electricity) meters?',
  'sat ?nav',
  // Getting to school, not a pupil's needs: "sen transport taxi hasnt turned up for the school run"
  '(?:school|sen|home to school) transport',
  'school run',
  'taxi fares?',
  'router',
  ...workAndOffice,
  // The asker's own health
  'blood pressure',
  'my own (?:gp|doctor|dentist|prescription)',
  'dentist',
  // The asker's own family and own diagnosis: "my husband wants to self refer for his anxiety"
  'my (?:husband|wife)',
  'adult (?:autism|adhd|asd|dyslexia) (?:diagnosis|assessment)',
  // The asker's own diet: "how many calories should I eat to lose weight"
  '(?:i|me) (?:\\S+ ){0,3}lose weight',
  // The calendar, not out of hours: "when is the next bank holiday"
  '(?:when is|next) (?:the )?(?:next )?bank holiday',
  '(?:daylight saving|clocks go (?:back|forward))',
  // Schools ranked, not a pupil's needs: "secondary school league tables sefton"
  'league tables?',
  // A school's own running: "lesson plan on the water cycle", "when do the KS2 SATs results come out", "CPD hours for NMC
  // revalidation", "capacity of the sports hall", "app for tracking reading levels", "academy trust ... governance", "a leak in the
  // science lab", "cover supervisors next week"
  'lesson plans?',
  // A hospital's own running, a car, a guest: "what pay band is a staff nurse", "ambulance handover delays", "lead placement for a
  // 12 lead ECG", "my car got clamped", "can my boyfriend stay over at my flat".
  'pay bands?',
  // A rota, a building, a college's own processes: "swap my sleep-in with a waking night", "the damp in bedroom 3", "UCAS reference",
  // "end point assessment on an apprenticeship", "change a students course from level 2 to level 3", "a trip to Chester Zoo".
  'swap (?:my |a |the )?(?:shifts?|sleep ?ins?|waking nights?|rota)',
  'damp',
  'ucas',
  'apprenticeships?',
  'end point assessments?',
  'change (?:a |her |his |their |my )?(?:students? )?course',
  'zoo',
  // Teams itself, a trip's paperwork: "a crisis channel full of spam, how do i leave it", "residential trip, a risk assessment template".
  'spam',
  'leave (?:a|the|this) (?:teams )?(?:channel|chat|group)',
  'trip(?: \\S+){0,6} risk assessment',
  // The asker's own hours: "can I ask HR about reducing hours".
  '(?:reduce|reducing|cut|cutting) (?:my )?hours',
  'handover delays?',
  'ecg',
  'clamped',
  'stay over',
  // A service's commissioning and inspection: "placement sufficiency strategy", "IFA framework prices", "ILACS, when were we last graded".
  'sufficiency (?:strategy|duty|plan)',
  'framework (?:prices?|rates?)',
  'ilacs',
  'sats',
  'revalidation',
  'cpd hours',
  'sports hall',
  'reading levels?',
  // Not a home's clinical governance.
  '(?<!clinical )governance',
  'academy trusts?',
  'leaks?',
  'cover supervisors?',
  'supply (?:teachers?|agenc(?:y|ies))',
  // Courses for adults
  'diploma',
  'nvq',
  'course fees',
  // Pets, sport and home life
  'dogs?',
  'puppy',
  'puppies',
  'cats?',
  'kitten',
  'pets?',
  'hamster',
  'fixtures',
  // A club's games, not a child's: "when are everton playing at home this month"
  '(?:everton|liverpool fc|lfc|efc|tranmere|southport fc) (?:playing|play|fixtures?|tickets?|games?|matches|match|kick off)',
  'home games?',
  // Entry to courses, asked of no child: "how many gcses do you need to get into college"
  'gcses? (?:do you need|needed|required|to get into)',
  'entry requirements?',
  'trampoline',
  'recipe',
  // A school's menu, not a child's eating: "whats on the school dinner menu this week"
  '(?:dinner|lunch|school dinner|school lunch) menus?',
  'gym',
]);
