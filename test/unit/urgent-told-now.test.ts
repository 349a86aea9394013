import { isUrgent, urgentRule } from '../../src/search/urgent';
import { toldNow } from '../../src/search/urgent/told-now';
import { readQuestion } from '../../src/search/question';

/**
 * A danger told as now outranks the words that would make it history, habit, a policy question or a
 * write-up. Each message below holds such a word (in brackets, the word a rule or a calm heading read
 * as calm) beside a danger happening now: each must get the urgent card.
 */
const toldAsNow = [
  'hes got a knife to his brothers neck, he used to be so gentle', // used to
  "went country last week, his mate says the older lads have taken him again and they've got a blade to him", // last week
  'hes got a knife and is stood outside his ex girlfriends house, he has a history of violence', // history of
  'shes got scissors and is threatening the other girl right now, how do i record this', // how do i record
  'quick policy question, shes taken 30 paracetamol an hour ago do we go to a and e or call 111', // policy question
  'how do i record this for the file, she has swallowed a whole packet of pills and is being sick', // for the file
  'debrief can wait, hes just stabbed a lad in the lounge', // debrief
  'in theory we should wait for police but hes got a knife to his sisters throat', // in theory
  'reading the file she has tried this before, shes now got a belt round her neck in the bathroom', // reading the file
  'noose round his neck in the garage, he has a history of attempts', // history of
  'ligature on, shes saying she means it this time', // means
  'hes sat on the edge of the bridge, hes been on the edge of a breakdown for weeks', // edge of
  'on a trip to the seaside and shes stood at the edge of the cliff crying saying she wants to die', // trip to
  'shes having a seizure and its been going on 10 mins, she has a history of epilepsy', // history of
  'shes unconscious on the bathroom floor, ive done first aid but what do i do now', // first aid
  'taken a whole box of her mums co codamol, history of overdose', // history of
  '13yo has taken 30 paracetamol an hour ago, previously known to camhs', // previously
  'shes drunk bleach, she did this in the past too', // in the past
  'hes been hoarding paracetamol and said hes taking them tonight, he used to do this', // used to
  'she wants to die right now and is not safe now, shes in the garage', // safe now
  'no intent she says, she has a plan to kill herself tonight and has the pills ready', // no intent
  'she says she wouldnt do it, shes sent goodbye messages to everyone and turned her phone off', // wouldnt do it
  'found a suicide note saying thank you for looking after me, shes not in her room', // thank you
  'a man has her in his car right now, what should i do if a child is picked up by older men', // what should i do if a child
  'hes got a knife and is standing over his mum, what to do when a child has a knife', // what to do when
  'updating our training pack when a yp ran in and said shes drunk bleach', // updating our training
  'he got angry over a game and punched the window, blood everywhere and it wont stop', // game
  'case study for my NVQ but its literally happening now, resident has punched through a window and his wrist is spurting blood', // case study
  'what do i put on the incident report - hes got a screwdriver to his own wrist and is digging it in now', // incident report
  'teacher on a school trip. sometimes she gets overwhelmed but shes now climbed over the sea wall railings and the tide is right in', // sometimes
  'keeps saying no intent no intent but shes halfway up the electricity pylon behind the school', // no intent
  'our policy says ring edt first but hes on the garage roof screaming hes going to jump', // our policy says
  'what counts as an overdose? she necked half a bottle of calpol about 20 mins ago', // what counts as
  'supervision reflection can wait, hes locked in the bathroom with a razor and wont answer', // supervision reflection
  'not for an emergency, just asking - can you overdose on melatonin, she took the whole bottle', // not for an emergency
  'three years on from the last time and shes just taken 40 paracetamol, being sick now', // years on
  'her last placement broke down after she set fires, now shes set her duvet alight and the room is filling with smoke', // last placement
  'reflecting after the meeting but shes just texted me a photo of her wrists cut open', // reflecting after
  'staff get hit most weeks but right now hes strangling a staff member on the floor', // most weeks
  "lad said he's going to do the boy who jumped him last week, he's just left the house with a machete in his school bag", // last week
  'in the case file it says he has a history of fire setting and right now his room is on fire', // in the case file
  'reviewing our first aid policy and a boy has just swallowed a button battery, hes drooling and crying', // reviewing our policy
  'at 9 he swallowed batteries, hes 15 now and has just swallowed a handful of tablets, being sick', // at 9 ... 15 now
  'police took her on a 136 earlier but now shes back on the bridge climbing the railings', // now shes back
  'previously known to camhs, shes just swallowed bleach and her mouth is burning', // previously
  'we fitted anti ligature fittings but shes tied her school tie round her neck and is going blue', // anti ligature fittings
  "Hypothetically what would you do if a kid swallowed a whole pack of co-codamol about 20 minutes ago, because that's what's happening here", // hypothetically
  "Case study: a YP has been locked in a bedroom by their carer for two days without food. That's not hypothetical, I'm at the house and I can hear her crying", // case study
  'hi its karen from the childrens home, weve got a policy question for later but first - shes just swallowed a blade and is coughing up blood', // policy question
  "Doing a case study for my course, unrelated, but I'm on shift and the girl has just run out with a knife saying she's going to do the lad who jumped her", // case study
  'EDT: police are with our YP on the Runcorn bridge railings now, asking whether to use a 136 and where to take him', // use a 136
  'Just a general question about what counts as a notifiable event for Ofsted. The reason I ask is that one of our YP has been held in the back of a car by some older lads for the past hour', // what counts as
  "wanted to ask about level 3 and level 4 for my assignment. Actually, the girl I'm with on the ward has just pulled out her NG tube and her pulse is 38", // for my assignment
];

