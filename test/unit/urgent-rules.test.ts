import { ruleNames, urgentRule } from '../../src/search/urgent';
import { situations } from '../../src/search/danger';

/**
 * Every urgent rule (src/search/urgent.ts), and every situation of the broader detector behind
 * them (src/search/danger.ts, named "broad:..."), pinned by messages it must catch and by calm
 * neighbours: messages with the same words that must not bring the urgent card.
 *
 * Rules are tried in order and the first that fits names the emergency, so each "catches"
 * message is one the named rule is the first to catch. Written as carers and social workers
 * type: lower case, slang, typos.
 */
interface Pinned {
  /** The rule, or "broad:" and the situation. */
  rule: string;
  /** Messages this rule must be the first to catch. */
  catches: string[];
  /** Messages sharing its words that must not raise the alarm at all. */
  calm: string[];
}

const table: Pinned[] = [
  // ------------------------------------------------------------------------------------------ urgent.ts rules
  {
    rule: 'poisoned',
    catches: ['hes drunk bleach', 'shes just swallowed a button battery', 'yp has necked some vape liquid omg', 'my lad ate a laundry pod'],
    calm: [
      'he took the batteries out of the remote',
      'how do i lock away the bleach and cleaning products',
      'she swallowed her pride and said sorry to her carer',
    ],
  },
  {
    rule: 'ingested',
    catches: [
      'girl in year 9 says she took her mums antidepressants this morning before school',
      'year 9 girl just told me she took 20 co-codamol before registration',
      'took 20 co codamol this morning',
      'she has had 20 paracetamol tonight',
      'shes taken a whole packet of paracetamol',
      'lad necked 20 of his sertraline',
      'shes had a handful of her mums tablets',
      'she ate an unknown amount of her nans meds',
    ],
    calm: [
      'she had all her meds this morning',
      'how many paracetamol can a 12 year old have',
      'she had her meds this morning with breakfast',
    ],
  },
  {
    rule: 'overdosed',
    catches: ['shes overdosed', 'yp has OD', 'he has overdose i think', 'after an overdose at the weekend shes doing it again now'],
    calm: [
      'should edt have been told about a child who overdosed earlier in the week and is home now',
      'admitted informally after an overdose, she is now asking to leave the ward',
      'overdose aftercare advice for carers',
      'what happens after an overdose in hospital',
    ],
  },
  {
    rule: 'ligature',
    catches: [
      'lig on in bedroom now',
      'found a noose in his wardrobe',
      'theres a ligature in her room',
      'shes made a noose out of a bedsheet',
    ],
    calm: ['ligature risk assessment for the new placement', 'what is a ligature point', 'ligature cutters in the staff office'],
  },
  {
    rule: 'neck',
    catches: ['shes got a belt round her neck', 'hes tied his hoodie cord around his neck', 'yp has a charger cable round her neck'],
    calm: ['she wears a scarf round her neck in winter', 'she wears a cross round her neck', 'pain in her neck after pe'],
  },
  {
    rule: 'hanging',
    catches: [
      'cut her down from the bannister, shes breathing but barely',
      'found him hanging in the garage',
      'shes trying to hang herself',
      'hes threatening to hang himself in his room',
    ],
    calm: [
      'he tried to hang himself in the spring and hes back at school now, what should the dt know',
      'shes hanging out with older lads',
      'hanging the washing out with her',
      'his trousers are hanging off him',
    ],
  },
  {
    rule: 'suffocation',
    catches: [
      'found her with a carrier bag over her head',
      'hes put a plastic bag over his head',
      'she has a bag over her head and wont answer',
    ],
    calm: ['she carries her bag over her shoulder', 'he pulls his hood over his head in every session'],
  },
  {
    rule: 'threat',
    catches: ['hes threatening to jump', 'says shell kill her foster carer', 'yp says hes gonna end it', 'he said hell stab him'],
    calm: [
      'how to respond when a child threatens to kill himself whenever hes told no',
      'detained on a 136 after threatening to jump, now assessed and released, what follow up should happen',
      'saying shell kill herself if he doesnt take her back, said it a few times this week, no attempt',
      'she will jump at any chance to go swimming',
      'what if she says shell kill herself',
      'what do i do if he threatens to kill himself',
      'he is going to stay with his dad',
    ],
  },
  {
    rule: 'wants-to-die-now',
    catches: ['she wants to die right now', 'tonight he is saying he wants to die', 'shes messaging me now saying she wants to die'],
    calm: [
      'young person is calm now but earlier she smashed her room and said she wants to die, shes with staff, what needs to happen tonight',
      'he wants to die his hair blue today',
      'she said she wanted to die when she was little',
      'she wants to go to the cinema tonight',
    ],
  },
  {
    rule: 'plan',
    catches: [
      'hes got a plan to kill himself',
      'shes made a plan to end it',
      'shes saving up tablets',
      'said she wants to die and has a plan',
    ],
    calm: ['she has a plan for college', 'care plan review next week'],
  },
  {
    rule: 'goodbye',
    catches: [
      'she messaged goodbye everyone and shes down by the train tracks',
      'message from her, got everything ready, dont try and find me',
      'found a suicide note in her room',
      'she texted me saying goodbye',
      'yp sent goodbye messages to her mates',
    ],
    calm: [
      'he mentioned i wrote a goodbye note once, last year while we were driving',
      'she said goodbye to everyone at school on her last day',
      'she said goodbye to her old school',
      'goodbye letter to her carers as part of life story work',
    ],
  },
  {
    rule: 'weapon',
    catches: [
      "ok so he's been kicking off all evening which is normal but now he's got the big knife from the drawer and he's in the garden saying he'll cut anyone who comes out, the other two kids are upstairs with me",

      'locked himself in with the kitchen knives saying theres no point living',
      'hes got a knife',
      'shes waving a broken bottle about',
      'yp is holding scissors to his arm',
    ],
    calm: [
      'what to record after a young person threatened staff with a knife yesterday, everyone safe now',
      'hes got the big knife out for carving the turkey',
      'shes got the big knife to slice the bread',
      'he used to have a big knife at his last placement',

      'he cut his finger with a knife making tea',
      'what are the warning signs a child carries a knife',
      'he collects pocket knives',
      'knife crime awareness',
    ],
  },
  {
    rule: 'threatening-with',
    catches: ['hes threatening staff with a chair', 'threatening his carer with a hammer', 'shes threatening everyone with a stick'],
    calm: ['she is threatening to leave placement', 'threatening behaviour policy'],
  },
  {
    rule: 'place',
    catches: [
      'shes at the end of southport pier saying she wants to go in',
      'top of the multi storey car park, on the phone to me, wont come down',
      'shes on the bridge',
      'hes climbed onto the roof',
      'yp walking into the traffic',
      'shes sat on the window ledge',
    ],
    calm: [
      'placement is on the edge of breaking down and theres talk of hospital, what is a cetr',
      'girl said the police took me to hospital for being on the bridge, they said it was a 136, shes back now and asking what that means',
      'what happens after a young person is found on a bridge by police and taken somewhere',
      'we had a day out at southport pier',
      'her dad works on the railway',
      'we live near the river',
      'nan goes to bridge club on tuesdays',
      'stuck in traffic on the way to contact',
      'hes on top of the climbing frame at the park and wont come down for tea',
      'she was on the roof last year and wouldnt come down for hours, how do we plan',
      'she made a comment about jumping off the multi-storey one day, then laughed it off',
      'hes going down to the river after school to fish with his mates',
      'she was on top of the climbing frame at the park',
      'police picked her up from the bridge last night and took her to a place of safety',
      'she loves going to the sea',
      'we need a roof over her head',
      'school trip to the river',
      'he walks over the bridge to school',
    ],
  },
  {
    rule: 'strangling',
    catches: ['hes trying to strangle himself', 'shes choking herself with her hands', 'yp keeps strangling herself'],
    calm: ['he strangled himself with a scarf last year', 'she choked on her dinner'],
  },
  {
    rule: 'wounds',
    catches: ['hes just stabbed another lad at the home', 'shes slit her wrists', 'hes been stabbed', 'yp has set fire to the bin'],
    calm: ['setting the table with her', 'he stabbed his fork into his food'],
  },
  {
    rule: 'emergency-services',
    catches: ['ambulance on the way', 'should i call 999 she wont wake up', 'weve called the police shes not answering'],
    calm: [
      'when should i call 999 rather than the crisis line',
      'when to call 999 for mental health',
      'should i call 999 if a child threatens suicide',
      'staff keep calling the police',
    ],
  },
  {
    rule: 'suicidal-now',
    catches: ['actively suicidal', 'yp is suicidal right now', 'shes overdosing'],
    calm: ['she was suicidal last year', 'how to support a suicidal teenager'],
  },
  {
    rule: 'bleeding',
    catches: [
      "bit of a situation, lad's cut himself quite deep, the towel's soaked through",

      'yp has just cut her arm quite deep and its not stopping bleeding',
      'found him in his room, been cutting, blood all over the carpet and hes gone pale',
      'yp attacked staff, my colleague is on the floor bleeding',
      'cut her arm, blood wont stop',
      'cant stop the bleeding',
      'theres blood everywhere',
      'shes cut really deep',
    ],
    calm: [
      'the comment about his mum cut him quite deep',
      'what does it mean if a cut is quite deep, when does it need stitches',

      'on her period and got blood all over her sheets, how do i talk to her about it',
      'she drew a picture with blood all over the walls',
      'bleeding gums when she brushes',
      'blood test tomorrow',
    ],
  },
  {
    rule: 'collapse',
    catches: ['shes unresponsive', 'he collapsed at school', 'yp fainted in the kitchen'],
    calm: [
      'struggling with fitting in at school',
      'the child is not responding to the behaviour plan',
      'she passes out leaflets at the youth club',
      'he responds well to praise',
    ],
  },
  {
    rule: 'harming-now',
    catches: [
      'self harming now deep cuts need help',
      'shes self harming infront of me screaming what do i do',
      'shes cutting right now',
      'cutting rn wont stop screaming at me to go away',
      'shes cutting her arms right now',
      'we can hear her hurting herself',
      'he is hurting himself now',
    ],
    calm: [
      'she said ive been burning myself with a lighter but its not bad, it was a few weeks ago, healed now',
      'rn on the ward said shes settled',
      'how do i stop her hurting herself',
      'he was hitting himself when he was little',
    ],
  },
  {
    rule: 'danger-now',
    catches: ['the baby is in danger, the others are not', 'she is in immediate danger', 'its an emergency right now', 'yp in danger now'],
    calm: ['children in care are in danger of exclusion', 'camhs said shes not at immediate risk', 'immediate risk assessment form'],
  },
  {
    rule: 'help-message',
    catches: ['she texted me saying help', 'he rang me to say help', 'shes in a car with older men'],
    calm: ['she texted me asking for help with homework', 'how do i help her'],
  },
  {
    rule: 'od-alone',
    catches: ['OD', 'od!!', 'oding'],
    calm: ['od meaning', 'odd behaviour at contact'],
  },
  {
    rule: 'odd',
    catches: ["shes od'd on her insulin", "yp od'd on paracetamol", 'he oded on his meds'],
    calm: ['she seems a bit odd on her new meds', 'odd on her own'],
  },
  {
    rule: 'pills-taken',
    catches: ['shes swallowed some tablets', 'hes took a bunch of pills', 'yp has downed a few pills'],
    calm: ['he took some tablets for his headache', 'she took some pills as prescribed'],
  },
  {
    rule: 'taken-something',
    catches: ['i think shes taken something', 'hes swallowed something and now hes drowsy', 'worried he has taken something'],
    calm: ['she has taken some money from my purse', 'he took his time getting ready'],
  },
  {
    rule: 'stockpiled',
    catches: [
      'is it 999 if a yp shows me a bag of tablets shes been saving and says shes decided to take them tonight',
      'shes been stockpiling paracetamol and says shell take them tonight',
      'hes hidden pills under his mattress to take them tonight',
      'shes hoarding tablets and talking about wanting to die',
    ],
    calm: [
      'what if a yp has tablets theyve been saving and says theyll take them tonight',
      'she had tablets shes been saving last year and said shed take them, how do we safety plan now',
      'hes got tablets for his asthma',
      'she has hidden her pills because she doesnt like taking them',
    ],
  },
  {
    rule: 'missing-and-suicidal',
    catches: [
      'missing 3 hours, said before she left she wants to die, not answering',
      'hes absconded from the ward on a section 3 and was talking about ending it',
      'yp has absconded and is suicidal',
      'ran off saying he wants to die',
      'went missing after saying she wanted to kill herself',
    ],
    calm: ['she went missing last year and talked about ending it', 'she has been missing from school', 'how do we report a missing child'],
  },
  {
    rule: 'fire',
    catches: [
      'shes lit the bathroom bin and locked herself in',

      'shes set her own hair on fire',
      'fire in the lounge, he set it, the little ones are upstairs',
      'hes threatening to burn the house down',
      'shes set herself on fire',
      'yp says shes burning the place down',
      'kitchen on fire, the kid started it, cant find the 10 year old',
    ],
    calm: [
      'she lit the candles on her birthday cake',
      'he lit the wheelie bins at school last year, how do we work with fire setting',
      'why do teenagers light bins',

      'we had a cosy fire in the lounge and she opened up about her mum',
      'the fire in the lounge is gas, is it safe with a 3 year old',
      'fire in the lounge last year, how do we help her with the trauma',
      'burning the candle at both ends',
      'he likes to set himself goals',
      'she and her carer get on like a house on fire',
      'she has nightmares about the kitchen on fire at her birth mums',
      'last year the kitchen was on fire and shes still scared of the cooker',
      'the house on fire scene in the book upset her, should i stop her reading it',
    ],
  },
  {
    rule: 'breathing',
    catches: ['she cant breathe', 'hes choking and cant breathe', 'yp cannot breathe properly'],
    calm: [
      'she has been avoiding school for weeks, says she feels sick and cant breathe on the bus',
      'she told her teacher i get so scared my hands shake and i cant breathe',
      'he told his teacher i see my dads face when i close my eyes and i cant breathe',
      'she cant breathe when shes having a panic attack',
      'cant breathe when anxious, what helps',
    ],
  },
  {
    rule: 'warning-signs',
    catches: ['hes given away all his stuff', 'she said tonights the night', 'a text from her, just one word, goodbye'],
    calm: ['shes giving away her old toys to charity', 'he says sorry for everything all the time, is that anxiety'],
  },
  {
    rule: 'od-refusing',
    catches: [
      'after an overdose she is refusing treatment',
      'she says shes od and is trying to leave',
      'suspected overdose, refusing to let us call anyone',
    ],
    calm: ['she is refusing her meds', 'she refuses to talk about her overdose'],
  },
  {
    rule: 'means-and-plan',
    catches: ['shes got a rope and a plan', 'hes got a belt and says he has a plan', 'shes talking about a plan and has rope in her room'],
    calm: ['belt and braces plan for contact', 'safety plan includes removing rope and belts', 'belt and braces approach for contact'],
  },
  {
    rule: 'road',
    catches: ['hes lying in the middle of the road', 'shes sat in the road refusing to move', 'yp standing in the road'],
    calm: ['he walks down the middle of the road, how do we teach road safety', 'road safety for a 10 year old', 'we live on a busy road'],
  },
  {
    rule: 'access-to-means',
    catches: [
      'shes suicidal and has access to tablets',
      'suicidal and has pills in her bag',
      'he is suicidal and has rope hidden somewhere',
    ],
    calm: ['suicidal thoughts, how to help', 'support for suicidal teens'],
  },
  {
    rule: 'attempt',
    catches: ['yp attempting suicide', 'shes just tried to kill herself', 'hes just tried to drown himself in the bath'],
    calm: ['she tried to overdose two years ago', 'attempting to sleep in her own bed'],
  },
  {
    rule: 'taking-now',
    catches: ['hes taking loads of pills right now', 'shes taking paracetamol one after another now', 'yp taking all the tablets tonight'],
    calm: [
      'young person on a ward after taking tablets last week, medically fine now, can they stop her leaving',
      'shes taking her medication right now at the table',
      'he is taking his prescribed tablets tonight',
    ],
  },
  {
    rule: 'fresh-wounds',
    catches: ['found her in the bath with cuts to her wrists', 'hes got cuts on his throat', 'yp has fresh cuts on her wrist'],
    calm: ['old cuts on her wrists', 'scars from cuts on her wrists'],
  },
  {
    rule: 'not-coming-back',
    catches: ['she left and says shes never coming back', 'this is the last time well speak', 'he said he wont be coming back'],
    calm: [
      'a year 8 in care is showing signs of exploitation, leaving at lunch and not coming back, what should school do',
      'shes not coming back to this placement after respite',
      'he wont come back to the unit after contact',
    ],
  },
  {
    rule: 'held',
    catches: [
      'being held by dealers till he pays back what he owes',
      'someones holding him against his will',
      'a man has her in his car',
      'shes being held somewhere',
      'yp has been raped and hes still there',
    ],
    calm: ['being held by the police in custody', 'she was held back a year at school', 'being held accountable for his actions'],
  },
  {
    rule: 'violence-now',
    catches: ['hes smashing the place up', 'shes attacking staff', 'yp assaulting carers'],
    calm: [
      'smashing up bedroom',
      'smashing up room',
      'i only kick off cos nobody listens, thats what he said after smashing the tv',
      'excluded twice this term for fighting, smashing things at home',
      'he keeps smashing things when upset',
      'she is always attacking staff verbally',
    ],
  },
  // ------------------------------------------------------------------------------------------ danger.ts situations
  {
    rule: 'broad:cord-round-neck',
    catches: [
      'she keeps tying things round her neck, weve taken 3 off her',
      'found him with a dressing gown cord on, face purple',
      'shes tied a scarf to the wardrobe and wont open the door',
      'belt pulled tight round her neck',
      'shes tied a sheet to the radiator',
      'found him with a towel wrapped round his throat',
      'he has rope marks round his neck and wont say what happened',
    ],
    calm: [
      'the home manager says she cant keep a 15yo who is self harming daily and has tied things round her neck twice (not today, shes calm now), placement at risk of breaking down. is there a meeting for high risk cases like this',
      'hang the towel on the radiator',
      'she wears a lanyard round her neck',
      'stiff neck from sleeping funny',
      'she has love bite marks round her neck, how do we talk about relationships',
    ],
  },
  {
    rule: 'broad:overdose-now',
    catches: [
      'overdose i think 16yo girl',
      'overdose sertraline 15yo now',
      'took an overdoes of her sertraline, found the empty box just now',
      'had an overdoze i think',
      'shes done an od tonight',
    ],
    calm: ['what is the risk of overdose i think its paracetamol', 'he overdoes it at the gym', 'she overdoes the sugar at breakfast'],
  },
  {
    rule: 'broad:took-something-now',
    catches: [
      'hes drinking and necking pills saying its to end it all',
      "sorry to bother anyone, she's a bit wobbly, says she took a few of my tablets, maybe 15?",
      'bit worried, hes gone very quiet after saying he swallowed something from the bathroom cabinet',

      'my yp says shes going to drink the antifreeze in the garage',
      'had an edible, now paranoid and vomiting',
      '14yo admits taking 20 ibuprofen after the row',
      'texted staff ive taken everything',
      'my foster dd has tooken loads of tabs',
      'he smoked spice and hes not right',
      'her tablets are all gone from the cupboard',
      'shes taking xanax',
      'shes taken way more of her fluoxetine than she should',
    ],
    calm: [
      'training on what to do when a young person is taking pills saying they want to end it',
      'she took her pills last year saying it was to end it all, how do we talk about it now',
      'policy on children taking a few of their carers tablets by mistake',

      'she had more sweets than she should at the party',
      'a child died from taking mdma at a festival in the news',
      'he ate some sweets after school',
      'she has taken something from my purse',
      'she took her coat',
      'he had a cough',
    ],
  },
  {
    rule: 'broad:took-and-unwell',
    catches: [
      'just found empty ibuprofen packets in her room and shes being sick',
      'sorry to bother, probably nothing, but hes been really quiet since taking a few of his meds and hes a funny colour',
      'empty bottle of nans pills and the 13yo is being sick',
      'mdma at a festival, jaw going, says hes overheating',
      'yp vaping something off a mate and now hes having like a fit',
      'overdose. 15. conscious but slurring',
      'she drank something at the party and now shes really drowsy',
      'he drank vodka and now hes floppy',
      'ate some mushrooms in the park and is hallucinating',
      'he drank half a bottle of gin and is barely responding',
    ],
    calm: [
      'his wee is a funny colour after taking his antibiotics',
      'since taking a few of his meds at once last year he was sick',
      'where do we put empty ibuprofen packets, in the recycling',
      'something feels off with her lately',
      'i feel like something is not right with him since contact',
      'something weird about her mood',
      'she had a nap and is drowsy',
      'shaking hands when anxious',
      'drowsy in the mornings',
      'she is barely awake in the mornings, is that her meds',
    ],
  },
  {
    rule: 'broad:body-signs',
    catches: [
      'yp gasping for breath, panic or asthma dont know',
      'huge asthma attack, he cant talk',
      'he tok pils an now wont wak up',
      'shes breathing really weird and making gurgling noises',

      'his lips are going blue',
      'hes 12 really drowsy slurring and just been sick',
      'her lips are blue and shes floppy',
      'his eyes keep rolling',
    ],
    calm: [
      'how do we manage asthma attacks at school',
      'breathing exercises help when she feels the gurgling in her stomach',
      'what are the signs of breathing problems like gurgling in a baby',
      'her hair is going grey early',
      'her lips are chapped',
      'drowsy at school',
    ],
  },
  {
    rule: 'broad:signs-together',
    catches: [
      'hes grey and sweaty and clutching his chest after something at a party',

      'came back off his face, throwing up and cant stand',
      'hot to touch, neck stiff and really confused',
      'shes dizzy and her lips look purple',
    ],
    calm: [
      'he was grey and sweaty after football',
      'she clutches her chest dramatically when told to tidy her room',
      'what to do if a child is grey and clutching their chest',
      'she gets dizzy when she stands up too fast',
      'stiff neck from sleeping funny',
    ],
  },
  {
    rule: 'broad:starved-and-unwell',
    catches: [
      'not eaten for 5 days and cant stand up',
      'hardly eating for a week and now shes cold and shaky',
      'barely eating and now shes dizzy and confused',
    ],
    calm: [
      'school nurse, year 9 in care not eating lunch and dizzy in pe',
      'she hasnt eaten breakfast all week',
      'fainted last year when she wasnt eating, doing well now',
    ],
  },
  {
    rule: 'broad:hands-on-throat',
    catches: ['shes got her hands round the younger girls throat', 'he has his arm around his brothers neck', 'his hands on her throat'],
    calm: ['hand on her heart', 'put his arm around her shoulder'],
  },
  {
    rule: 'broad:hurting-someone-now',
    catches: [
      'im watching a live video of one of our girls being hurt',

      'a gang are at the door saying theyll hurt him if he doesnt come out',
      'can hear on the phone a resi staff member hitting a child',
      'foster carers husband is drunk and hitting the foster child, neighbour rang us',
      'shes getting beaten up in the park and someones filming it',

      'young person strangling another resident in the garden',
      'one of our lads is on the floor getting kicked by a gang',
      'resi staff member being hit with a chair leg',
      'on the phone and i can hear him being kicked in',
      'some lad is forcing her into a bedroom at a party',
      'the 10 year old has pinned the baby down and is hitting him',
      'hes kicking his sister right now',
      'dad is battering mum',
      'her brother is being smacked by his mums boyfriend in the car park',
      'mums boyfriend just rang our girl saying hes coming round to finish her off',
    ],
    calm: [
      'school say he cant sit still and is hitting other kids, they want him assessed for adhd',
      "resi worker in Sefton. one of our boys hurt his hand punching a wall earlier, he's settled now but it's swollen. he's 15 - which children's A&E should we take him to",
      'online safety training on live streams where children are being abused',
      'what to do if you see a live video of a child being hurt',
      'watching a video of a child being hurt was shared in the group chat last week',

      'a gang were at the door last year saying theyll hurt him, how do we help with his anxiety',
      'what should i do if a child says hes being raped',
      'he was being beaten up at school last year',
      'what to do if a staff member is being hit',
      'she is very distressed, not hurting herself, just sobbing',
      'he was hitting his sister when he was little',
      'hitting the books before exams',
      'shes outside and playing with her brother',
      'her nan is coming round to beat us at scrabble tonight',
      'she told her therapist she dreams her birth dad is coming to kill her',
    ],
  },
  {
    rule: 'broad:weapon-threat',
    catches: [
      'mild panic lol, 16yo has taken the car keys after drinking, says hes going to crash it on purpose',
      'staff member locked in the office, yp outside with a metal pole',
      'says hes going to shoot up the school, has access to his uncles gun',
      'hes chasing his carer round the garden with a hammer',
      'smashed a bottle and is going for the other kids with it',
      'hes got a hammer and keeps saying hes going to smash his brothers head in',
      'says hes gonna shank someone',
      'shell batter her with a bat',
      'hes got a crowbar and is banging on his brothers door',
      "he's outside the neighbours door with a hammer shouting",
    ],
    calm: [
      'hes learning to drive, worried hell crash it',
      'he crashed his bike on purpose last year',
      'baseball bat for his birthday',
      'knife skills cooking class',
      'the joiner came round with his hammer to fix the door',
      'he was at the neighbours door with a bat shouting at their dog last summer',
    ],
  },
  {
    rule: 'broad:just-assaulted',
    catches: [
      'mum has just slapped the toddler really hard',
      'dad just punched him',
      'her boyfriend has battered her',
      'she has just bitten her little brother on the arm really hard',
    ],
    calm: [
      'he just hit the ball over the fence',
      'punched the air when he scored',
      'she just kicked off about bedtime',
      'he just bit into his sandwich',
    ],
  },
  {
    rule: 'broad:abuse-now',
    catches: [
      "yp says her boyfriends outside with his mates and they're going to make her do stuff again tonight",
      "yp at a flat with older men, she's texted that they're making her have sex with them",

      '14yo gone, friend says shes at a party where men are giving girls drugs',
      'shes texted me an address, says shes being sexually assaulted at a party',
      'shes being sexually assaulted at a party, shes texting me',
      'there are men in the flat with her and she says theyre making her do things',
      'a visitor is in her room touching her and wont leave',
      'a man shouting at her and her screaming',
      'her stepdad is abusing her and wont leave the house',
      'i walked in on her uncle touching her on the sofa',
    ],
    calm: [
      'worried her boyfriend will make her do stuff she doesnt want to, how do we talk about consent',
      'training on how older men make girls have sex with them in exploitation',
      'signs of cse when men are making her have sex with them',

      'how do i talk to her about parties where men are giving girls drugs',
      'she was at a party where men were giving girls drugs, how do we do safety work',
      'how to teach about good and bad touching',
      'touching base with her sw',
      'walked in on her getting changed and she screamed at me',
    ],
  },
  {
    rule: 'broad:held-or-taken',
    catches: [
      'dealers are holding him, theyve sent us a video',
      "dad took her from the school gate, he's drunk and she was screaming",
      "man in a car keeps circling and just threatened our yp, says he's coming back for him",

      'they wont let me go home, they want me to take stuff to blackpool is what he said before the line went dead',
      'at contact dad has locked the door and wont let the supervisor or the boy out',
      'her dad has just taken her from contact, hes not allowed her, hes driving off',
      'older bloke keeps turning up at the home, hes outside now trying to get in to get her',
      'our 12 year old got in a strangers car outside the park, neighbour saw it',
      'an older man wont give our girl back',
      'shes on a train to london with a man she met online',
      'unknown adult collected our yp from school pretending to be family',
      'hes been taken to a flat by dealers and they took his phone',
      'our 14yo has got in a car with 2 grown men',
      'a woman just pulled a 7yo from our care into a taxi',
      'a woman we dont know has taken our 8 yr old from the park',
      'he keeps trying to open the car door on the motorway',
      'a man has dragged our 13yo into his car',
      'he wont let her leave',
      'she got in a car with a man she met online',
      'our 14 year old got bundled into a van outside the shop',
      "her 'boyfriend' has locked her in a room and she sent us a photo of the door",
      "county lines lot took him to blackpool, he rang crying saying they'll hurt him",
    ],
    calm: [
      'the dealers held him in a flat last year, how do we do safety planning',
      'the line are keeping him busy with runs, how do we disrupt it',
      'dad took her from the school gate last year when he was drunk',

      'how to manage overdose risk with adhd meds kept in the house',
      'they wouldnt let him go home before, at his old placement, is that why hes anxious',
      'she wont let the boy out of her sight at contact',
      'dad picked her up from contact as agreed, hes not allowed her overnight',
      'her boyfriend forgot his keys and was outside trying to get in',
      'our lad got in a random lads car last summer',
      'she got into a car with a stranger last year, how do we do safety work now',
      'got in the car to go to contact',
      'she got into the car for school',
      'let her leave early from school',
      'she got into the van for the school trip',
      'he was picked up by a man from the taxi firm for school',
      'her birth mum locked her in a room when she was little and now she panics at locked doors',
      'is it ok to have locked him in his room overnight? deprivation of liberty question',
      'county lines took him to blackpool last year, how do we do the return home interview',
      'county lines gangs took over a flat on our estate, how do i keep our lad away',
      'we locked him in his room for 5 minutes to calm down, was that wrong',
    ],
  },
  {
    rule: 'broad:missing-at-risk',
    catches: [
      "missing boy just texted 'come find me before its too late'",

      'mispers tonite, 14 yr old, with a man arrested for grooming last year',
      'gone awol with a known sex offender',
      'heading towards the train line saying he wants to die',
      'missing since 6, last thing on her insta was no one will miss me',
      'not come home and her phone off',
      'run off with a 19 year old',
      'hes been gone five hours, hes epileptic and left his meds here',
      'on the runcorn bridge walking along it wont answer phone, i can see her location',
      'ran out after a row 10 hours ago, type 1 diabetic and hes left his insulin',
    ],
    calm: [
      'missing episodes before, she texted come find me',
      'she went missing in the past and texted come find me before its too late',
      'what to do if a missing child texts come find me',

      "Residential manager. Had a 15yo girl come back from missing at 3am last night, dropped off by an older man in a car, new nails and hair done. She's safe in bed now but won't say where she's been. What should we be doing this morning and who needs to know?",
      "girl in our care went missing for 3 days and was found in Manchester with older men. she's back and says nothing happened. we're worried about her mental health as well as her safety. where do I start",
      'young person back after missing 2 days, seems exploited, what follow up should i flag',
      'he ran out of insulin at school, who do i ring',
      '15yo, repeat missing, found with older men, what pathways',
      'its 11pm and shes upset and cant cope, sat with me in the lounge, who do i ring',
      'its 10pm saturday and our 16 yo is very upset, who do we ring',
      'missing school a lot',
      'missing her mum',
      'he has been gone a few hours at football practice, back by tea',
      'is it safe for her to walk by the river on her own if she wont answer her phone',
      'her phone was off all day at the reservoir on the scout trip, she was fine',
      'she ran out after a row last week and came home an hour later, how do we plan for next time',
      'stormed out after a row, back now and settled, how do i repair things',
      'stormed out after a row about her phone being taken, shes 14 and autistic, how do i handle it next time',
    ],
  },
  {
    rule: 'broad:intent-soon',
    catches: [
      "teen says he's got rope in his bag and will do it as soon as i leave",

      'i think hes going to do it this time, hes at the open window',
      'ive got the tablets with me and im doing it at lunch',
      'im killing myself tonight',
      'ill end it all tonight',
      'im doing it when everyones asleep',
      'hes using it tonight',
      'he is gonna do it tonight',
      'wrote letters to each of us and asked where the bleach is',
    ],
    calm: [
      'edt: earlier tonight yp said they wanted to die, now calm and in bed with carer checking, what should the follow up be in the morning',
      'he says hell do his homework as soon as i leave',
      'she says shell tidy her room as soon as i leave',

      'he said i dont remember doing it, everything just went white',
      'window restrictors: what if hes going to jump from the open window',
      'shes going to jump at the chance to sit by the open window',
      'he said hed jump out of the window last year, how do we manage windows now',
      'shes not saying she wants to die tonight but im worried about her mood',
      'talking about not wanting to be here but says she isnt going to do anything tonight',
      'im doing the washing tonight',
      'she is doing it at school tomorrow',
      'she asked where the bleach is kept so she could clean her room',
    ],
  },
  {
    rule: 'broad:despair-shut-in',
    catches: [
      'locked herself in the bathroom saying theres no point living',
      'keeps saying he wants to be dead and wont open the door',
      'locked herself in the bathroom and says she wants to die',
      'barricaded in his room saying he wants to be dead',
      'shes been saying theres no point and now shes barricaded in her room',
      'prob overreacting but shes been in the bath over an hour door locked no answer',
    ],
    calm: [
      'wont open the door to the social worker',
      'she wants to be a doctor',
      'the bathroom door wont open, the lock is broken',
      'our policy on locked bathroom doors when theres no answer',
      'she likes a long bath with the door locked, is that ok at 15',
    ],
  },
  {
    rule: 'broad:blood-now',
    catches: [
      'shes cutting in the bathroom now and wont open the door',
      'theres a pool of blood',
      'hes bleeding loads',
      'shes lost loads of blood',
    ],
    calm: [
      'is she cutting in her room now, how do we check',
      'cutting her hair today',
      'cutting out sugar tonight',
      'blood test at the gp',
      'she hates blood',
    ],
  },
  {
    rule: 'broad:means-it',
    catches: [
      'shes been buying paracetamol and says this time she means it',
      'he has a rope and keeps saying hes not joking',
      'found tablets in her bag and she says shes going to do it',
    ],
    calm: ['she means it when she says she loves you', 'took paracetamol for a headache'],
  },
  {
    rule: 'broad:self-harm-wont-stop',
    catches: [
      'hes scratching himself with a compass and when i tell him to stop he just carries on',
      'she keeps carving herself with a pencil sharpener blade and wont stop',
      'she is bashing her head on the floor and wont stop',
      "he's burning himself with a lighter in the garden and won't let me near him",
    ],
    calm: [
      'she was cutting herself before she came to us, what helps',
      'he bangs his head when frustrated, is that sensory',
      'she was burning herself with a lighter last year and wouldnt let anyone near her',
      'she burns herself and wont let me near her afterwards, how do i talk to her about it',
    ],
  },
  {
    rule: 'broad:serious-wound',
    catches: [
      'slight problem, 14yo has cut himself and I think it needs stitches, its pouring',
      'hes just punched through the window and his hand is cut wide open',
      'the cut on her thigh is gaping, do we go to a and e',
      'i can see the white stuff inside the cut on her leg',
      'her forehead is pouring after she hit it on the door',
      'she held her arm on the hob and the skin is bubbling and peeling',
      "punched through the window, hand pouring, glass everywhere, he's 13",
    ],
    calm: [
      'his hand was cut open last year when he punched a window, he still has the scar',
      'the seam on his hand puppet is ripped wide open',
      'how do i know if a self harm cut needs stitches or steri strips',
      'how do i look after self harm wounds',
      'the scars on her arms have faded over the years',
      'her skin is peeling from sunburn after the holiday',
      'her skin is peeling from eczema on her hands',
      'his hand was pouring with sweat before the exam',
      'she burnt her hand pouring the kettle last year',
      'he punched through a window last year and has scars on his hand',
    ],
  },
  {
    rule: 'broad:threat-with-means',
    catches: [
      'foster carer saying she cant go on, shes got the car keys and pills',
      'texted me she will top herself, has got the dog lead with her',
      'shes going to end herself, she has bought a rope',
      'keeps saying shell end herself, has got a bag of pills with her',
    ],
    calm: ['she said she wanted to kill herself two years ago', 'how do i ask a child if they want to kill themselves'],
  },
  {
    rule: 'broad:weapon-in-a-fight',
    catches: [
      "she's going at her carer with a hammer",
      "yp has a bat and is going after the carer, we're locked in the office",

      'two lads fighting with a bat in the garden, ones got a head wound',
      'two lads fighting in the lounge and one has grabbed a golf club',
      'hes swinging a golf club at his brother in the garden',
      'hes swinging at the other lad with a pole',
      'she picked up a brick and is kicking off at the staff outside',
    ],
    calm: [
      'she had a bat and was going after the ball in rounders',
      'he went at his carer with a hammer last year, how do we rebuild trust',

      'two lads were fighting with a bat at school last year, hes still scared',
      'he used to carry a knife before he came into care',
      'how do we search rooms for weapons',
      'swinging a bat at the ball in rounders',
    ],
  },
  {
    rule: 'broad:taken-by-family',
    catches: [
      'hi, supervised contact at the family centre in bootle today, worker went to the loo for 2 mins and mum has walked out the back with him. was due back at 5, its gone 7, phone off. she said last week shed never give him back',
      'dad drove off with him after contact, it was meant to be supervised',
      'birth mum ran off with her from the park, contact worker calling police',
      'unsupervised, his uncle has gone off with him and wont answer',
    ],
    calm: [
      'mum walked out with him last week at contact and wont pick up, how do we plan for next time',
      'the supervisor said last week mum might walk out with him, what can we put in the plan',
      'contact with mum went well and she left with her nan after',
      'can contact be unsupervised with dad',
    ],
  },
  {
    rule: 'broad:in-traffic',
    catches: [
      'shes dodging cars on the motorway',
      'wandering across the dual carriageway in the dark',
      'shes weaving in and out of the traffic on her bike laughing',
      'he keeps stepping out in the middle of the main road at cars',
      'um quick one, 15yo in the back of my car just opened the door on the motorway trying to jump out',
    ],
    calm: [
      'walking in the middle of the road, teaching her road safety',
      'road safety for a 10 year old who runs off',
      'she used to run across the road when upset',
      'we live in the middle of the village near a busy road',
      'how do i stop a yp opening the car door when were driving',
      'on the motorway she kept asking to get out for the toilet',
      'last summer on the motorway she tried to jump out, now we use child locks',
      'we were stuck on the motorway for ages and she was trying to get out of doing her reading',
    ],
  },
  {
    rule: 'broad:final-acts',
    catches: [
      "he's written a note and says he's done, I'm with him now",

      'yp says ive written my note and wont let me in',
      'hes written letters and given his stuff away, says tonight',
      'she has written her goodbye letters and says its all sorted',
      'texted me everythings sorted for when i go',
      'shes given away her clothes and games and has a rope in her wardrobe',
      'hes written a note and says the bridge is where hell go',
    ],
    calm: [
      'he wrote a note last year saying hes done',
      'training on suicide notes and what to do if a yp writes that theyre done',

      'she wrote a note last year and wouldnt let me in her room',
      'she wrote letters to her birth family in life story work',
      'he gave away his old xbox to his cousin at christmas',
      'he wrote a note to say he was going on the train to see his nan',
    ],
  },
  {
    rule: 'broad:fumes',
    catches: [
      'hes sat in the car with the engine running and the garage door shut',
      'found a hose on the exhaust of mums car, she is in it',
      'shes shut in the kitchen and the gas is on',
      'smell of gas upstairs and hes stuffed a towel under his door',
    ],
    calm: [
      'she left the car running while she popped into the shop',
      'how do we talk to him about his dads death from fumes years ago',
      'we can smell gas near the boiler, who do we call',
    ],
  },
  {
    rule: 'broad:medicine-going-fast',
    catches: [
      'shes eating her vitamin tablets like smarties',
      'there were 28 in the box this morning and now theres 5',
      'hes been taking the allergy pills like sweets all afternoon',
    ],
    calm: ['she takes her tablets every morning with breakfast', 'how many tablets can you buy in one go'],
  },
  {
    rule: 'broad:fall-or-blow',
    catches: [
      'he came off the shed roof and his leg looks broken',
      'he banged his head on the wall during the restraint and keeps being sick',
      'knocked down by a van on the way back from school, holding his stomach and crying',
    ],
    calm: [
      'he fell off his bike and grazed his knee, hes fine',
      'she banged her head on the cupboard door, little bump, chatting away',
      'he hit his head at football and was a bit confused for a minute but is fine now',
    ],
  },
  {
    rule: 'broad:psychosis-acting',
    catches: [
      'hes hallucinating and trying to jump off the landing',
      'she says there are demons in the walls and she is trying to burn them out with a lighter',
      'the voices told him to cut himself and hes walking to the kitchen now',
    ],
    calm: ['she hears voices most days, how do we support her at school', 'he was psychotic last year and tried to jump from a window'],
  },
  {
    rule: 'broad:climbing-high',
    catches: [
      'two lads are climbing the scaffolding on the flats next door',
      'shes climbed the electricity pylon by the playing fields',
      'he is trying to get out of the bedroom window on the second floor',
    ],
    calm: ['they are putting scaffolding up on our house next week', 'he loves climbing at the indoor wall on saturdays'],
  },
  {
    rule: 'broad:gone-to-do-it',
    catches: [
      'she text her mate shes gone down to the docks to end it',
      'he said he wants to die and stormed off towards the reservoir',
      'shes right out on the end of the jetty and says shes going in',
    ],
    calm: ['she is going to the beach to do her duke of edinburgh litter pick', 'he loves fishing off the end of the pier with his nan'],
  },
  {
    rule: 'broad:means-ready',
    catches: [
      "probably nothing but he's been in the garage an hour with the rope from the shed and wont answer me",

      'shes got a rope in her bag and says shes going to the woods',
      'he messaged me, got the belt ready, this is it',
      'she has researched how much paracetamol would do it and has it in her bag',
      'hes worked out exactly how hell do it and there is a knife under his bed',
      'says hell take all his tablets in one go tonight',
    ],
    calm: [
      'we use rope at the climbing wall and she wont answer questions about it',
      'he took the rope camping last year and his phone was off',

      'she took a rope to the woods last summer, how do we talk about it',
      'her tablets are ready at the pharmacy, this is it for the month',
      'we looked up how many calories are in her packed lunch',
      'he says he will take all his tablets at once instead of morning and night',
    ],
  },
  {
    rule: 'broad:farewell-unreachable',
    catches: [
      'yp sent me a pic of the train tracks and said bye',

      'snap from yp by the time u read this ill be gone, not answering',
      'she messaged love you all and now her phone is switched off',
      'got a snap saying bye everyone, not picking up',
      'his last text said youre the only one who cared and hes not replying',
    ],
    calm: [
      'he sent a selfie from the viaduct on the school trip saying bye everyone',
      'pictures of the river from our day trip, she said bye to the ducks',

      'by the time you read this policy you will know the steps',
      'she said thanks for everything at her leaving do and gave me a hug',
      'thanks for everything she said, but she still wont answer my questions about contact',
    ],
  },
  {
    rule: 'broad:going-for-someone',
    catches: [
      'hes gone for his little sister, we got him off her but hes trying again',
      'she is coming at her foster carer, we cant hold her',
      'hes trying to smother the baby with a cushion',
      'stamping on a lad on the floor outside the chippy',
    ],
    calm: [
      'hes going for a sleepover at his nans',
      'he is going for his brother to pick him up from football',
      'she went for her sister with a pillow in a play fight last year',
      'trying to drown out the noise with music',
    ],
  },
  {
    rule: 'broad:missing-with-violent',
    catches: [
      'our lads not back, last seen with the group who stabbed someone last week',
      'shes gone off with the lads that carry knives and her phones off',
      'not back yet, last seen with the boys who robbed the corner shop',
    ],
    calm: ['she went missing last year with the lads who stabbed someone', 'he keeps going missing with the group that deals in town'],
  },
  {
    rule: 'broad:gone-unreachable-at-risk',
    catches: [
      'walked out of his cla review at the town hall, 14, was suicidal last week and wont pick up',
      'ran off from contact an hour ago, she self harmed last month and her phone is off',
      'hes gone missing from the unit, talked about killing himself on sunday and his phone is off',
      'not back from college, she wanted to die last month and shes not picking up',
    ],
    calm: [
      'she went missing but is home now, she was suicidal last week and her phone is off',
      'she went missing last year when she was suicidal and her phone was off, how do we plan',
    ],
  },
  {
    rule: 'broad:raging-and-threatening',
    catches: [
      'mums ex has turned up at the contact centre and is threatening the kids',

      'drunk uncle kicking off at the contact centre threatening the kids, staff cornered',
      'mums partner has lost it in the lounge and is threatening the little ones, im upstairs with the baby',
      'shes raging, threw the chair and staff are cornered in the office',
      'hes off his face and threatening to hurt the kids, weve locked ourselves in the bedroom',
    ],
    calm: [
      'mum keeps turning up at school threatening the kids',
      'what to do if a parent turns up at school threatening the children',

      'uncle kicked off at contact last year threatening the kids, should contact continue',
      'how do we manage a parent kicking off at contact and threatening the kids',
      'he keeps kicking off and threatening the other kids, what strategies help',
      'staff felt cornered in the meeting about the rota',
    ],
  },
  {
    rule: 'broad:adult-with-child-now',
    catches: [
      '10 yo says her uncle is in her room right now at an unsupervised contact',
      'an older man is in her bedroom at the home and staff cant get him out',
      'a stranger is in her bedroom at the party and shes texting me to come',
      'her mums boyfriend is in the bathroom with her and shes crying',
      'his uncle is in the room with him right now and he sounds terrified',
      "a man's followed her home and is waiting at the end of the road, she's terrified",
    ],
    calm: [
      'her uncle was in her room at an unsupervised contact last year, she told us today',
      'her stepdad is in the house at weekends, is that ok with the plan',
      'a man from the council is in the flat doing repairs today',
      'her mums boyfriend is in the house a lot and she says shes scared of him',
      'an older man followed her home from school last month and she was scared, how do we safety plan',
      'a man followed her home from the bus stop and shes scared to go out now, how do i help her feel safe',
      'a man followed her on tiktok and she is scared, how do i report it',
    ],
  },
  {
    rule: 'broad:family-taking-child',
    catches: [
      "mum's ex banging on the door saying he'll take her by force",

      'dads turned up at school drunk threatening to take his son, the lad is terrified',
      'birth dad has taken her from the school gate and wont bring her back, shes 6',
      'his uncle has him at manchester airport about to fly out, court order says he cant',
      'mum has taken him and is heading for the airport',
      'nan has picked him up from nursery and is refusing to hand him back',
      'her auntie collected the kids without permission and now her phone is off',
      'mum ran off with the baby at contact and theres a court order',
      'dad turned up at school and took him, dad has no contact and has made threats before',
    ],
    calm: [
      'taxi driver banging on the door to take her to school',
      'dad banging on the door to take her out for tea',

      'the sw turned up threatening to take the kids into care',
      'mum turned up at school threatening to take her out of school',
      'she refused to give him back his phone after the argument',
      'dad is taking the kids home after contact as agreed',
      'they took the kids to the zoo without permission from the sw',
      'dad has no contact and turned up at school last year, how do we stop it happening again',
      'mum came and collected him from school as agreed, she has contact on fridays',
      'court order says dad has no contact, who do i tell at school',
    ],
  },
  {
    rule: 'broad:smoke-or-flames',
    catches: [
      'hes pouring petrol on the shed and has a lighter',

      'shes pouring lighter fluid on her bed and has a lighter in her hand',
      'theres smoke pouring out of his bedroom window',
      'flames coming from under the bathroom door and she wont come out',
      'hes set the curtains on fire',
    ],
    calm: [
      'he poured petrol on the bonfire at the weekend',
      'how should we store petrol in the shed safely',
      'he poured petrol on the shed last year and set it alight',

      'pouring lighter fluid on the bbq coals at the weekend, is he old enough to help',
      'he poured petrol on the bonfire last year and got burnt',
      'smoke coming out of the chimney next door',
      'she set the table for tea',
    ],
  },
];

describe('each urgent rule, pinned by what it must catch and the calm neighbours it must not', () => {
  it.each(table)('$rule', ({ rule, catches, calm }) => {
    expect(catches.length).toBeGreaterThanOrEqual(3);
    expect(calm.length).toBeGreaterThanOrEqual(2);
    // Pairs, so a failure shows the message and the rule that caught it (or none).
    expect(catches.map((q) => [q, urgentRule(q)])).toEqual(catches.map((q) => [q, rule]));
    expect(calm.map((q) => [q, urgentRule(q)])).toEqual(calm.map((q) => [q, undefined]));
  });

  it('pins every rule and every broad situation, and nothing else', () => {
    const named = [...ruleNames, ...situations.map((s) => `broad:${s.name}`)];
    expect(table.map((p) => p.rule).sort()).toEqual([...named].sort());
  });
});
