import { isUrgent } from '../../src/search/urgent';

// Situations happening now: each must bring the urgent-safety card first.
const urgent = [
  "she's just slit her wrists", 'he has been stabbed', 'found him hanging in the wardrobe', "he's tried to hang himself",
  "she's walking into traffic", 'he jumped off the bridge', 'yp overdosing right now', "she's threatening to kill herself",
  "says he'll stab his carer", 'ambulance on the way she took pills', "should i call 999 she wont wake up",
  'actively suicidal and missing since this morning', "she's in the river", "he's drunk antifreeze", "she's swallowed batteries",
  "he's set fire to his room", 'threatening to jump from the window', "child has taken mum's tablets", 'taken 30 paracetamol',
  'shes took all her meds at once', 'he is standing on the edge of the cliff', 'she has a rope and says she is going to hang herself',
  'THE YP HAS TAKEN AN OVERDOSE', 'my young person has a ligature round her neck',
  'she is smashing the place up right now and attacking staff', 'we have called the police she is on the bridge',
];
// Questions about a topic, or history: information, not an emergency.
const calm = [
  'signs of self harm', 'what to do if a young person threatens suicide', 'how to support a child who self harms', 'paracetamol overdose risk',
  'ligature risk training', 'suicide prevention training for foster carers', 'she has overdosed before', 'how many tablets is an overdose',
  'knife crime awareness', 'talking to teenagers about suicide', 'what is a crisis plan', 'can i take her to a and e',
  "what if she says she'll kill herself", 'bereavement after suicide', 'she jumped at every noise', "he's been cutting for years",
  'tablets for adhd', 'how to lock away medicines', 'safety plan for self harm', 'cutting down on screen time', "she's on tablets for anxiety",
  'he took his adhd medication today', 'had her meds this morning', 'she ate nothing today', 'a bridge between services',
  // A pattern to plan for, not something happening now.
  'residential staff keep calling the police over small incidents', 'hes kicking off every night and smashing things',
];

