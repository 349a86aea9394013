/** Another field's things of work and the office (./other-field-words.ts): staff, papers, pay, the building, Teams itself. */
export const workAndOffice: string[] = [
  // Staff smoking, not a child's substance use: "can staff smoke on site", "where is the smoking shelter".
  '(?:smoke|smoking|vape|vaping) on (?:site|the premises|the grounds)',
  'smoking (?:shelter|area|breaks?)',
  // Cleaning a thing, not caring for a child: "how do i get sick off a mattress".
  'get (?:sick|vomit|wee|urine|poo|blood|stains?|pen|slime|chewing gum) (?:off|out of) (?:a |the |her |his |their |my )?(?:mattress|carpet|sofa|settee|rug|duvet|couch|clothes|uniform)',
  'stain removal',
  // A teaching target, not a child's mind: "how do i write a pep target for maths".
  '(?:pep|iep|ehcp|smart) targets? (?:for|in) (?:maths|english|reading|writing|spelling|phonics|science|handwriting|times tables)',
  'probation period',
  'cv',
  'grievance',
  // Not "induction pack": staff ask for the toolkit's own subjects for one ("warning signs of cce for the induction pack").
  'induction (?:timetable|checklist|paperwork|dates?)',
  'it ticket',
  'laptops?',
  'printer',
  'wi ?fi',
  'password',
  'pay ?slip',
  'payroll',
  'annual leave',
  '(?:maternity|paternity|parental|adoption|shared parental) (?:leave|pay)',
  'expenses',
  'mileage',
  '(?:meal|eating out|subsistence|sleep ?in) allowances?',
  '(?:budget|funding) (?:crisis|cuts?|pressures?|savings)',
  '(?:rewrite|reword|proofread) (?:this|my|an|the) (?:email|letter)',
  // The road, not a child running into it: "is the M57 busy this morning"
  '(?:m\\d{1,2}|a\\d{2,4}) (?:busy|traffic|closed|roadworks)',
  'traffic (?:jam|report|news|update)s?',
  // Asked of a road: "whats the traffic like on the m57 this afternoon".
  '(?:traffic|roadworks|road closures?) (?:like )?(?:on|along) (?:the )?(?:m\\d{1,2}|a\\d{2,4}|motorway|bypass|dock road|east lancs)',
  'rotas?',
  'recruitment',
  // Staffing, not a child's crisis: "staffing crisis this weekend, have you got any agency numbers".
  'staffing (?:crisis|levels?|shortages?)',
  'agency (?:numbers|staff numbers|cover)',
  'staff (?:shortages?|sickness cover)',
  // Papers and allegations against staff, not a child's mind: "confidential waste collection for old case files",
  // "lado referral about a teachers conduct"
  'confidential waste',
  'shredd(?:ing|er)',
  'lado',
  // An immigration process: "age assessment process for an unaccompanied asylum seeker"
  'age assessments?',
  // The building's own upkeep: "the fire alarm keeps going off when we make toast, who services it"
  '(?:services?|serviced|servicing|tests?|testing|maintains?) (?:the |our )?(?:fire|smoke) alarms?',
  '(?:fire|smoke) alarms? (?:\\S+ ){0,12}(?:service|services|serviced|servicing|engineer|contractor|maintenance|tested|testing)',
  // Training booked for staff, not the levels of need: "where do I book safeguarding level 3 training"
  'level [1-4] (?:safeguarding )?training',
  'parking',
  'pension',
  'timesheet',
  'pay scale',
  // A role's pay: "whats the hourly rate for a level 3 ta"
  'hourly rates?',
  // A worker's own load: "whats the maximum caseload for a personal adviser"
  '(?:maximum |max )?caseload (?:sizes?|limits?|numbers?|weighting)|maximum caseload',
  'salary',
  'pay rise',
  '(?:holiday|sick) pay',
  'certificate',
  'spreadsheet',
  'adobe',
  '(?:redact|redacting|redaction of) (?:a |the )?bundles?',
  // The council's officers by title: "who is the director of childrens services in sefton".
  '(?:who is|whos|who s) (?:the )?(?:director|dcs|chief executive|lead member|mayor|council leader)',
  'excel',
  'outlook',
  // Teams itself, not the team around a child: "how do I delete a teams chat"
  'teams (?:chat|chats|channel|channels|meeting|meetings|call|calls|status|notifications?|background)',
  'blur (?:my |the )?background',
  '(?:register(?:ing)? (?:a|the) (?:birth|death)|(?:birth|death) certificate)',
  // The office's own money and upkeep: "petty cash reconciliation", "do i need a tv licence for the lounge",
  // "maintenance have ignored three jobs", "controlled drugs register audit requirements"
  'petty cash',
  'tv licen[cs]e',
  'maintenance (?:have|has|team|jobs?|requests?|department)',
  'controlled drugs? register',
  // The asker's own return to work: "off sick with stress, how does the phased return policy work"
  'phased return',
  // A caseload tool's flags, a match: "how do i clear the flag on our caseload tool", "whats the football score"
  'clear (?:the|a|this) flag',
  '(?:football|match) scores?',
  'whats the score',
  'neighbours? (?:noise|parking|hedge|fence)',
];
