/**
 * Shared by the kinds of situation of the broad emergency detector (../danger.ts): the body telling you
 * something is wrong now, said of a person and not of a team or a service.
 */

import { alt, S } from './fragments';

/**
 * A game, laughed at: "pretending to be a zombie in the back of the car, 'going blue' and 'not breathing', he thought it was
 * hilarious" (not when feared to be real: "we thought he was pretending but hes not breathing").
 */
export const pretendGame = S`^(?!.*\b(?:thought|think|thinking) (?:he|she|they) (?:was|were|is|are) pretending\b)(?=.*\b(?:hilarious|funny|laughing|a joke|messing about|mucking about|a game|(?:his|her|their) games)\b).*\bpretending to be\b`;

/** A team or a service, which can be "not responding" without anyone collapsing: "host lac team not responding". */
export const organisation = alt(
  'team',
  'service',
  'office',
  'department',
  'duty desk',
  'council',
  'authority',
  'la',
  'camhs',
  'surgery',
  'provider',
  'agency',
  'emails?',
  // Or someone whose job it is: "escalation if social worker not responding".
  'social worker',
  'sw',
  'iro',
  'gp',
);
/**
 * A fit, not one for clothes, glasses or a building: "fitting on the floor" (not "a dress fitting for prom", "a fitting at the
 * opticians", "an anti ligature fitting in the bathrooms", "he was 'fitting' - i mean his new school uniform", "fitting new carpets today").
 */
export const seizureFitting = S`(?<!\b${alt('dress', 'suit', 'uniform', 'shoe', 'shoes', 'bra', 'glasses', 'kit', 'prom', 'wedding', 'a', 'light', 'carpet', 'kitchen', 'bathroom', 'ligature', 'lamp', 'door', 'window', 'boiler', 'pipe', 'ceiling', 'curtain', 'shower')} )fitting(?! ${alt('appointment', 'room', S`for ${alt('prom', 'a dress', 'a suit', 'glasses', 'new glasses', 'a uniform', 'school uniform')}`, S`(?:(?:a|the|some|new|the new) )+${alt('carpets?', 'blinds', 'kitchen', 'flooring', 'boiler', 'windows?', 'doors?', 'curtains?', 'lights?', 'shelves', 'wardrobe', 'bathroom', 'cupboards?', 'tiles', 'smoke alarms?', 'radiators?')}`)}\b)(?!(?: \w+){0,2} i mean\b)`;
/** A machine, which can stop responding too: "the app has stopped responding", "teams isnt responding". */
const machine = alt(
  'app',
  'system',
  'website',
  'site',
  'page',
  'portal',
  'bot',
  'laptop',
  'computer',
  'pc',
  'screen',
  'teams',
  'server',
  'printer',
  'ipad',
  'tablet',
  'device',
  'link',
);
/** Said of a person, not of a team, a service or a machine. */
export const ofPerson = S`(?<!\b${alt(organisation, machine)}s? (?:is |are |s |has |has been |have been )?(?:still |just )?)`;
/** The body telling you something is wrong now. */
export const bodySign = alt(
  'grey',
  'gray',
  'blue lips',
  'lips (?:are |have gone )?blue',
  'turning blue',
  'gone blue',
  'floppy',
  'limp',
  'hard to (?:rouse|wake)',
  'cant (?:rouse|wake)',
  'wont wake',
  'barely awake',
  // Drifting off as she talks: "keeps falling asleep mid sentence after ?xanax".
  'falling asleep (?:mid|in the middle of|while|whilst) (?:a )?(?:sentence|talking|conversation|speaking)',
  'cant stay awake',
  'nodding off',
  'drowsy',
  'slurring',
  'eyes (?:keep )?rolling',
  'shaking',
  'being sick',
  'vomiting',
  'sick everywhere',
  // (Not upset: "hes choked about not making the county team".)
  'choked(?! (?:about|over|that|up|when|because)\\b)',
  'choking',
  'burning up',
  'hallucinating',
  'hearts? (?:is )?(?:going|racing|pounding|beating)',
  'roasting',
  'out cold',
  'been sick',
  'boiling',
  'cant stand',
  'breathing (?:is )?(?:really |very |dead )?(?:slow|shallow|funny|weird|strange|noisy)',
  'not breathing properly',
  S`(?:having |has |got )?(?:trouble|difficulty|struggling) (?:with )?breathing`,
  seizureFitting,
  S`(?:having|keep having|keeps having) (?:fits|seizures)(?! when\b)`,
  'off (?:her|his|their) face',
  'out of it',
  'unconscious',
  'unresponsive',
  'dozy',
  'dizzy',
  'not making sense',
  'confused',
  'disorient(?:at)?ed',
  // "hes a funny colour"
  S`(?:hes|shes|theyre|he is|she is|they are|(?:hes|shes|theyve) (?:gone|going|turned|turning)|(?:face|lips) (?:is|are|has gone|have gone)) (?:a )?(?:funny|strange|weird|odd|horrible|awful) colou?r`,
  'pupils',
  'sweating',
  'overheating',
  'sweatin',
  'cant feel',
  S`(?:pass|passing|passed) out`,
  'throwing up',
  'talking to the wall',
  'purple',
  'twitching',
  'jerking',
  'cold and shaky',
  'clammy',
  S`temperature (?:through the roof|sky high|really high|very high)`,
  'jaw clench\\w*',
  'not answering (?:me )?properly',
  'fell down',
  'collapsed',
  'collapsing',
  'keeps fainting',
  'sleepy',
  'sore and red',
  'hot to touch',
  'gonna pass out',
  // (Not "but not right now", which is only not at the moment.)
  'not right(?! now\\b)',
  'weird',
  'stiff neck',
  'neck (?:is )?stiff',
  S`bugs (?:are )?(?:crawling|all over|on)`,
  S`feel(?:s|ing)? (?:really |very |a bit )?(?:funny|weird|strange|odd|rough|off)`,
  S`(?:wont|isnt|not) respond(?:ing)?`,
  // "barely responding when we shout her", "not really with it"
  S`barely (?:responding|conscious|awake|with it)`,
  S`not (?:really )?with it`,
  S`not waking(?: up)?`,
  S`having (?:like )?a (?:fit|seizure)`,
  S`chest (?:hurts|is hurting|pains?)`,
  // "crushing chest pain, cant get her breath"
  S`cant (?:get|catch) (?:her|his|their|my) breath`,
  // "grey and sweaty and clutching his chest"
  S`clutching (?:her|his|their|my) (?:chest|heart)`,
  'seeing things',
  // Sight going: "been sick loads and now cant see properly" (not without her glasses).
  S`(?:cant see (?:properly|straight|anything|clearly)|(?:blurred|blurry|double) vision|vision (?:is |has )?(?:gone |going )?(?:blurry|blurred|funny|weird))` +
    S`(?!.*\b(?:in the dark|from the back)\b)`,
  S`${ofPerson}(?:isnt|not|aint|stopped) (?:moving|responding)(?! (?:placement|placements|house|home|school|schools|on|forward|in|out))`,
);
