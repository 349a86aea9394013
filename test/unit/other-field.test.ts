import { aboutAnotherField } from '../../src/search/other-field';

describe('messages about another field that borrows the toolkit’s words', () => {
  it.each([
    'what does section 5 on my MOT certificate mean',
    'whats in section 3 of the driving theory test',
    'my dog has separation anxiety any tips',
    'gateway review for my probation period',
    'how do i escalate an IT ticket',
    'level 3 diploma course fees',
    'section 21 eviction notice rights',
    'my level 3 safeguarding certificate expired where do i redo it',
    'when is the next bank holiday',
    "my car's level 4 service cost",
    'gateway to the internet not working, router',
    'secondary school league tables sefton',
    'is the section 3 of my cv the right place for references',
    'how do i escalate a grievance against my manager',
    'what does section 3 of my tenancy agreement mean',
    'how do i delete a teams chat',
    'what time does the tip shut on sunday',
    'how many calories should i eat to lose weight',
    'the meter reading on the office gas looks wrong',
    'shared parental leave, how many weeks can i take',
    'what are the fostering allowance rates for a 15 year old this year',
    'my wife wants a referral to talking therapies for anxiety',
    'passport form for a child in care going to france',
    'school run taxi is late again',
    'my brother is 38 and struggling with anxiety, who can he see',
    'care needs assessment for my 79 year old dad',
    'dols for my patient with dementia',
    'section 117 of the equality act',
    'section 11 audit for our school',
    'section 17 child in need plan review frequency',
    'who services the smoke alarm in the office, its been beeping all week',
    'is it ok for a 12 year old to watch it, its a 15',
    'whats the cost per week of a residential bed',
    'out of hours rota for next month',
  ])('"%s" is another field', (q) => {
    expect(aboutAnotherField(q)).toBe(true);
  });

  it.each([
    'the child is scared of dogs after being bitten',
    'yp spends all night on his laptop and is exhausted',
    'foster carer asking about parking at the camhs clinic',
    'section 3 how long',
    'separation anxiety in a 6 year old',
    'kooth website login',
    'who do i call on a bank holiday',
    'getting into cars with older men',
    'lads set the bins alight next to the house',
    'care leaver struggling with her tenancy and very low',
    'teams around the child, who should be there',
    'she wants to lose weight and has stopped eating',
    'any tips for a first camhs appointment',
    'a&e or the crisis line, which is right for our staff induction pack',
    'my wife and i foster, our 14 year old has stopped eating',
    'she keeps going off with a 30 year old man',
    'her mum is 42 and has dementia, how do we explain it to the kids',
    'section 17 child in need plan, she is self harming',
    'he set off the fire alarm again on purpose',
    'setting the wheelie bins on fire outside',
    'care leaver aged 24 with low mood, which service',
  ])('"%s" is about a child or the toolkit', (q) => {
    expect(aboutAnotherField(q)).toBe(false);
  });
});
