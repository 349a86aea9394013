import { sectionIn } from '../../src/search/mha-route';

describe('a Mental Health Act section named in a question', () => {
  it.each([
    ['what is s136', '136'],
    ['sec. 2 how long', '2'],
    ['section two rights', '2'],
    ['sect 5(2) nurse', '5(2)'],
    ['117 aftercare who pays', '117'],
    ['does section 3 give you 117', '117'],
    ['yp on s3 in t4 unit, s117 planning for d/c', '117'],
    ["he's been told he'll be put 'on a 3'", '3'],
    ['she is under a 2 on the ward', '2'],
    ["her 13 year old was 'sectioned under 2' overnight", '2'],
    ['detained on a 3 last night', '3'],
    // A move to another detention asks about the one moved to; side by side, the first.
    ['went from s2 to s3 last week, what changes', '3'],
    ['on a section 2 and the consultant is now talking about a section 3', '3'],
    ['she was on a section 2 for 28 days and now the doctors want to put her on a section 3', '3'],
    ['detained under section 2 last month and now on a section 3. who is the nearest relative', '3'],
    ['s2 vs s3', '2'],
    ['difference between section 2 and section 3', '2'],
    // A holding power that turns into a detention is what is asked about.
    ['how does a section 4 turn into a section 2', '4'],
    ['section 136 then taken to a place of safety and assessed for section 2', '136'],
    // Typed in a hurry.
    ['sction 3 renewl', '3'],
    ['sectn 4 emergancy', '4'],
    ['setion 2 how long', '2'],
    ['whats setcion 2', '2'],
  ])('"%s" names section %s', (q, section) => {
    expect(sectionIn(q)).toBe(section);
  });

  it.each([
    'on a 3 month waiting list',
    'on a 2 week wait for camhs',
    'scored 3 on a 5 point scale',
    'age 3',
    'year 5 pupil',
    'sectioned under 2 months ago',
  ])('"%s" names none', (q) => {
    expect(sectionIn(q)).toBeUndefined();
  });
});
