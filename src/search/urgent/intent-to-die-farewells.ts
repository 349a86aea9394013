/**
 * Suicide told in a farewell or its warning signs: a note, a goodbye, things given away.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { goneQuiet } from '../danger/fragments-reach';
import { alt, anyOf, b, habitual, S, toldOver, upTo, type Rule } from './fragments';

// A goodbye with thanks, or written in life story work, is not a farewell (unless "this is goodbye", "tell the others im sorry",
// or the teller senses "something's wrong"); but thanks "for trying", or "its not
// your fault", are the words of one: "sent me a goodbye message, thanks for trying, its not your fault". So is thanks
// "for everything" sent late at night: "sent me a message at 11pm saying goodbye and thank you for everything".
const lateAtNight = alt(S`at (?:1[0-2]|[1-5])(?: ?[0-5]\d)? ?(?:pm|am)`, 'midnight', 'in the night', 'tonight', 'just now');
const thanksForEverything = S`(?:thank you|thanks) for everything`;
const fondFarewell = new RegExp(
  S`^(?!.*\b(?:thanks for trying|not (?:your|ur) fault|this is goodbye|goodbye forever|tell (?:the others|everyone|everybody|them all|mum|my mum) (?:that )?(?:im|i am|i m) sorry|(?:somethings|something is|something s) (?:wrong|not right|off)|(?:dont|do not) be sad|(?:does not|doesnt|not|isnt|is not|wont) (?:answer|answering|pick up|picking up))\b)(?!.*\b${thanksForEverything}\b.*\b${lateAtNight}\b)(?!.*\b${lateAtNight}\b.*\b${thanksForEverything}\b)` +
    S`.*\b${alt('thank you', 'thanks', 'life story')}\b`,
);
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

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const intentToDieFarewellsRules: Rule[] = [
  // "found a suicide note", "she texted me saying goodbye"
  {
    name: 'goodbye',
    when: b(
      alt(
        // Freedom promised for tonight: "he keep saying 'tonight i will be free' and he gave away all his things".
        S`tonight (?:i|ill|i will|he will|hell|she will|shell|im going to|im gonna) (?:will )?be free(?! ${alt('to', 'from', 'for', 'after', 'if', 'at', 'on', 'lol')}\b)(?<!\b${alt('song', 'lyrics?', 'sings?', 'singing')}\b.*)`,
        // "he messaged 'cant do this bye' 20min ago"
        S`cant do (?:this|it)(?: anymore| any more)? ${alt('bye', 'goodbye')}`,
        // In case of not being there to say it: "happy birthday for tomorrow in case im not here to say it" (not a day off).
        S`in case (?:im|i am|i m|i) (?:not|wont be) (?:here|around|alive) to ${alt('say', 'see', 'tell')}(?!.*\b${alt('leave', 'holiday', 'off sick', 'day off', 'off work', 'course', 'training', 'shift', 'rota')}\b)`,
        // The deed told and a last call: "ive done it, i just wanted to hear your voice, im going to sleep now".
        S`(?:ive|i have) done it\b(?!.*\b${alt('passed', 'test', 'exams?', 'job', 'interview', 'won', 'offer', 'results', 'graduated')}\b).*\b${alt('hear your voice', 'going to sleep now', 'goodbye', 'love you')}`,
        S`wanted to hear your voice\b.*\b${alt('going to sleep', 'goodbye', 'done it', 'sorry for everything')}`,
        'suicide note',
        'goodbye note',
        'goodbye letter',
        'texted goodbye',
        // (Not left "without saying goodbye", a loss: "ghosted by her coach, he left the club without saying goodbye".)
        S`(?<!\bwithout )saying goodbye`,
        'says goodbye',
        'said goodbye',
        'sent goodbye',
        'goodbye messages?',
        // Posted where everyone sees it: "posted goodbye everyone in the group chat", "dropped goodbye everyone love you all".
        S`${alt('messaged', 'posted', 'dropped', 'put', 'wrote', 'sent')} (?:a )?goodbye ${alt('everyone', 'everybody', 'all')}`,
        S`goodbye ${alt('everyone', 'everybody')}${upTo(6)} ${alt('tracks', 'bridge', 'river', 'train', 'pills', 'tablets', 'rope')}`,
        'goodbye forever',
        // Posted as the last: "shes just put a story up saying 'last night on earth' from what looks like a rooftop".
        S`${alt('posted', 'put', 'story', 'saying', 'says', 'said', 'texted', 'messaged', 'caption')}${upTo(4)} ${alt('my', 'her', 'his', 'their')}? ?last ${alt('night', 'day')} (?:on earth|alive)`,
        // Handed to someone, not lent: "keeps saying sorry nan and giving me his things, he said this is the last time".
        S`\b${alt('giving', 'gave', 'given', 'handing', 'handed')} ${alt('me', 'us', 'everyone', S`${alt('his', 'her', 'their')} ${alt('sister', 'brother', 'mate', 'friend')}`)} ` +
          S`${alt('her', 'his', 'their', 'all her', 'all his', 'all their')} ${alt('stuff', 'things', 'belongings', 'possessions')}\b` +
          S`(?!.*\b${alt('to look after', 'to mind', 'to keep safe', 'while (?:she|he|they)', 'for the move', 'to pack')}\b)(?=.*\b${alt('last time', 'tonight', 'midnight', 'sorry', 'goodbye', 'love you', 'wont need')}\b)`,
        // A child's will written, and gone off or a goodbye said to all: "said ta-ra to everyone, wrote a will on a napkin and gone to the toilets".
        S`${alt('wrote', 'written', 'writing', 'made', 'making')} (?:a |her |his |their )?(?:own )?will\b(?=.*\b${alt('gone', 'went', 'locked', 'toilets?', 'bathroom', 'said (?:ta ra|tara|bye|goodbye)', 'not answering')}\b)`,
        S`${alt('said', 'saying', 'says')} ${alt('ta ra', 'tara', 'ta ta', 'bye', 'goodbye')} to ${alt('everyone', 'everybody', 'all of us', 'us all')}\b(?=.*\b${alt('wrote', 'written', 'writing', 'left')} (?:a |her |his |their )?${alt('will', 'note', 'letter')}\b)`,
        // Sorry sent to everyone late at night, and no one reachable: "email from a lac yp at 11pm: 'tell everyone sorry'. cant reach the carer".
        S`(?=.*\b${alt(lateAtNight, 'cant reach', 'can t reach', 'cant get hold', 'not answering', 'no answer', 'phone off', 'phone is off')}\b)` +
          S`tell ${alt('everyone', 'everybody', 'them all', 'all of them', 'my mum', 'my nan', 'mum', 'nan')} (?:that )?(?:im |i am )?${alt('sorry', 'goodbye', 'bye', 'i love them')}`,
        // The last word heard was a farewell: "last msg was 'goodbye'", "last text said sorry for everything".
        S`last ${alt('msg', 'message', 'text', 'snap', 'post', 'voicenote', 'thing (?:she|he|they) (?:said|sent)')} (?:was|said|saying|just said) ${alt('goodbye', 'bye forever', 'sorry for everything', 'love you all')}` +
          S`(?!.*\b${alt('last year', 'years ago', 'moved', 'before (?:she|he|they) (?:left|moved|went)')}\b)`,
        // Told no one will have to bear them tomorrow: "tmrw u wont have to deal w me, got it all sorted".
        S`(?:${alt('tomorrow', 'after tonight', 'after today', 'soon')} )?${alt('you', 'yous', 'everyone', 'nobody', 'no one')} ${alt('wont', 'will not', 'will never', 'wont ever', 'wont need to', 'will no longer')} (?:have to )?` +
          S`${alt('deal with', 'worry about', 'put up with', 'bother with', 'look after')} me(?<=\b${alt('tomorrow', 'tonight', 'today', 'soon')} .*)|` +
          S`${alt('you', 'yous', 'everyone')} ${alt('wont', 'will not', 'will never')} (?:have to )?${alt('deal with', 'worry about', 'put up with', 'bother with')} me ${alt('anymore', 'any more', 'ever again')}`,
        'texted me saying goodbye',
        // Done, and love sent through someone else: "its done now. i love u. tell the dog i love him too".
        S`\bits (?:all )?done\b(?: \w+){0,6} i love ${alt('u', 'you', 'ya')}\b.*\btell (?:\w+ ){1,3}(?:that )?i love ${alt('him', 'her', 'them', 'u', 'you')}`,
        // Gone by the morning, then shut in and silent: "said ill be gone by the morning and went to bed, her door is locked and theres no noise".
        S`${alt('ill', 'i will', 'shell', 'hell')} be gone by ${alt('the morning', 'morning', 'tomorrow', 'the time (?:you|u) wake up')}\b(?! ${alt('to', 'for', 'as', 'because', 'cos')}\b)(?=.*\b${alt('locked', 'no noise', 'not answering', 'wont answer', 'silent', 'cant get in', 'no answer', S`${alt('went', 'gone', 'walked', 'ran')} out with (?:\w+ ){0,2}${alt('tablets', 'pills', 'meds', 'rope', 'knife')}`)}\b)`,
        // Gone, leaving a note that says sorry: "hes gone. left a note on his pillow saying sorry. took all his meds with him".
        // (Not gone somewhere ordinary, nor sorry for a mess: "shes gone to school and left a note saying sorry for the mess".)
        S`(?:hes|shes|theyre) (?:just )?gone\b(?! ${alt('to', 'for', 'out to', 'off to', 'round', 'over')}\b).*\bleft (?:a |her |his |their )?(?:note|letter)\b(?: \w+){0,6} ` +
          S`${alt('saying', 'that says', 'said', 'says')} ${alt('sorry', 'goodbye', 'bye', 'love you', 'forgive me')}\b(?! ${alt('for', 'about')} (?:the |all the )?${alt('mess', 'noise', 'row', 'argument', 'shouting', 'being late', 'dishes', 'washing up')}\b)`,
        // Gone unless they answer by a time: "if i dont answer by 12 im gone".
        S`if ${alt('i', 'u')} ${alt('dont', 'do not', 'havent')} ${alt('answer', 'reply', 'text back', 'message', 'ring')}(?: \w+){0,2} by \d{1,2}(?: ?(?:am|pm|oclock))? ${alt('im', 'i am', 'ill be')} ${alt('gone', 'dead')}`,
        // The means got ready, then a goodbye: "bought the stuff its all lined up just wanted to say bye".
        S`^(?=.*\b${alt('lined up', 'bought the', 'got the (?:stuff|pills|tablets|rope)', 'all ready', 'its time')}\b).*\b(?:just )?${alt('wanted', 'want', 'wanna')} (?:to )?say ${alt('bye', 'goodbye', 'ta ra', 'tara')}`,
        // As it happens: "shes texting me goodbye from her room".
        S`${alt('texting', 'messaging', 'sending')} (?:me |us |everyone )?(?:saying )?goodbye`,
        S`nobody will (?:ever )?see ${alt('him', 'her', 'them', 'me')} again`,
        // In the news by tomorrow: "youll read about me in the echo tomorrow" (not fame one day).
        S`${alt('youll', 'you will', 'ull', 'u will', 'everyone will', 'yous will', 'you lot will')}(?: all)? ${alt('read', 'hear', 'see')} about me\b` +
          S`(?=.*\b${alt('tomorrow', 'tonight', 'in the morning', 'coffin', 'grave', 'bridge', 'rope', 'pills', 'goodbye')}\b)(?!.*\b${alt('one day', 'someday', 'famous', 'when im')}\b)`,
        // A farewell in a message: "got everything ready, dont try and find me".
        S`dont ${alt('try and', 'try to', 'bother trying to', 'come and', 'come looking to')} find me`,
        S`never see ${alt('him', 'her', 'them', 'me')} again`,
        // "dont look for me", "by the time you read this ill be gone": the words of a last message.
        // Not a time to look: "dont look for me in the morning", nor gone to work.
        S`dont (?:come )?look(?:ing)? for me(?! ${alt('in the', 'at', 'till', 'until', 'before', 'after', 'later', 'tomorrow')}\b)`,
        // A farewell sent, then silence: "keeps sending 'sorry' then 'bye' then nothing", "texted love you then her phones off".
        S`${alt('sending', 'sent', 'texted', 'texting', 'text', 'messaged', 'messaging', 'posted', 'said')}${upTo(4)} ${farewell}\b(?!${upTo(2)} ${ordinaryBye}\b).*\b${goneQuiet}`,
        S`by the time ${alt('you', 'u', 'ya')} ${alt('read', 'see', 'get')} ${alt('this', 'that', 'it')}${upTo(2)} ${alt('ill', 'i will', 'i ll', 'im')} (?:be )?${alt('gone', 'dead')}(?! ${alt('to', 'for', 'out', 'home', 'back')}\b)`,
        // Or the act done by then: "thanks for everything, you tried. by the time you read this it will be done".
        S`by the time ${alt('you', 'u', 'ya')} ${alt('read', 'see', 'get')} ${alt('this', 'that', 'it')}${upTo(2)} ${alt('it will', 'itll', 'it ll', 'it is', 'its', 'it s')} (?:all )?(?:be )?${alt('done', 'over', 'too late')}\b` +
          S`(?!.*\b${alt('report', 'form', 'homework', 'essay', 'assessment', 'paperwork', 'application', 'i mean', 'lol', 'haha')}\b)`,
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
      // A last contact before adoption or a move: "how do i prepare him for saying goodbye to his mum at the last contact".
      S`\b${alt('last contact', 'final contact', 'goodbye contact', 'goodbye visit', 'wish you well', 'wish him well', 'wish her well', 'later life letter')}\b`,
      // Off to a new life: "texting me goodbye as she left for uni".
      S`\b${alt('left', 'leaving', 'leaves', 'going', 'went', 'off')} ${alt('for', 'to')} ${alt('uni', 'university', 'college', 'work', 'her holiday', 'his holiday', 'the airport', 'the army')}\b`,
      // A note told as history: "i wrote a goodbye note once, last year".
      S`\b(?:goodbye|suicide) (?:note|letter)s? (?:\w+ ){0,2}(?:once|last (?:year|month|summer)|(?:years|months) ago)\b`,
      // Found among old things: "a carer finds a suicide note in an old diary but the child is safe and well".
      S`\b(?:goodbye|suicide) (?:note|letter)s? in (?:an? |her |his |their )?old ${alt('diary', 'diaries', 'notebook', 'journal', 'book', 'box', 'school book', 'bag')}\b`,
      // "found a suicide note in his room dated months ago"
      S`\b(?:goodbye|suicide) (?:note|letter)s?\b${upTo(4)} dated${upTo(2)} (?:(?:weeks|months|years) ago|last (?:year|month|summer)|(?:19|20)\d{2})\b`,
      // The last day of a school year or a placement: "said goodbye to everyone at school".
      S`\b${alt('last day', 'end of term', 'leaving do', 'leaving party', 'moving day', S`(?:before|after) the move`)}\b`,
      fondFarewell.source,
      // Told as over: "the child who said goodbye and gave her things away last spring, shes okay now".
      toldOver.source,
    ),
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
      // Notes left for everyone and things boxed up for others: "hes written notes for everyone and hes put his favourite things in boxes
      // for his little sister".
      S`\b${alt('written', 'wrote', 'writing', 'left')} (?:\w+ )?notes ${alt('for', 'to')} ${alt('everyone', 'everybody', 'all of us', 'each of us', 'the family', S`${alt('her', 'his', 'their')} family`)}\b(?!.*\b${alt('christmas', 'birthday', 'in (?:her|his|their) class', 'thank you', 'valentines?', 'school', 'placement', 'moving', 'move', 'holiday')}\b)`,
      S`\b${alt('put', 'packed', 'boxed')} (?:up )?${alt('her', 'his', 'their')} (?:favourite )?${alt('things', 'stuff', 'belongings', 'toys', 'clothes')} (?:in|into) (?:boxes|bags|a box) ${alt('for', 'to give')}\b`,
      // Things handed over as no longer needed: "he ask me to keep his phone and he says he wont need it anymore".
      S`\b${alt('keep', 'have', 'take')} (?:his|her|their|my) \w+\b${upTo(6)} ${alt('wont', 'will not', 'doesnt', 'does not', 'dont')} need (?:it|them) ${alt('any ?more', 'any longer', 'where (?:hes|shes|im|theyre) going')}\b`,
      // A coffin sent with a time or a farewell: "posted coffin emojis and bye tonight" (not asked what one means).
      S`\bcoffin\b(?=.*\b${alt('tonight', 'goodbye', 'bye', 'love you', 'sorry for everything')}\b)(?!.*\b${alt('what does', 'mean', 'means', 'meaning')}\b)`,
      // (Not said as a habit of a child who apologises: "says sorry for everything even when its not his fault".)
      S`\bsorry for everything\b(?! even\b)`,
      S`\b${alt('message', 'text', 'note', 'letter', 'snapchat', 'post')}\b.*\bgoodbye\b`,
      // Belongings shared out as a will does: "texted carer a list of who gets what" (not chores or presents).
      S`\b${alt('list', 'note', 'text', 'message', 'letter', 'will')}\b(?: \w+){0,3} who ${alt('gets', 'should get', 'can have', 'should have')} ${alt('what', S`${alt('my', 'her', 'his', 'their')} ${alt('stuff', 'things')}`)}\b`,
      // Or said to be sorted, with "ready": "said shes sorted out who gets her stuff, shes ready and it wasnt my fault, then hung up".
      S`\b${alt('sorted', 'sorted out', 'decided', 'worked out')} who ${alt('gets', 'should get', 'can have', 'will get')} ${alt('her', 'his', 'their', 'my')} ${alt('stuff', 'things', 'belongings')}\b(?=.*\b${alt('ready', 'not (?:your|ur|my) fault', 'wasnt (?:your|ur|my) fault', 'hung up', 'goodbye', 'bye')}\b)`,
      // Affairs put in order: "asked for his passport back and says hes sorting his affairs" (not an adult helping with them).
      S`(?<!\bhelp(?:s|ed|ing)? (?:her|him|them|me) (?:to )?)\b${alt('sort(?:s|ed|ing)?', 'put(?:s|ting)?', 'got', 'getting')} (?:out )?${alt('her', 'his', 'their', 'my')} affairs\b`,
      // A pet's keeping arranged for "after", or for when they are gone: "asked her carer to look after the cat after and wont say".
      S`\b${alt('look after', 'have', 'keep', 'take', 'feed')} (?:the |my |her |his |their )${alt('cat', 'dog', 'pets?', 'hamster', 'rabbit', 'fish', 'snake', 'bird', 'guinea pig', 'puppy', 'kitten')}s?(?: for (?:me|her|him|them))? ` +
        S`(?:after(?= (?:and|but|wont|won t|she|he|they|i)\b|$)|when ${alt('im', 'i m', 'shes', 'hes', 'theyre', 'i am')} gone)`,
      // A decision hinted at and not told: "when I asked decided what, she said you'll see in the morning".
      S`\b${alt('said', 'says', 'saying', 'told me', 'texted')}\b(?: \w+){0,2} ${alt('youll', 'you ll', 'you will', 'ull')} (?:all )?see in the morning\b`,
      // Cutting ties and handing over the keys to a life: "deleted all his socials, gave her his bank card pin".
      S`\bdeleted (?:all )?(?:of )?${alt('her', 'his', 'their', 'my')} ${alt('socials', 'social media', 'accounts', 'insta', 'instagram', 'snapchat', 'snap', 'tiktok')}\b.*\b${alt('gave', 'given', 'giving', 'handed', 'handing')}(?: \w+){0,3} ${alt('her', 'his', 'their', 'my')} ${alt('pin', 'passwords?', 'passcodes?', 'bank card', 'stuff', 'things', 'xbox', 'ps5', 'console', 'phone')}\b`,
    ),
    // (Clinging close is part of a farewell, not a habit: "asked me to look after her hamster 'after' and keeps hugging me".)
    unless: anyOf(S`^(?!.*\bkeeps? (?:on )?${alt('hugging', 'cuddling', 'thanking')}\b).*${habitual.source}`, fondFarewell.source),
  },
];
