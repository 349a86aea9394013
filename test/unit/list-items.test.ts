import { urgentRule } from '../../src/search/urgent';
import { listItems } from '../../src/search/urgent/list-items';

/**
 * A message of several items tells several things: each item is read alone, so one item's routine words do not speak for
 * another's danger.
 */
describe('list items', () => {
  it('splits a bulleted or numbered list into its items, with their run-on lines', () => {
    expect(listItems('For info:\n1. Sefton panel\n2) Liverpool panel\n   on Friday\n- any questions')).toEqual([
      'Sefton panel',
      'Liverpool panel on Friday',
      'any questions',
    ]);
  });

  it.each(['one line only', 'Hi,\n\nA paragraph.\n\nAnother paragraph.', '- a single item\nand a line'])('no list: %s', (q) => {
    expect(listItems(q)).toEqual([]);
  });

  it('an emergency as one item among routine ones gets the urgent card', () => {
    const q =
      "Team update Friday\n- Thanks everyone for the quarterly data\n- Bank staff rota done\n- A friend over has collapsed in the bathroom, she's turning grey and they can't find a pulse\n- Enjoy the weekend";
    expect(urgentRule(q)).toBe('collapse');
  });

  it('a list of routine items, some with alarming words, stays calm', () => {
    const q =
      '- 14 calls, 3 placements\n- 2 missing episodes, both returned safe\n- 1 child taken to A&E after an overdose on Tuesday, discharged Wednesday with follow up\n- No outstanding actions';
    expect(urgentRule(q)).toBeUndefined();
  });
});
