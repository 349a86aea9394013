import { urgentRule } from '../../src/search/urgent';
import { tenseReading } from '../../src/search/urgent/tense-reading';

/**
 * English written as a second language leaves verbs bare ("she take 40 tablet"); the urgent rules are written in standard
 * English, so such a message is read as done too, by the rules only. The rewrite must leave a bare form alone where it is right.
 */
describe('tense readings', () => {
  it('reads a bare verb as done', () => {
    expect(tenseReading('she take 40 tablet, she look fine')).toBe('she took 40 tablet, she look fine');
    expect(tenseReading('he come through window.')).toBe('he came through window.');
    expect(tenseReading('she lock herself in car and start the engine')).toBe('she locked herself in car and started the engine');
    // One person named, and a verb of harm: "grandad lock her in the shed".
    expect(tenseReading('grandad lock her in the shed, she call me crying')).toBe('grandad locked her in the shed, she call me crying');
    // Reported, with a time to come: a plan for a fire, not a fall.
    expect(tenseReading('she say she jump from the window when the fire alarm go')).toBe(
      'she said she jump from the window when the fire alarm go',
    );
  });

  it.each([
    'she wants to take her tablets', // after "to"
    'i take her to school every day', // first person
    'he has a cut on his arm', // a noun after "a"
    'can the birth mother take the child for contact?', // asked
    'she will come home on Friday', // after "will"
    'the police take a child to a place of safety', // after more than one doer
    'she wants to be a paramedic after seeing someone collapse at the bus stop', // seen doing it
    'what happen if somebody take 100 paracetamol', // asked as an if
    'the boy eat very spicy food and his face red', // one person named, but no verb of harm
    'how do i help a child say goodbye before a placement move', // helped to do it
    'he talked about watching his dad stab his mum', // seen doing it, a person named
  ])('leaves a bare form alone where it is right: %s', (q) => {
    expect(tenseReading(q)).toBeUndefined();
  });

  it.each([
    ['she lock herself in car and start the engine in the garage', 'broad:fumes'],
    ['older boy come for our girl, he have acid in the bottle he say for her face', 'weapon'],
    ['he say "dont worry about me i will be gone by morning" then go out with his dads tablets', 'goodbye'],
    ['is an adult man in the bedroom of the 14 year old, i hear talking, he come through window', 'held'],
  ])('an emergency told with bare verbs gets the urgent card: %s', (q, rule) => {
    expect(urgentRule(q)).toBe(rule);
  });

  it.each([
    'she take her tablets every morning with breakfast, who signs the chart?',
    'he say he want to go to college next year, how do we support him',
  ])('a calm question told with bare verbs stays calm: %s', (q) => {
    expect(urgentRule(q)).toBeUndefined();
  });
});
