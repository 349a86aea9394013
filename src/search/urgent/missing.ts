/**
 * Missing: gone and suicidal, or gone saying they are not coming back.
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt, anyOf, b, eitherSide, habitual, past, S, saidWhen, them, toldOver, type Rule } from './fragments';

/** "kill himself", "kill herself", "kill themselves" */
const killThemselves = S`kill ${them}sel(?:f|ves)`;
/** Away from home, or gone from where they should be. */
const gone = alt(
  'run off',
  'ran off',
  'gone missing',
  'went missing',
  'missing',
  'left the house',
  'walked out',
  'run away',
  'ran away',
  'disappeared',
  'absconded',
  'not come home',
  'hasnt come home',
  // "hasnt been seen in 2 days".
  S`${alt('hasnt', 'has not', 'not')} been seen (?:in|for|since)`,
);

/** Held under the Mental Health Act, as a ward tells it. */
const detained = alt('sectioned', 'detained', 'on a section', 'under section');

/** Gone again now, told beside the talk after a return: "but one of ours has gone again tonight". */
const notYetBack = alt('tonight', 'right now', 'gone again', 'but also');

/** A parent or grandparent, as a child names them: "when is mummy coming back". */
const parent = alt('mummy', 'mum', 'mam', 'mommy', 'daddy', 'dad', 'mother', 'father', 'parents?', 'nan', 'nanna');

/** Gone now, said so ("missing" alone can be "missing school"): "runaway at 3am", "shes gone", "not in her bed". */
const goneNow = alt(
  'runaway',
  'run off',
  'ran off',
  'run away',
  'ran away',
  'gone missing',
  'went missing',
  'is missing',
  'been missing',
  'disappeared',
  'absconded',
  'fled',
  'not come home',
  'hasnt come home',
  'shes gone',
  'hes gone',
  'theyre gone',
  'been gone since',
  'not in (?:her|his|their) bed',
  // Out of a car on the way and off: "she got out the taxi at the services and ran".
  S`(?:got|jumped|climbed) out (?:of )?the ${alt('taxi', 'car', 'cab', 'van', 'minibus')}(?: \S+){0,4} and ${alt('ran', 'ran off', 'legged it', 'bolted')}`,
);

