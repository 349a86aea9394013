import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';

/** A refusal says where such questions usually go, so nobody is left with nowhere to ask. */
describe('the refusal for a question the toolkit does not cover', () => {
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);

  it.each(['whats the wifi password', 'how do i book annual leave', 'my payslip is wrong'])('"%s" is told where to ask instead', (q) => {
    const { answer } = answerer.ask(q);
    expect(answer.kind).toBe('fallback');
    const text = JSON.stringify(answer.cards);
    for (const where of ['HR', 'IT service desk', 'intranet', 'duty manager', 'their social worker']) expect(text).toContain(where);
  });
});

describe('another field’s use of the toolkit’s words', () => {
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);

  it.each(['what does section 5 on my MOT certificate mean', 'my dog has separation anxiety any tips'])(
    '"%s" is refused, not answered with a section or a worry',
    (q) => {
      expect(answerer.ask(q).answer.kind).toBe('fallback');
    },
  );

  it('a child in the same words is still answered: "section 3 how long"', () => {
    expect(answerer.ask('section 3 how long').answer.id).toBe('mha-s3');
  });
});

describe('crisis topics on a refusal', () => {
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);
  const crisis = ['pathway-crisis', 'concern-suicidal-thoughts', 'concern-self-harm', 'service-samaritans'];

  it.each([
    'crisis loan for a care leavers new fridge',
    'how do i request a new desk chair, back is killing me',
    'staffing crisis on the rota again, who signs off agency cover',
    'crisis in my team, two social workers off sick, how do I raise staffing with HR?',
    'risk assessment for a child in care going on a school ski trip',
    'how do I do a manual handling risk assessment',
    "What's the crisis line for my broadband provider?",
    'Placement crisis - no beds anywhere for a 10 year old tonight, any agencies with vacancies?',
    'how do I risk assess a trampoline in a foster home',
    'How do I get emergency housing for a homeless adult?',
    "foster child has nits, what's safe to use on a 3 year old",
    'energy crisis, can carers claim extra for heating',
    'risk assessment template for a school trip to the zoo?',
    'emergency plumber needed for the office, who do we call',
    'crisis in the home - washing machine flooded the kitchen',
    'Is it safe to swim at Crosby beach?',
    "Crisis team rota for August - who's on call Tuesday?",
    "Crisis in my own placement - me and my practice educator don't get on, who do I talk to at uni?",
    'my nan is in crisis with her pension, who do I speak to at the DWP',
    "translate 'are you safe' into vietnamese for a lad we found",
    'is the Mersey tunnel toll free for emergency vehicles',
    'sickle cell crisis pain relief adult',
    "My back's been killing me after coaching, should I see a physio?",
    'My sister has crisis with her husband in Romania, I need divorce lawyer',
    'What are the safe sleep guidelines for a 9 month old baby?',
    'my hips killing me after nights should I see a physio',
    "my own back's killing me can i get a same day gp appointment",
    'Crisis at work — our cook has just quit and lunch is in an hour, quick meal ideas for 20 toddlers?',
    'how do i sign up to volunteer at crisis at christmas',
    'Crisis comms plan template for the council press office',
    'What does the charity Crisis do for homeless adults?',
    "What's the safe temperature for storing donated chilled food?",
    'How do I risk assess a bouncy castle for the church fun day?',
    "crisis: the printer's jammed again and clinic starts in 5",
    "My lease car broke down on the M57, what's the breakdown crisis line?",
    "do I need consent from the social worker to cut my foster child's hair",
    'risk assessment template for a trampoline in a foster home',
    'risk assessment template for a young person riding an e-scooter',
    'crisis in my own housing situation, the landlord wants me out, who do I ring',
    'Is there a crisis team for adults in Southport?',
    "How do I complete the fire safety risk assessment for the children's home?",
    'crisis in my fostering household finances - can i get an advance on allowance',
    "the heating's gone off, it's a real crisis, who fixes it at the agency",
    'who do I ring for emergency funding for a new cooker',
    'How do I order nappies for an emergency baby placement?',
    "Crisis at home with my own teenager's GCSE revision, any good apps?",
    'where can I buy a cheap fireproof safe for meds',
    "Data breach crisis: I've emailed a report to the wrong person, what now?",
    "What's the number for an emergency crisis payment, I've got no money for the gas?",
    "crisis in the staffroom, the coffee machine's broken again lol",
    'What caused the crisis in the Weimar Republic? For my Year 9 history class.',
    'the crisis café near me, what time does it open for adults',
    "My mum's in crisis with her energy bills, who can help?",
    'Which hay fever tablets are safe while breastfeeding?',
    'Is paracetamol safe for a 6 year old with a temperature, what dose?',
    'Is Southport beach safe for swimming?',
    'is the new trampoline park safe for little ones?',
    "what's the crisis line for the housing benefit team",
    'Is there a crisis in FE funding? writing an article',
    'Is there a crisis in the UK housing market?',
  ])('"%s": a saying, not a crisis, so no crisis topics', (q) => {
    const { answer } = answerer.ask(q);
    expect(answer.kind).toBe('fallback');
    expect(answer.alternatives.filter((id) => crisis.includes(id))).toEqual([]);
  });
});

describe('a saying never hides a crisis word beside it', () => {
  const answerer = new Answerer(loadToolkit(resolve(__dirname, '..', '..', 'content')).toolkit);

  it.each(['is paracetamol safe for a suicidal 15 year old', 'are her tablets safe, she says she wants to die'])(
    '"%s": the crisis topics are offered',
    (q) => {
      const { answer } = answerer.ask(q);
      expect(answer.urgent || answer.alternatives.includes('concern-suicidal-thoughts') || answer.id === 'concern-suicidal-thoughts').toBe(
        true,
      );
    },
  );
});