// More ways of telling an emergency: slang, typos, places, means, and the warning signs
// (a goodbye message, giving things away). Written to review the rules, not taken from use.
const moreUrgent = [
  "she's just swallowed a whole packet of paracetamol", "he took 30 of his sertraline about an hour ago", "yp has drunk bleach",
  "she's overdosed, what do i do", "found him with a belt round his neck",
  "she's tied something around her neck in the bathroom", "he's standing on the bridge saying he's going to jump",
  "she is on the roof of the care home threatening to jump", "yp on the railway tracks now",
  "he's got a knife and is threatening staff", "she is holding a knife to her own wrist",
  "he has cut his wrists and there's blood everywhere", "cant stop the bleeding from her arm",
  "she's unconscious after taking pills", "he's not breathing properly after drinking and taking tablets",
  "she texted me saying she's going to end her life tonight", "he says he will kill himself tonight and has a plan",
  "she's written a suicide note and left the house", "yp missing and has sent a goodbye message",
  "she says she has taken an overdose but won't tell us what", "he's threatening to stab his foster carer",
  "she's locked herself in the bathroom with a razor and won't come out", "he is trying to strangle himself",
  "she's walking into traffic on the main road", "he's on the motorway bridge", "child has set fire to her bedroom",
  "she has taken all her mums tablets", "yp says she's taken an overdose an hour ago", "he has swallowed batteries",
  "she's in the river", "the young person is trying to hang herself", "she's just told me she's going to kill herself right now",
  "he's barricaded in his room with a knife saying he'll use it", "lad has a ligature round his neck and is unresponsive",
  "she's jumped out of the first floor window", "he is having a seizure after taking something",
  "yp found collapsed in the park", "she's been stabbed", "he's cutting himself right now and won't stop",
  "suicidal right now, what do i do", "yp od'd on paracetamol", "shes took an od", "hes hanging from the banister",
  "she's cut herself badly and it won't stop bleeding", "gone missing and said she's going to kill herself",
  "threatening to jump off the balcony", "he's drunk a bottle of vodka and taken pills", "she's taken ket and isn't responding",
  "lad has taken a load of pills and is being sick", "found her with a plastic bag over her head",
  "she's sat on the window sill of the 3rd floor", "he's run off towards the train station saying he wants to die",
  "yp has told me she has tablets and will take them tonight", "she's just texted me a photo of her cuts and says goodbye",
  "he's pointing a knife at himself", "she's gone to the beach and says she'll walk into the sea",
  "child choking on something and cant breathe", "he's swallowed razor blades", "she drank nail varnish remover",
  "shes taken 16 ibuprofen", "yp overdosed on her insulin", "he's climbed onto the roof", "she's at the top of the multi storey",
  "i think shes taken something, shes really drowsy and slurring", "hes threatening to burn the house down with everyone in it",
  "she's got a lighter and is burning herself now", "he's head banging against the wall and there's blood",
  "yp says he's going to take his own life today", "she's saying she wants to die and she's walked out into the road",
  "child has stopped breathing", "URGENT she has taken a massive overdose", "he's necked a bottle of pills",
  "yp swallowed a load of her antidepressants 10 mins ago", "shes sitting on the edge of the bridge",
  "hes threatening to throw himself off the balcony", "she says she'll jump in front of a train",
  "he's tied a shoelace round his neck", "found her unresponsive in her room",
  "he's fitting and there's an empty packet of pills", "she is cutting her arms right now in the toilets",
  "hes got a blade to his throat", "shes got a knife and says she's going to kill herself",
  "young person missing, sent a message saying sorry for everything and goodbye", "she said she's going to end it all tonight",
  "he's written a will and given away his stuff and says tonight's the night",
  "yp in a&e refusing treatment after od and trying to leave", "she's on the phone to me now saying she's taken tablets",
  "hes drunk loads and taken a handful of pills", "she's got a rope in her room and a plan", "child has drunk washing up liquid",
  "he's eaten a load of his nan's tablets", "my foster child is hanging from the door, what do i do",
  "she's stood on the railway bridge", "he's in the middle of the road lying down",
  "shes locked in the bathroom and we can hear her hurting herself", "staff have found her with cuts that won't stop bleeding",
  "she's disappeared after saying she wanted to die", "yp is suicidal and has access to tablets now",
  "he says he's going to overdose tonight", "he's taken 20 paracetamol",
  "OD", "she's overdosed!!", "The young person has ingested an unknown quantity of medication",
  "young person has ingested bleach", "HELP she's cut her throat", "yp has absconded and is threatening suicide",
  "he's just told me he has a knife in his bag and wants to hurt someone", "she's been raped and is with the man now",
  "a man has her in his car and she's texting me scared", "she is being held somewhere and can't get out",
  "emergency - child missing with suicidal thoughts", "she's gone onto the roof of the unit",
  "he's hitting his head on the floor and won't stop, there's blood", "she's taken her whole prescription",
  "he took a fistful of pills", "she's downed a bottle of calpol", "he's taking pills right now", "she's about to jump",
  "she's climbing over the railings on the bridge", "he's gone to the cliffs and says he's not coming back",
  "she says this is the last time we'll speak", "found him with a noose", "yp attempting suicide now",
  "she's just tried to kill herself", "he's tried to strangle himself with a cable",
  "we found her in the bath with cuts to her wrists", "she's set herself on fire", "he's drunk vodka and is unconscious",
  "she's taken an od of insulin", "yp took 12 co-codamol",
  // A threat to kill oneself brings the card even when told as a pattern: a false alarm costs a glance.
  "she threatens to kill herself whenever she doesnt get her way",
];
// Questions with alarming words in them that are still questions, history or everyday life.
const moreCalm = [
  "what does od mean", "overdose aftercare advice", "how to help a child with suicidal thoughts",
  "a child in care is self harming what support is there", "our yp was raped two years ago and is struggling",
  "the cliffs walk for a day out", "bath time routine for a 7 year old", "child protection medical after injury",
  "hospital discharge after an overdose", "cuts on her arms healing, how to care for them", "he hit his head playing football",
  "she wants to set up a fire pit", "how to talk about suicide with a foster child", "when to call 999 for mental health",
  "what does absconding mean", "unknown quantity in a medicine cupboard audit", "prescription collection for lac",
  "calpol dose for a 6 year old", "he keeps hitting his head when frustrated", "she's in the bath for hours",
  "signs of self harm in teenagers", "how do i talk to a yp about suicide",
  "she took an overdose last year, what should the safety plan include", "ligature risk assessment for a new placement",
  "what to do if a child says they want to die", "how to keep medicines safe in a foster home",
  "he keeps threatening to run away", "she has a history of overdoses, can camhs help", "knife crime awareness for teenagers",
  "how do i refer to camhs", "what is section 136", "is it normal for a 15 year old to drink at parties",
  "she jumped on the trampoline and hurt her ankle", "he was on the bridge last month, how do we support him now",
  "what happens after an overdose in hospital", "how to support a child who self harms", "can a foster carer give paracetamol",
  "child keeps cutting, what support is there", "eating disorder warning signs", "my yp is low and withdrawn",
  "who do i call out of hours for advice", "she talks about death a lot in her drawings",
  "training on suicide prevention for residential staff", "what do i do if a child discloses abuse",
  "he smashed his phone yesterday after contact", "how do we make the home safer for a child who self harms",
  "what is the crisis line number", "book annual leave", "she's been sectioned under section 2, what happens next",
  "yp is in hospital after self harm, what happens now", "what counts as a mental health emergency",
  "should i call 999 if a child threatens suicide", "he's been cutting for months and it's getting worse",
  "she jumped at every noise after the move", "how many tablets of melatonin can a child have",
  "she cut her hair really short, should i worry", "they got a knife crime talk at school", "he's on the waiting list for camhs",
  "she's on the edge of care proceedings", "what do i do if a child takes an overdose", "first aid for self harm wounds",
  "how to respond when a yp says goodbye before leaving placement", "he likes climbing trees, is that a risk",
  "she wants to go to the beach for the day", "train station pick up for contact", "she burnt her hand cooking",
  "how long does an od take to affect the liver", "teenager vaping a lot", "he used to head bang when he was little",
  "lock the medicines cabinet policy", "what is a ligature", "is cutting a form of self harm", "breathing exercises for anxiety",
  "she's drowsy on her new meds", "he took his inhaler", "she said goodbye to her old school",
  "insulin management for a diabetic child in care", "how do i support a yp with a plan to go to college",
  "bridging the gap between camhs and social care", "how do i support a child who took an overdose last month",
  "what is a safety plan", "she talks about wanting to die sometimes, who do i refer to",
  "he is obsessed with knives and weapons, is that a concern", "teenager watching videos about suicide",
  "how do we remove ligature points", "train journeys for contact", "she loves the sea",
  "is it safe for him to walk to school over the bridge", "she's taking her tablets as prescribed",
  "he's been prescribed sertraline", "what should be in a crisis plan for a looked after child",
  "camhs said she's not at immediate risk", "she fell and cut her knee", "he's always on his phone at night",
  "how to talk to a child about death", "what is nhs 111 option 2", "self harm first aid kit for carers",
  "she's hanging out with older boys", "how many paracetamol is a safe dose for a 12 year old",
];

describe('urgent safety detection', () => {
  it.each(urgent)('treats "%s" as urgent', (q) => expect(isUrgent(q)).toBe(true));
  it.each(calm)('treats "%s" as information', (q) => expect(isUrgent(q)).toBe(false));
  it.each(moreUrgent)('treats "%s" as urgent', (q) => expect(isUrgent(q)).toBe(true));
  it.each(moreCalm)('treats "%s" as information', (q) => expect(isUrgent(q)).toBe(false));

  it('finds an emergency told at the end of a long message, and none in a long calm one', () => {
    const filler = 'We had a review meeting this week and talked about school, contact and the placement plan. '.repeat(60);
    expect(isUrgent(`${filler}Then tonight she texted me saying she's taken a load of paracetamol.`)).toBe(true);
    expect(isUrgent(`She's on the bridge right now. ${filler}`)).toBe(true);
    expect(isUrgent(filler)).toBe(false);
  });
});
