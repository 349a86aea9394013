/**
 * What silences the urgent detectors (../urgent.ts): a message framed outright as no emergency (CALM_FRAME) or said
 * not to be real, and a figure of speech kept from the learned detector. Danger denied by the teller is ./calm/denied.ts.
 */

import { askedFrames, seenOrWordedFrames } from './calm/frames-asked';
import { practiceNamed } from './calm/frames-practice';
import { recordFrames } from './calm/frames-record';
import { childsTalkFrames } from './calm/frames-childs-talk';
import { NOTHING_TOLD_NOW } from './calm/nothing-told-now';
import { alt, S } from './urgent/fragments';

/**
 * Said outright not to be real, with nothing told as now; no quoted telling undoes it: "'carer reports 14yo has taken 12
 * paracetamol' ... not a real call" (but not "this is not a real case drill, wait, she has just taken 20 paracetamol").
 */
export const SAID_NOT_REAL = new RegExp(
  S`\bnot a real ${alt('call', 'case', 'child', 'kid', 'yp', 'young person', 'incident', 'emergency', 'situation')}\b${NOTHING_TOLD_NOW}` +
    // Or the teller's own words put right, the next turn of a chat: "sorry, wrong word - 'strangled' was the cats lead", "ha no, 'hes
    // gone blue' was about the face paint".
    S`|^(?:\S+ ){0,2}?${alt('sorry', 'no', 'ha no', 'ah no', 'oh no', 'correction', 'oops', 'my bad', 'ignore that', 'ah sorry', 'oh sorry', 'ahh sorry')}\b` +
    S`(?: \S+){0,12}? ${alt(S`meant ${alt('the', 'a', 'an', 'my', 'our', 'it as')}`, 'was about', 'wasnt clear', 'was not clear', 'wrong word', 'wasnt her', 'was a film', 'was talking about', 'were talking about', 'talking about a')}\b` +
    // (Its own quoted words may tell a danger as now, so only what follows them may undo it: a call for help, a now, a telling.)
    S`(?!.*\b${alt('now', 'right now', 'as we speak', '999', 'ambulance', 'police', 'help me', 'please help', 'shes', 'hes', 'theyre', 'theyve', 'she has', 'he has', 'they have', 'she is', 'he is', 'they are', 'took', 'taken', 'swallowed')}\b)`,
);

/**
 * Said outright to be no emergency: a hypothetical, a policy question or a debrief; material for teaching; a story
 * from the news about someone else; a reflection; or a risk worded for a plan. Nothing else silences every
 * detector, so each way is told narrowly.
 */
export const CALM_FRAME = new RegExp(
  [...askedFrames, ...recordFrames, ...childsTalkFrames, practiceNamed, ...seenOrWordedFrames].join('|'),
);

/**
 * A figure of speech the learned detector could read as danger ("she swallowed her pride and said sorry to her carer",
 * "bored to death"): read before the model only, so every rule still reads the message whole.
 */
export const FIGURE_OF_SPEECH = new RegExp(
  S`\b${alt(
    S`swallow(?:ed|ing|s)? (?:her|his|their|my|your|our) pride`,
    S`${alt('bored', 'scared', 'worried', 'frozen')} to death`,
    S`${alt('scream', 'screams', 'screaming', 'screamed', 'yelling', 'shouting', 'crying')} blue murder`,
    S`dying (?:to|for) ${alt('a', 'go', 'see', 'get', 'meet', 'know', 'tell', 'have')}`,
    S`dying of ${alt('boredom', 'embarrassment', 'laughter', 'shame', 'thirst', 'hunger')}`,
    // Out with friends: "shes just sent 'hanging out with the girls at the park'".
    S`hanging out with`,
    // A child's figures: "wanted the ground to swallow me", "got hammered at darts by my foster dad", "fake blood on my hoodie".
    S`ground to swallow (?:me|her|him|them|us)`,
    S`hammered (?:at|in) ${alt('darts', 'pool', 'fifa', 'chess', 'cards', 'monopoly', 'the quiz', 'the game', 'football', 'footy', 'tennis', 'ping pong', 'uno')}`,
    S`fake blood`,
    // A machine threatened: "hes going to 'kill' his playstation if it freezes again".
    S`kill (?:his|her|their|my|the) ${alt('playstation', 'ps\\d', 'xbox', 'switch', 'console', 'controller', 'phone', 'laptop', 'ipad', 'tablet', 'telly', 'tv', 'wifi', 'router', 'printer', 'computer', 'pc')}`,
  )}\b`,
);