/** Each rule with an example it catches; ./rules.ts sets the order they are tried in. */
export const missingRules: Rule[] = [
  // "yp has absconded and is suicidal", "ran off saying he wants to die"
  {
    name: 'missing-and-suicidal',
    when: anyOf(
      // Gone from a ward while detained: "my girl has disappear from the hospital ward and she was sectioned, she talk all day about the bridge".
      S`\b${alt(gone, 'disappear')} (?:from |off )?(?:the )?(?:hospital |mental health |psych |adolescent )?${alt('ward', 'unit')}\b.*\b${detained}\b`,
      // Or gone from the ward, and the detention told after: "young person gone from the ward, detained under section, staff searching".
      S`\b${alt('gone', 'escaped', 'got out', 'slipped out', 'walked off', 'run', 'ran')} ${alt('from', 'off', 'out of')} (?:the )?(?:hospital |mental health |psych |adolescent |inpatient )?${alt('ward', 'unit')}\b.*\b${detained}\b`,
      S`\b${alt('missing', 'absconded', 'run away', 'ran away')}\b.*\bsuicid`,
      S`\bsuicid\w*\b.*\b${alt('missing', 'absconded')}\b`,
      // Or said to be at risk of it: "ran away from hospital, still got a cannula in, the nurses said shes at risk of hurting herself".
      S`\b${gone}\b.*\b${alt('at risk of', 'a risk of', 'a danger to', 'a risk to')} ${alt('hurting', 'harming', 'killing', 'herself', 'himself', 'themselves')}\b`,
      // "absconded from the ward and was talking about ending it" (not "ending it with her boyfriend")
      S`\b${gone}\b.*\b${alt('want(?:s|ed)? to die', killThemselves, S`end(?:ing)? ${alt('it(?! with)', S`${alt('her', 'his', 'their')} life`)}`)}\b`,
      // Or that they will finish it: "absconded from the place of safety, he told staff hed finish it" (not homework: "finish it later").
      S`\b${gone}\b.*\b${alt('hed', 'hell', 'he would', 'he will', 'shed', 'shell', 'she would', 'she will', 'theyd', 'theyll', 'id', 'ill', 'going to', 'gonna')} ` +
        S`finish ${alt('it', 'it all', 'it off', 'things', S`${alt('him', 'her', 'them', 'my')}sel(?:f|ves)`)}\b(?! ${alt('later', 'tomorrow', 'off later', 'at home', 'in class', 'after')}\b)`,
      S`\b${alt('wants? to die', killThemselves)}\b.*\b${alt('run off', 'ran off', 'gone missing', 'walked out', 'into the road')}\b`,
      // Not back, and wanting to be with someone who has died: "hes not back and earlier he said he wanted to be with his mum (she died in jan)".
      S`\b${alt('missing', 'absconded', 'run away', 'ran away', 'run off', 'ran off', 'not come home', 'not back', 'not home')}\b.*\bwant(?:s|ed|ing)? to be with ${alt('her', 'his', 'their', 'my')} (?:\w+ )?${alt('mum', 'mam', 'dad', 'nan', 'nanna', 'grandad', 'brother', 'sister', 'baby')}\b.*\b${alt('died', 'dead', 'passed away', 'passed', 'funeral', 'grave')}\b`,
      // Missing, and a farewell sent: "missing, texted 'sorry mum'".
      S`\b${alt('missing', 'absconded', 'run away', 'ran away', 'not come home', 'not back')}\b.*\b${alt('texted', 'messaged', 'sent', 'text', 'snapchatted', 'posted', 'rang and said', 'voicenote')}(?: \w+){0,2} ${alt('sorry', 'goodbye', 'bye', 'love you', 'forgive me')}(?: ${parent})?$`,
    ),
    // The talk after a child comes back: "what should be in a missing from home return interview for a child with suicidal thoughts".
    // Nor lessons missed: "self-harming more often, missing lessons, and has talked about ending her life twice this term".
    unless: anyOf(
      past.source,
      S`\breturn (?:home )?interviews?\b(?!.*\b${notYetBack}\b)(?<!\b${notYetBack}\b.*)`,
      S`\bmissing ${alt('lessons', 'school', 'classes', 'class', 'college', 'registration', 'sessions', 'appointments', 'meals')}\b(?!.*\b(?:gone missing|is missing|reported missing|missing from (?:home|care|placement)))`,
    ),
  },
  // "last seen heading for the canal", "last seen walking towards the railway": gone, and towards where a child can die.
  {
    name: 'last-seen-heading',
    when: b(
      S`last seen(?: \w+){0,3}? ${alt('heading', 'headed', 'walking', 'going', 'running', 'cycling')} (?:off )?` +
        S`${alt('for', 'to', 'towards', 'toward', 'down to', 'in the direction of')} (?:the )?(?:\w+ )?` +
        alt(
          'canal',
          'river',
          'docks?',
          'bridge',
          'railway',
          'tracks',
          'sea',
          'water',
          'motorway',
          'cliffs?',
          'quarry',
          'reservoir',
          'flyover',
        ),
    ),
    // Told after, in a return interview or a review: "last month he was last seen heading for the docks". Not "before" alone,
    // which may date something else: "heading for the canal, hes said he wants to die before".
    unless: anyOf(toldOver.source, S`\b${saidWhen}\b|\breturn (?:home )?interviews?\b`),
  },
  // "shes left and says shes never coming back"
  {
    name: 'not-coming-back',
    when: b(
      alt(
        // Not back till late is a worry, not a farewell: "going out and not coming back til 3am".
        S`(?:not|never) coming back(?! ${alt('til', 'till', 'until', 'before', 'for (?:hours|ages)', 'late', S`at \d`)}\b)`,
        'wont come back',
        // Wished for, and gone now: "boy missing on the hike ... had said he wanted to 'get lost and not come back'" (not a wish
        // written in a diary, with no one gone).
        S`^(?=.*\b${alt('missing', 'not come home', 'not back', 'hasnt come back', 'ran off', 'run off', 'gone off')}\b).*\b${alt('wants?', 'wanted', 'wanting')} to (?:${alt('get lost', 'run away', 'go', 'disappear')} and )?(?:not|never) come back`,
        'wont be coming back',
        S`last time ${alt('we', 'well', 'you', 'youll', 'ill', 'i ll', 'i will', 'we will')}(?: \w+)? ${alt(
          'speak',
          'talk',
          'see',
          'hear',
        )}`,
      ),
    ),
    // Not coming back to this placement after respite: a move, not a farewell.
    unless: anyOf(
      S`\bcoming back to ${alt('this', 'the', 'her', 'his', 'their')} ${alt('placement', 'school', 'unit', 'home', 'contact', 'class')}\b`,
      S`\bafter ${alt('respite', 'the holiday', 'contact')}\b`,
      // A carer's worry about a placement's future, not a child gone: "on a section 3 for 6 months, were worried she wont come back to us".
      S`\b${alt('worried', 'worry', 'scared', 'afraid', 'frightened')} (?:that )?${alt('she', 'he', 'they')} ${alt('wont', 'will not', 'might not', 'may not')} (?:ever )?come back to (?:us|me|our house|live with us)\b`,
      // A parent who is not coming back, asked about by the child: "my grandson keeps asking when is mummy coming back and shes
      // not coming back" (a loss, not a farewell).
      S`\bwhen (?:is|are|will|s) (?:my |his |her |their )?${parent} (?:be )?coming back\b|\b${parent}\b(?: \w+){0,3} (?:is |s )?(?:not|never) coming back\b`,
      // A pattern in the school day: "leaving at lunch and not coming back".
      S`\b${alt('leaving', 'leaves', 'going off', 'goes off', 'walking out', 'walks out')} ${alt('at', 'during', 'after')} ${alt('lunch', 'lunchtime', 'break', 'dinner', 'registration')}\b`,
    ),
  },
  // "runaway at 3am in her pyjamas, shes only 11", "shes gone ... meeting a man she met gaming, the photo is of a grown man"
  {
    name: 'missing-young-or-with-a-man',
    when: anyOf(
      // Gone, with signs of being sent to work away: "13yo cic missing, carers found a ticket to london and a phone with messages about 'working'".
      S`\b${gone}\b.*\b${alt(S`(?:train |coach |bus )?ticket to \w+`, S`messages about (?:working|work|grafting|shotting|going country|going ote)`, 'going country', 'going ote')}\b`,
      // Gone with a much older boyfriend: "girl disappeared from school at lunch, her boyfriend is 24 and she said shes moving in with him".
      S`\bboyfriend (?:is |whos |who is |s )?(?:aged )?(?:1[89]|[2-9]\d)\b${eitherSide(goneNow)}`,
      // Gone, a young child, at night.
      S`^(?=.*\b${goneNow}\b)` +
        S`(?=.*\b${alt(S`\d{1,2} ?am`, 'middle of the night', 'in (?:her|his|their) pyjamas', 'in (?:her|his|their) pjs')}\b)` +
        S`(?=.*\b${alt(S`(?:only|just) (?:[4-9]|1[0-2])`, S`(?:[4-9]|1[0-2]) ?(?:yo|year old|yr old)`)}\b)`,
      // A young child gone, and a man with her before: "my little one has disappeared from the park, shes 9 and in care and a man was
      // talking to her".
      S`^(?=.*\b${alt('disappeared', 'gone missing', 'vanished', 'cant find (?:her|him|them)', 'cannot find (?:her|him|them)', 'lost (?:her|him|them)')}\b)` +
        S`(?!.*\bdisappeared ${alt('into (?:his|her|their) (?:bed)?room', 'upstairs', 'to bed', 'off to bed', 'to (?:his|her|their) (?:bed)?room')}\b)` +
        S`(?=.*\b(?:[2-9]|1[0-2]|${alt('two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve')})(?: ?${alt('years? old', 'yrs? old', 'yo')})?\b)` +
        S`(?=.*\b(?:a|an|some|the) (?:older |strange |grown )?${alt('man', 'men', 'stranger', 'adult', 'bloke')} (?:was |were |had been )?${alt('talking to', 'with', 'chatting to', 'following', 'watching', 'approached', 'offering')}\b)`,
      // A young child not found, and a way out to danger left open: "we cannot find the 8 year old in the house, the back gate open
      // and the busy road next".
      S`\b${alt('cant find', 'cannot find', 'can not find', 'couldnt find', 'lost')} (?:the |our |my )?(?:little )?(?:[2-9]|one|two|three|four|five|six|seven|eight|nine) ?${alt('year old', 'yr old', 'yo', 'years old')}\b` +
        S`(?=.*\b${alt(S`${alt('gate', 'door', 'window')} (?:is |was |been left |left |wide )?open`, 'busy road', 'main road', 'the canal', 'the river', 'the docks', 'the pond')}\b)`,
      // Gone, and with or meeting an adult man met online, or seen going off with one.
      S`^(?=.*\b${goneNow}\b)` +
        S`(?=.*\b${alt(
          S`meeting (?:a|an|some) (?:older |grown )?${alt('man', 'bloke', 'guy', 'adult')}`,
          'grown man',
          // Or anyone met online: "said she was going to meet someone from snapchat".
          S`meet(?:ing)? (?:up with )?${alt('someone', 'somebody', 'a (?:guy|man|boy|lad|girl|friend|mate)', 'people')}(?: (?:she|he|they) (?:met|knows?))? ${alt('from', 'off', 'on', 'online')}(?: ${alt('snapchat', 'snap', 'instagram', 'insta', 'tiktok', 'roblox', 'discord', 'fortnite', 'facebook', 'whatsapp', 'an app', 'a game', 'the internet')})?`,
          S`(?:getting|got|get) (?:on|in|into) (?:a|the) ${alt('train', 'bus', 'car', 'taxi', 'van')} with (?:a|an|some|two) (?:older |grown )?${alt('man', 'men', 'bloke', 'guy', 'adult')}`,
        )}\b)`,
      // Gone, and followed now: "13yo fled placement after being threatened, at a train station, says someone is following her".
      S`^(?=.*\b${goneNow}\b)(?=.*\b(?:${alt('someone', 'somebody', 'a man', 'a car', 'a van', 'men', 'some lads', 'some men', 'a group')} (?:is |are |s )?(?:still )?following ${alt('her', 'him', 'them', 'me', 'us')}|(?:being|getting) followed)\b)`,
    ),
    unless: anyOf(past.source, toldOver.source, habitual.source, S`\b${alt('what if', 'training', 'policy', 'scenario')}\b`),
  },
];