/** Calm neighbours: the same words, nobody in danger now. */
const calm = [
  'she wears a scarf round her neck in winter',
  'he wrapped a scarf round his neck to keep warm on the walk',
  'shes got the big knife to slice the bread',
  "she's on the edge of care proceedings",
  "he's hanging his washing up",
  'shes going to jump at the chance to sit by the open window',
  "she's taking her medication right now at the table",
  'what if a yp has tablets theyve been saving and says theyll take them tonight',
  'we found a suicide note in his room dated months ago, hes doing ok now, how do we raise it',
  '7yo keeps drawing people dying and blood everywhere, otherwise shes happy and eating and sleeping ok',
  'sitting on the flat roof of the garage last summer',
  'climbed out onto the garage roof to get his ball back',
  'for the carers training scenario: a child is on the roof threatening to jump. what should the carer do first?',
  'she sent a goodbye message to her class, thanks everyone',
  "how should I respond when a child tells me they want to die (they're safe right now)",
  'shes taken an overdose before, how do we plan for christmas',
  // Practice material and records, said so anywhere in the message.
  'for a case study: 15yo found unconscious after drinking, what would the safeguarding steps be',
  'what if a young person has taken an overdose and refuses to go to hospital - scenario for our team meeting',
  'our YP calmed down quickly after threatening staff with scissors earlier, what heading is that under, all fine now',
  "how do i record that he keeps saying he'll stab his brother? hes 6 and says it when angry, no access to anything sharp",
  'reflecting in supervision on how i handled a child saying they were going to kill themselves, was I right to ring CAMHS',
  'im running a training session on county lines, can you give me a realistic scenario involving a child being held in a trap house',
  'Our policy says call 999 if a child has overdosed. Should it also say which hospital for under 16s?',
  "What counts as 'imminent risk' when CAMHS are deciding on a tier 4 referral?",
  'What if a missing child was found by police sat at the edge of the Mersey - would that be a 136? Asking for our protocol.',
  'for the staff handbook: what to do if a pupil says they are thinking about suicide - not for an emergency right now, just the general steps',
  "Reflecting after a serious case review: the boy told his GP he was 'going to end it' three weeks before he died. What should primary care do differently?",
  'For my nursing revalidation reflection: a teenager who I knew was in care died of an overdose of MDMA at a festival.',
  "Our escalation policy mentions 'immediate danger' - is that the same thing as level 4 in the levels of need?",
  'Reflective question: three years on, a YP still talks about the night she was held in a flat by a group of men. Should we re-refer?',
  'The last placement ended after he set fire to his bedroom. How do we prepare as new foster carers?',
  'For the missing protocol: if a young person posts a goodbye message on Snapchat while missing, what should staff do? Writing it into the procedure now.',
  'Training for new EDT staff: if a child in care under 16 has taken an overdose, which emergency department do carers go to?',
  'Reflective log: last month we had a 14yo who went missing with a goodbye note, she was found safe.',
  'He swallowed batteries twice at his last placement (2023) - new carers want to know how to plan',
  'think hes cuttin again, found plasters in the bin, not urgent just worried',
  "If a child swallowed a button battery, what's the first thing staff should do? We're reviewing our first aid policy.",
  "In our policy we say staff 'must call 999 if a young person is at immediate risk'. Is that the right wording?",
  'If a young person tells me they have a plan to kill themselves but not today, is that an emergency or a referral? Asking for our guidance document.',
  "Our lad swallowed batteries at 9; he's 15 now and no incidents since. Does his care plan still need to mention it?",
  "In the past she's swallowed batteries and razor blades while on the ward. Now she's coming to our college. What should the support plan include?",
  'After a young person at a neighbouring college died on the tracks, our care-experienced students are shaken. How do we support the group?',
  'police took him on a 136 from the pier head how long can they keep him there',
  "Can you define 'imminent risk' for our crisis procedures, so staff know when to ring 999 versus CAMHS?",
  'How do I look after my own mental health when the job is getting on top of me?',
];

