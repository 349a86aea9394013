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

describe('urgent safety detection', () => {
  it.each(urgent)('treats "%s" as urgent', (q) => expect(isUrgent(q)).toBe(true));
  it.each(calm)('treats "%s" as information', (q) => expect(isUrgent(q)).toBe(false));
});
