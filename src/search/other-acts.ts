import { wholeWords } from './whole-words';

/**
 * A section of another act, or that act's own process, even for a child: "section 117 of the
 * Equality Act", "section 11 of the Children Act 2004 audit", "section 17 child in need plan
 * review frequency". The toolkit's sections are the Mental Health Act's.
 */
const ANOTHER_ACT = wholeWords([
  // With or without "of the", and its year: "section 136 Licensing Act", "s8 misuse of drugs act 1971".
  // Or "in the": "is there a section 117 in the Housing Act".
  '(?:section|s) ?\\d+\\w? (?:(?:of|in) (?:the )?)?(?:equality|human rights|children|housing|education|road traffic|licensing|data protection|employment rights|children and families|police and criminal evidence|misuse of drugs|crime and disorder|anti social behaviour crime and policing|children and social work|highways|modern slavery|public order|sexual offences|theft|immigration|criminal justice|offences against the person) act',
  '(?:section|s) ?\\d+\\w? pace',
  // A police search: "police want to do a section 18 search at the placement".
  '(?:section|s) ?(?:18|32) search',
  '(?:section|s) ?11 (?:of the children act|audits?|duty)',
  'children act 2004',
  '(?:section|s) ?17 (?:child in need|cin|money|monies|funding|payments?|budget|spend)',
  // Accommodation by agreement: "section 20, can mum withdraw consent to accommodation"
  '(?:section|s) ?20 (?:\\S+ ){0,8}(?:accommodation|accommodated)',
  // Or told of as social care tells it: "what is section 20, the social worker said the kids are on it".
  '(?:section|s) ?20 (?:\\S+ ){0,8}(?:social worker|sw|voluntary|parental consent|agreement|are on it|is on it)',
  'child in need (?:plan|review|meeting)s? (?:\\S+ ){0,2}(?:frequency|how often|timescales?)',
  // A planning obligation, the Town and Country Planning Act's: "whats section 106 funding for new housing developments".
  '(?:section|s) ?106 (?:\\S+ ){0,2}(?:funding|funds?|money|monies|agreements?|contributions?|obligations?|planning|developers?|housing)',
]);

/** Unless the message is about a child's mental health too: "s17 child in need plan, she's self-harming, which camhs". */
const MENTAL_HEALTH_TOO =
  /\b(?:mental|self ?harm\w*|suicid\w*|anxi\w*|depress\w*|camhs|therap\w*|counsell\w*|trauma\w*|psychos\w*|eating|wellbeing|emotional)\b/;

export function aboutAnotherAct(cleaned: string): boolean {
  return ANOTHER_ACT.test(cleaned) && !MENTAL_HEALTH_TOO.test(cleaned);
}
