/**
 * Suicide: a threat, a wish to die now, a plan, the means, a farewell, an attempt.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read and their order.
 */

import { goneQuiet } from '../danger/fragments-reach';
import { alt, anyOf, b, habitual, now, past, poss, S, saidWhen, self, toldOver, upTo, type Rule } from './fragments';

/** About to, or saying they will. */
const willSoon = alt(
  'going to',
  'gonna',
  'about to',
  'threatening to',
  'threatens to',
  'will',
  'll',
  'shell',
  'hell',
  'theyll',
  S`saying ${alt('she', 'he', 'they')} ${alt('will', 'll')}`,
);
/** Someone else a child may threaten to kill. */
const victim = alt(
  'him',
  'her',
  'them',
  'someone',
  'staff',
  S`${alt('her', 'his', 'their', 'the')} ${alt('carer', 'foster carer', 'mum', 'dad', 'teacher')}`,
);
/** What a threat says they will do. */
const threatened = alt(
  S`kill ${self}`,
  'jump',
  'jump off',
  'stab',
  S`kill ${victim}`,
  S`hang ${self}`,
  'overdose',
  'end it',
  S`end ${poss} life`,
  S`take ${poss} (?:own )?life`,
  'do it again',
);
/** A plan said to be thought through: "a detailed plan". */
const planKind = alt('detailed', 'clear', 'specific', 'definite', 'concrete', 'firm', 'worked out', 'proper', 'real');
/** The means to end a life. */
const means = alt('tablets', 'pills', 'meds', 'knife', 'knives', 'rope', 'ligature', 'blades?');
// A goodbye with thanks, or written in life story work, is not a farewell; but thanks "for trying", or "its not
// your fault", are the words of one: "sent me a goodbye message, thanks for trying, its not your fault".
const fondFarewell = new RegExp(S`^(?!.*\b(?:thanks for trying|not (?:your|ur) fault)\b).*\b${alt('thank you', 'thanks', 'life story')}\b`);
/** The last words of a message: "bye", "love you", "sorry for everything" (not "sorry" alone, said after a row). */
const farewell = alt(
  'bye',
  'goodbye',
  'love you(?: all)?',
  'ily',
  S`sorry for ${alt('everything', 'all of it', 'all this')}`,
  'forgive me',
);

/** A farewell that says when they will be back: "love you sorry im late", "bye see you later". */
const ordinaryBye = alt('late', 'home soon', 'back soon', 'see you', 'see ya', 'later', 'tomorrow', 'in a bit', 'tonight');

