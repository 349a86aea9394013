import { askerWords } from '../../src/search/asker-words';
import { topicFeatures } from '../../src/search/topic-model';

describe('whose worry a message is about (asker-words.ts)', () => {
  it.each([
    ['how do i look after myself when caring for a child with self harm', ['~own']],
    ['foster carer, my own anxiety is through the roof', ['~own']],
    ['is there any support for carers themselves', ['~own']],
    ['where can I get help for me', ['~for-me']],
    ['she self harms, what are the signs', []],
  ])('"%s" reads %j', (q, expected) => {
    expect(askerWords(q)).toEqual(expected);
  });

  it('keeps asker words out of the word pairs the topic model reads', () => {
    expect(topicFeatures(['carer', 'anxieti', '~own'])).toEqual(['carer', 'anxieti', '~own', 'carer_anxieti']);
  });
});
