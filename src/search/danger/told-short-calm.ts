/**
 * What makes a short message calm (./told-short.ts): kept apart from the words of danger in ./told-short-words.ts, so each
 * list stays one a clinician can read.
 */

import { alt, S } from './fragments';

/**
 * Calm words that stand aside when the danger's own words are beside them: a plan made, not a plan written; a heart or breath
 * stopped, not a bleed; a child who does not know where they are, not a question; hair pulled out, not a haircut.
 *
 * | calm word | calm ("...") | stands aside for |
 * | --- | --- | --- |
 * | plan, planning | "safety plan", "planning meeting" | "has a plan", "planning tonight", "planning to do it" |
 * | stopped | "bleeding stopped" | "heart stopped", "breathing stopped", "stopped moving" |
 * | where | "where do i refer" | "dont know where i am" |
 * | hair | "hair dye", "cut her hair" | "pulled her hair out" |
 */
const plan = S`(?<!\b(?:has|got|made|have|with) (?:a |the )?)plan|planning(?! (?:tonight|today|it|to (?:do it|end it|kill|die|jump|hang|take)))`;
const stopped = S`(?<!\b(?:heart|hearts|heartbeat|breathing|breath|pulse) (?:has |had |just )?)stopped(?! (?:breathing|moving|responding))`;
const where = S`(?<!\b(?:dont|don t|do not|doesnt|dunno|no idea) (?:know )?)where`;
const hair = S`(?<!\bpull(?:ed|ing|s)? (?:(?:out )?(?:her|his|their|my|own) (?:own )?)?)hair`;

/**
 * What makes a short message calm: told as past or over, habitual, in jest or fiction, asked as a question, planned or
 * trained for, or a harmless use of the word. A short telling carries none of these.
 */
export const calmShort = alt(
  S`yesterday|yday|yest|last (?:night|week|wk|month|year|yr|time|term)|(?<!\b(?:\d+|ten|twenty|thirty) ?(?:mins?|minutes|hours?|hrs?) )ago|earlier|was|were(?! (?:behind|hiding|locked|trapped|stuck|scared|terrified|barricaded))|used to|once|previous(?:ly)?|history`,
  S`(?:ok|okay|fine|safe|home|back|down|calm|asleep|settled) now|now (?:ok|fine|safe|home|back|calm|asleep|settled)|sorted|found(?! (?:hanging|unconscious|unresponsive|not breathing|collapsed|in the|with|eating|drinking|chewing|licking|swallowing|(?:a )?needle))|returned`,
  S`every ?(?:day|night|nite|time|week)|evry ?(?:day|nite|night)|keeps?(?! (?:her|him|them) in)|always|allways|alwase`,
  S`lol|haha|lmao|joking|jk|film|movie|game|fortnite|gta|tv|episode|book|(?<!\bon (?:(?:her|his|their|the|my) )?)story|series|drama|show|news|nerf|toy|paintball`,
  S`water (?:gun|pistol)|glue gun|cap gun|diy|crime|workshop|skills|cookery|awareness|left(?! (?:a )?note| here)`,
  S`no harm|not(?! breathing| responding| waking| answering| moving| getting up)|never|didnt|wasnt|no(?! answer| response| pulse| sign| inhaler| epipen| pen)|training|course|session|policy|${plan}`,
  S`risk assessment|referral|report|form|meeting|review|audit|drill|tomorrow|tmrw|later|next(?! door)|worried|worry`,
  S`washing|cutters?|collects?|collecting|collection|pocket|(?<!with a )fork|food|fringe|${hair}|grass|nails|paper|cake|veg|${stopped}|shaving|bringing|tech`,
  S`period|headache|prescribed|hay fever|in art|art (?:class|lesson)`,
  S`what|whats|how|why|when|${where}|who|which|should|could|would|can i|do i|do we|advice|tips|signs|meaning|means|definition|risk of`,
);