/** Each rule with an example it catches; ../urgent.ts sets the order they are tried in. */
export const intentToDieRules: Rule[] = [
  // "hes threatening to jump", "says shell kill her foster carer"
  {
    name: 'threat',
    when: new RegExp(S`\b${willSoon}\b${upTo(2)} ${threatened}\b`),
    // "what if she says she'll kill herself" asks about a threat, it does not report one.
    // Told as over: "last month a teenager was threatening to jump from the window, shes safe now".
    unless: anyOf(
      toldOver.source,
      b(
        alt(
          S`what (?:do|should) (?:i|we) do if`,
          // "planning a session for carers on what to do if a child runs off threatening to kill themselves"
          S`what to do (?:if|when)`,
          'what if',
          S`if ${alt('she', 'he', 'they', 'a yp', 'a child', 'a young person')} ${alt('says', 'said', 'threatens')}`,
          // "she will jump at the chance"
          S`jump at`,
          // Said over days as a threat to get something, with nothing done: a worry to plan for.
          S`(?:said|says|saying) it (?:a few|a couple of|several|many|\d+|lots of) times`,
          S`no attempts?`,
          // A threat that led to what followed: "detained on a 136 after threatening to jump, now released".
          S`(?:after|following) (?:threatening|threats?)`,
          // "how to respond when a child threatens to kill himself whenever hes told no"
          S`how (?:to|do i|do we|should i|should we) (?:respond|react|handle|deal with)`,
        ),
      ).source,
    ),
  },
  // "she wants to die right now"
  {
    name: 'wants-to-die-now',
    when: anyOf(
      S`\b${alt('wants? to', 'want to', 'wanting to', 'going to', 'trying to')} ${alt('die', S`kill ${self}`, 'end it')}\b.*\b${now}\b`,
      S`\b${now}\b.*\b${alt('wants? to', 'trying to')} ${alt('die', S`kill ${self}`)}\b`,
    ),
    // "wants to die her hair blue" is dye, misspelt; "not in danger right now" says so.
    // "i didnt want to die, i just wanted it to stop"; "she is safe now and with me" (ideation, told after).
    // Or the wish dated, or told as over: "a boy who said 'i want to kill myself' three months ago, what should follow up look like now".
    unless: anyOf(
      S`\bdie (?:her|his|their|my) hair\b|\b(?:isnt|is not|not) in (?:any )?(?:immediate )?danger\b|\bnow settled\b.*\bno plan\b|\bdidnt want to die\b|\bsafe now\b`,
      S`\bnot (?:saying|said|says) (?:that )?(?:she|he|they|shes|hes)? ?wants? to\b`,
      // (Not a wish now beside an attempt before: "wants to kill herself tonight, last year she tried".)
      S`\b${alt('die', S`kill ${self}`, 'end it')}(?: (?!${now}\b)\w+){0,3} ${saidWhen}\b`,
      toldOver.source,
    ),
  },
  // "hes got a plan to kill himself", "shes saving up tablets"
  {
    name: 'plan',
    // Asked how to find out, of any child: "how do i ask if a young person has a plan to kill themselves".
    unless: b(
      alt(
        S`(?:if|whether) (?:a |the |any )?${alt('child', 'young person', 'yp', 'teenager', 'patient', 'someone', 'they')} ${alt('has', 'have', 'got')} (?:a |the )?(?:${planKind} )?plan`,
        S`how (?:do|can|should|would) (?:i|we|you) ${alt('ask', 'assess', 'tell', 'know', 'find out')}`,
      ),
    ),
    when: anyOf(
      // Worded as a clinician would: "with a detailed plan to overdose this evening, has the tablets at home".
      S`\b${alt('has', 'got', 'made', 'with', 'have')} (?:a |the )?(?:${planKind} )?plan\b.*\b${alt(
        'die',
        'kill',
        'suicide',
        S`end ${alt('it', 'her life', 'his life')}`,
        'overdose',
        'od',
        S`hang ${self}`,
        S`take ${poss} (?:own )?life`,
      )}\b`,
      // Planned for a time that is now: "planning to overdose tonight", "plans to hang himself when everyone is asleep".
      S`\b${alt('planning', 'plans', 'planned', 'intends', 'intending')} to ${alt('overdose', 'od', S`kill ${self}`, S`hang ${self}`, 'end it', 'die', S`take ${poss} (?:own )?life`)}\b.*\b${alt(now, 'when everyone', 'once everyone')}\b`,
      S`\b${alt('kill', 'die', 'suicide')}\b.*\b${alt('has', 'got', 'made')} (?:a |the )?plan\b`,
      S`\bsaving up ${alt('tablets', 'pills', 'meds')}\b`,
      // A train chosen, or its time asked where it passes: "the 2 15 freight is the one", "what time the last train goes past the line".
      S`\b${alt('train', 'freight', 'express', 'goods train', S`\d+(?: \d+)? ${alt('train', 'freight', 'express')}`)} ${alt('is', 'will be', 'thats')} the one\b(?! ${alt('we', 'i', 'you', 'she', 'he', 'they', 'that', 'to', 'for')}\b)`,
      S`\bwhat time (?:the |does the )?(?:last |next |first )?${alt('trains?', 'freight')} ${alt('goes', 'go', 'comes', 'come', 'passes', 'pass', 'runs', 'run')} ${alt('past', 'through', 'by', 'along', 'over', 'under')} (?:the )?${alt('line', 'lines', 'tracks?', 'crossing', 'bridge')}\b`,
      // Notes written, waiting only to be alone: "ive written the notes, just need everyone to go to sleep".
      S`\b${alt('written', 'wrote', 'done', 'left')} (?:the |my |her |his |their )?${alt('notes', 'letters', 'note', 'letter')}\b.*\b${alt('need', 'needs', 'waiting for', 'wait for', 'once', 'when')} ${alt('everyone', 'every one', 'everybody', 'you all', 'staff', 'them all', 'the house')} (?:to )?(?:is |are |s )?(?:${alt('go', 'gone', 'goes')} (?:to )?)?${alt('sleep', 'asleep', 'bed', 'quiet', 'out')}\b`,
      // "A plan" said bare, with a time that is now: "she says shes got a plan and its tonight" (not a plan for the evening, or plan b).
      S`\b${alt('got', 'has', 'have', 'made')} (?:a |the )?plan\b(?! ${alt('to', 'for', 'of', 'with', 'b', 'in place')}\b)${upTo(3)} ${alt('its', 'it is', 'its for', 'for')} ${now}\b`,
    ),
  },
  // "found a suicide note", "she texted me saying goodbye"
  {
    name: 'goodbye',
    when: b(
      alt(
        'suicide note',
        'goodbye note',
        'goodbye letter',
        'texted goodbye',
        'saying goodbye',
        'says goodbye',
        'said goodbye',
        'sent goodbye',
        'goodbye messages?',
        // Posted where everyone sees it: "posted goodbye everyone in the group chat", "dropped goodbye everyone love you all".
        S`${alt('messaged', 'posted', 'dropped', 'put', 'wrote', 'sent')} (?:a )?goodbye ${alt('everyone', 'everybody', 'all')}`,
        S`goodbye ${alt('everyone', 'everybody')}${upTo(6)} ${alt('tracks', 'bridge', 'river', 'train', 'pills', 'tablets', 'rope')}`,
        'goodbye forever',
        // The last word heard was a farewell: "last msg was 'goodbye'", "last text said sorry for everything".
        S`last ${alt('msg', 'message', 'text', 'snap', 'post', 'voicenote', 'thing (?:she|he|they) (?:said|sent)')} (?:was|said|saying|just said) ${alt('goodbye', 'bye forever', 'sorry for everything', 'love you all')}` +
          S`(?!.*\b${alt('last year', 'years ago', 'moved', 'before (?:she|he|they) (?:left|moved|went)')}\b)`,
        // Told no one will have to bear them tomorrow: "tmrw u wont have to deal w me, got it all sorted".
        S`(?:${alt('tomorrow', 'after tonight', 'after today', 'soon')} )?${alt('you', 'yous', 'everyone', 'nobody', 'no one')} ${alt('wont', 'will not', 'will never', 'wont ever', 'wont need to', 'will no longer')} (?:have to )?` +
          S`${alt('deal with', 'worry about', 'put up with', 'bother with', 'look after')} me(?<=\b${alt('tomorrow', 'tonight', 'today', 'soon')} .*)|` +
          S`${alt('you', 'yous', 'everyone')} ${alt('wont', 'will not', 'will never')} (?:have to )?${alt('deal with', 'worry about', 'put up with', 'bother with')} me ${alt('anymore', 'any more', 'ever again')}`,
        'texted me saying goodbye',
        // As it happens: "shes texting me goodbye from her room".
        S`${alt('texting', 'messaging', 'sending')} (?:me |us |everyone )?(?:saying )?goodbye`,
        S`nobody will (?:ever )?see ${alt('him', 'her', 'them', 'me')} again`,
        // A farewell in a message: "got everything ready, dont try and find me".
        S`dont ${alt('try and', 'try to', 'bother trying to', 'come and', 'come looking to')} find me`,
        S`never see ${alt('him', 'her', 'them', 'me')} again`,
        // "dont look for me", "by the time you read this ill be gone": the words of a last message.
        // Not a time to look: "dont look for me in the morning", nor gone to work.
        S`dont (?:come )?look(?:ing)? for me(?! ${alt('in the', 'at', 'till', 'until', 'before', 'after', 'later', 'tomorrow')}\b)`,
        // A farewell sent, then silence: "keeps sending 'sorry' then 'bye' then nothing", "texted love you then her phones off".
        S`${alt('sending', 'sent', 'texted', 'texting', 'text', 'messaged', 'messaging', 'posted', 'said')}${upTo(4)} ${farewell}\b(?!${upTo(2)} ${ordinaryBye}\b).*\b${goneQuiet}`,
        S`by the time ${alt('you', 'u', 'ya')} ${alt('read', 'see', 'get')} ${alt('this', 'that', 'it')}${upTo(2)} ${alt('ill', 'i will', 'i ll', 'im')} (?:be )?${alt('gone', 'dead')}(?! ${alt('to', 'for', 'out', 'home', 'back')}\b)`,
      ),
    ),
    // Leaving a school or a placement is an ordinary goodbye.
    unless: anyOf(
      S`\bgoodbye to ${alt('her', 'his', 'their', 'my', 'the')} (?:old |previous |last )?${alt(
        'school',
        'class',
        'teachers?',
        'placement',
        'carers',
        'foster carers',
        'social worker',
        'friends',
        'mates',
      )}\b`,
      S`\bbefore leaving\b`,
      // Off to a new life: "texting me goodbye as she left for uni".
      S`\b${alt('left', 'leaving', 'leaves', 'going', 'went', 'off')} ${alt('for', 'to')} ${alt('uni', 'university', 'college', 'work', 'her holiday', 'his holiday', 'the airport', 'the army')}\b`,
      // A note told as history: "i wrote a goodbye note once, last year".
      S`\b(?:goodbye|suicide) (?:note|letter)s? (?:\w+ ){0,2}(?:once|last (?:year|month|summer)|(?:years|months) ago)\b`,
      // "found a suicide note in his room dated months ago"
      S`\b(?:goodbye|suicide) (?:note|letter)s?\b${upTo(4)} dated${upTo(2)} (?:(?:weeks|months|years) ago|last (?:year|month|summer))\b`,
      // The last day of a school year or a placement: "said goodbye to everyone at school".
      S`\b${alt('last day', 'end of term', 'leaving do', 'leaving party', 'moving day', S`(?:before|after) the move`)}\b`,
      fondFarewell.source,
    ),
  },
  // "actively suicidal", "suicidal right now"
  {
    name: 'suicidal-now',
    when: b(alt('actively suicidal', S`suicidal ${now}`, S`${now} suicidal`, 'missing and suicidal', 'suicidal and missing', 'overdosing')),
    // "past history of overdosing, now clean 6 months"
    unless: past,
  },
  // "hes given away all his stuff", "her last snapchat: goodbye"
  {
    name: 'warning-signs',
    when: anyOf(
      S`\b${alt('giving', 'given', 'gave')} away ${alt('her', 'his', 'their', S`all ${alt('her', 'his', 'their')}`)} ${alt(
        'stuff',
        'things',
        'belongings',
        'possessions',
      )}\b`,
      S`\btonights the night\b`,
      S`\bsorry for everything\b`,
      S`\b${alt('message', 'text', 'note', 'letter', 'snapchat', 'post')}\b.*\bgoodbye\b`,
    ),
    unless: anyOf(habitual.source, fondFarewell.source),
  },
  // "shes got a rope and a plan"
  {
    name: 'means-and-plan',
    when: anyOf(S`\b${alt('rope', 'ligature', 'noose', 'belt', 'cord')}\b.*\bplan\b`, S`\bplan\b.*\b${alt('rope', 'ligature', 'noose')}\b`),
    // A safety plan or a care plan that mentions a ligature is planning for safety.
    unless: b(alt(S`${alt('safety', 'care', 'crisis', 'risk')} plan`, 'belt and braces')),
  },
  // "shes suicidal and has access to tablets"
  {
    name: 'access-to-means',
    when: new RegExp(S`\bsuicidal\b.*\b${alt('access to', 'has', 'got', 'with')}\b.*\b${means}\b`),
    unless: past,
  },
  // "yp attempting suicide", "shes just tried to kill herself"
  {
    name: 'attempt',
    when: anyOf(
      S`\b${alt('threatening', 'attempting')} (?:to (?:commit )?)?suicide\b`,
      S`\b${alt('just', 'has', 'have', 'shes', 'hes', 'theyve')} (?:just )?tried to ${alt(
        'kill',
        'hang',
        'strangle',
        'drown',
        'overdose',
        'suffocate',
      )}\b`,
      S`\bjust ${alt('attempted', 'tried')} suicide\b`,
    ),
    // "keeps attempting suicide": a pattern to plan for, asked about, not an attempt now.
    unless: new RegExp(S`${past.source}|\bkeeps? (?:attempting|trying)\b`),
  },
];