describe('a danger told as now, beside words that read as calm', () => {
  it.each(toldAsNow)('gives the urgent card for "%s"', (q) => expect(isUrgent(q)).toBe(true));
  it.each(calm)('stays calm for "%s"', (q) => expect(isUrgent(q)).toBe(false));

  it('raises nothing alone: a telling with no danger words a rule reads is not an emergency', () => {
    // "as we speak" is told as now, but no rule fits: the override only decides where a rule saw danger.
    const q = readQuestion('were at the park with the dog as we speak');
    expect(toldNow(q.cleaned)).toBe(true);
    expect(urgentRule(q)).toBeUndefined();
  });

  it('keeps the rule that names the situation: the override comes after every rule and situation', () => {
    // The blood situation names this one, not the violence rule whose exceptions called it calm.
    expect(
      urgentRule("she's locked herself in the bathroom and i can hear her smashing the mirror, keeps shouting she's going to cut"),
    ).toBe('broad:blood-now');
  });
});

describe('a long message read a sentence at a time where a sentence tells its danger as now', () => {
  it.each([
    'Doing my supervision notes and the rota. The carer has just rung, the 14 year old is on the bathroom floor and not breathing properly after taking something. She has a history of overdoses. Where do I file the notes?',
    'Quick one about mileage forms. Staff say our 15 year old is walking along the railway line towards the station and wont come back. He has had suicidal thoughts before. Who signs the mileage off?',
    'Writing up the review. The 12 year old has been taken from contact by a man claiming to be his uncle and nobody knows where they went. There is a family history of abduction. Which template do we use?',
  ])('gives the urgent card for "%s"', (q) => expect(isUrgent(q)).toBe(true));
  it.each([
    'Writing up the review. She took an overdose last spring and spent two nights on the ward. She is now doing well at college. Which template do we use?',
    'Quick one about the rota. He is walking to school on his own now and loving it. He had a history of going missing last year. Who signs the mileage off?',
    // A worry or a habit told in the present, beside a question about what to do: not a deed going on now.
    'CAMHS closed her case because she did not attend. She is still cutting. Can we re-refer straight away?',
    'A friend says she is cutting. She has never said anything to me. Do I ask her directly?',
    // A question about a danger, a quiz and a history told with now.
    'All settled. Can someone remind me what the threshold is for calling 999 vs 111 for a YP who has taken a small amount of paracetamol? Just for my own learning, nothing happened tonight',
    'Putting together a first aid quiz for staff. What should the answer be for a child is fitting, what do you do?',
    'She was raped at 12 and is now 15 and in therapy. Do we need her consent before sharing it with school?',
  ])('stays calm for "%s"', (q) => expect(isUrgent(q)).toBe(false));
});
