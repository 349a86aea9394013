import { resolve } from 'node:path';
import { loadContentFiles, formatProblem } from '../../src/content/load';
import { crossCheck } from '../../src/content/check';
import { loadToolkit } from '../../src/content/toolkit';
import { Glossary } from '../../src/content/glossary';
import { definitionAsked, glossaryIndex, titleNames } from '../../src/search/glossary';
import { Answerer } from '../../src/answers/answerer';
import { AnswerObject } from '../../src/answers/answer';

const CONTENT = resolve(__dirname, '..', '..', 'content');
const toolkit = loadToolkit(CONTENT).toolkit;
const index = glossaryIndex(toolkit.glossary);
const answerer = new Answerer(toolkit);
const asked = (q: string) => definitionAsked(q, index);
const textOf = (card: unknown): string => JSON.stringify(card);

describe('the glossary (content/glossary.yaml)', () => {
  // The terms practitioners meet in this field that people asked for a way into (issue 16).
  const required = [
    'SDQ',
    'IRO',
    'Gateway',
    'SPA',
    'ICB',
    'THRIVE',
    'DSR',
    'DSD',
    'Tier 4',
    'EDT',
    'CETR',
    'CAMHS',
    'CIC',
    'LAC',
    'CLA',
    'PEP',
    'EHCP',
    'VSH',
    'virtual school',
    'DT',
    'AMHP',
    'RC',
    's117',
    'MHA',
    'CTO',
    'NR',
    'YOT',
    'YJS',
    'CSE',
    'CCE',
    'EIP',
    'FCAMHS',
    'UASC',
    'SGO',
    'CP',
    'CIN',
    'LADO',
    'MASH',
    'SENCO',
    'GP',
    'A&E',
    '111',
    'CYP',
    'YP',
    'SW',
    'FC',
    'resi',
    'OOA',
    'DoL',
    'DoLS',
    'MCA',
    'Gillick',
  ];

  it.each(required)('has %s', (term) => {
    expect(asked(`what does ${term} mean`)?.term).toBeDefined();
  });

  it('opens an entry that exists for every term, with a button label of 25 characters at most', () => {
    for (const t of toolkit.glossary) {
      expect({ term: t.term, exists: toolkit.get(t.entry) !== undefined }).toEqual({ term: t.term, exists: true });
      expect(`Open: ${t.label}`.length).toBeLessThanOrEqual(25);
    }
  });

  it('says the Gateway is the multi-agency meeting and the SPA is the CAMHS front door, never the other way round', () => {
    const gateway = asked('what does gateway mean')!.term;
    expect(gateway.entry).toBe('pathway-gateway');
    expect(gateway.meaning).toMatch(/multi-agency meeting/);
    expect(gateway.meaning).not.toMatch(/front door|single point of access|refer/i);
    const spa = asked('what does spa stand for')!.term;
    expect(spa.entry).toBe('service-camhs');
    expect(spa.meaning).toMatch(/Single Point of Access.*Alder Hey CAMHS front door/);
    expect(asked('what does dsd mean')!.term.term).toBe('DSR');
  });

  it('fails the content check for a term whose entry does not exist, and for one word used by two terms', () => {
    const load = loadContentFiles(CONTENT);
    const glossary = load.glossary!;
    load.glossary = {
      ...glossary,
      terms: [...glossary.terms, { term: 'XYZ', aliases: ['iro'], meaning: 'a test', entry: 'role-not-there', label: 'Nowhere' }],
    };
    const messages = crossCheck(load, new Date('2026-12-01')).map(formatProblem);
    expect(
      messages.some((m) => /glossary\.yaml:\d+: terms\.\d+\.entry: XYZ: entry "role-not-there" is not the id of any entry/.test(m)),
    ).toBe(true);
    expect(messages.some((m) => m.includes('XYZ: "iro" is also a way of writing IRO'))).toBe(true);
  });

  it('passes the content check as it stands', () => {
    const load = loadContentFiles(CONTENT);
    expect(load.problems.filter((p) => p.file.includes('glossary')).map(formatProblem)).toEqual([]);
    expect(
      crossCheck(load, new Date('2026-12-01'))
        .filter((p) => p.file.includes('glossary'))
        .map(formatProblem),
    ).toEqual([]);
  });

  it('keeps each meaning to one line and each label short', () => {
    const term = { term: 'X', aliases: [], entry: 'role-iro', label: 'IRO' };
    expect(Glossary.shape.terms.element.safeParse({ ...term, meaning: 'one\ntwo' }).success).toBe(false);
    expect(Glossary.shape.terms.element.safeParse({ ...term, meaning: 'x'.repeat(241) }).success).toBe(false);
    expect(Glossary.shape.terms.element.safeParse({ ...term, meaning: 'fine', label: 'x'.repeat(20) }).success).toBe(false);
  });
});

describe('definition questions', () => {
  const shapes: [string, boolean][] = [
    ['what does {} mean', true],
    ['What does {} stand for?', true],
    ['what does the {} mean', true],
    ['{} meaning', true],
    ['{} stands for?', true],
    ['meaning of {}', true],
    ['define {}', true],
    ['what is meant by {}', true],
    ['what {} stands for', true],
    ['sorry, what does {} mean in social care?', true],
    ['what is {}', false],
    ["what's a {}", false],
    ['whats an {}', false],
    ['what is the {}?', false],
  ];
  const terms: [string, string][] = [
    ['IRO', 'IRO'],
    ['sdq', 'SDQ'],
    ['A&E', 'A&E'],
    ['s117', 's117'],
    ['dsd', 'DSR'],
    ['Tier 4', 'Tier 4'],
    ['looked after child', 'CIC, LAC, CLA'],
    ['DoLS', 'DoL, DoLS'],
  ];
  const cases = shapes.flatMap(([shape, meaning]) => terms.map(([said, term]) => [shape.replace('{}', said), term, meaning] as const));

  it.each(cases)('"%s" asks about %s', (q, term, meaning) => {
    expect(asked(q)).toMatchObject({ term: { term }, meaning });
  });

  it.each([
    'what is self harm',
    'what is section 136',
    'what does camhs do when a referral is rejected',
    'what does the iro do',
    'what does a high sdq score mean',
    'sdq score 18 what does it mean',
    'what is the gateway process for a referral to tier 4',
    'what does universal plus mean',
    'iro',
    'the iro wont return my calls',
  ])('"%s" is not a definition question', (q) => {
    expect(asked(q)).toBeUndefined();
  });

  it('knows when an entry title names the term as asked', () => {
    expect(titleNames('Independent Reviewing Officer (IRO)', 'iro')).toBe(true);
    expect(titleNames('Designated teacher', 'dt')).toBe(false);
  });
});

describe('the answer to a definition question', () => {
  it('is one line and one "Open" button to the entry that covers the term', () => {
    const { answer, band } = answerer.ask('what does IRO mean');
    // In the contract's terms: the entry that covers the term, answered directly, in one line.
    expect({ kind: answer.kind, id: answer.id, alternatives: answer.alternatives, urgent: answer.urgent, band }).toEqual({
      kind: 'role',
      id: 'role-iro',
      alternatives: [],
      urgent: false,
      band: 'glossary',
    });
    expect(answer.cards).toHaveLength(1);
    const card = answer.cards[0] as { body: { text: string }[]; actions: { title: string; data: unknown }[] };
    expect(card.body).toHaveLength(1);
    expect(card.body[0]!.text).toMatch(/^\*\*IRO\*\*: Independent Reviewing Officer: [^\n]+$/);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'Open: Reviewing officer', data: { verb: 'show', id: 'role-iro' } }]);
  });

  it.each([
    ['what is an iro', 'role-iro'],
    ['what is camhs', 'role-camhs'],
    ['what is the gateway', 'pathway-gateway'],
    ['what is s117', 'mha-s117'],
    ['what is tier 4', 'service-tier4'],
    ['what is gillick', 'practice-consent-capacity'],
  ])('"%s" is the whole entry: the term is its title or a section', (q, id) => {
    expect(answerer.ask(q).answer.id).toBe(id);
  });

  it.each([
    ['what does s117 mean', 'mha-s117'],
    ['what does tier 4 mean', 'service-tier4'],
    ['what is thrive', 'role-camhs'],
    ['whats a CTO', 'mha-s3'],
  ])('"%s" is the line, with the entry a press away', (q, id) => {
    const { answer, band } = answerer.ask(q);
    expect({ band, id: answer.id }).toEqual({ band: 'glossary', id });
  });

  it.each(['what is self harm', 'what is section 136', 'what does camhs do when a referral is rejected'])(
    '"%s" gets the usual answer',
    (q) => {
      expect(answerer.ask(q).band).not.toBe('glossary');
    },
  );

  it('still puts the urgent card first', () => {
    const { answer } = answerer.ask('what does od mean, she has taken an overdose');
    expect(answer.urgent).toBe(true);
  });

  it('leaves the button off where the entry is not shown in the areas served', () => {
    const liverpool = new Answerer(loadToolkit(CONTENT, { areas: ['liverpool'] }).toolkit);
    const { answer, band } = liverpool.ask('what does GP stand for');
    expect({ band, kind: answer.kind, id: answer.id }).toEqual({ band: 'glossary', kind: 'help', id: null });
    expect(textOf(answer.cards[0])).toMatch(/general practitioner/);
    // The GP entry is Sefton's (service-gp): not shown to Liverpool, so nothing to open.
    expect(answer.alternatives).toEqual([]);
    expect((answer.cards[0] as { actions?: unknown[] }).actions ?? []).toEqual([]);
  });
});

describe('the answer object, as the contract defines it', () => {
  it('uses only the contract kinds, for every listed question and definition asked', () => {
    const asked = [
      ...loadToolkit(CONTENT).toolkit.entries.flatMap((e) => e.questions.slice(0, 3)),
      ...loadToolkit(CONTENT).toolkit.glossary.map((t) => `what does ${t.term} mean`),
      'what does GP stand for',
      'can i book annual leave',
      'he has just taken an overdose',
    ];
    // The list in the shared contract (CONTRACT.md, "kind"), written out: not read from the code.
    const contractKinds = [
      'level',
      'concern',
      'pathway',
      'mha',
      'practice',
      'role',
      'service',
      'consultation',
      'help',
      'choices',
      'fallback',
    ];
    const wrong = asked
      .map((q) => answerer.ask(q).answer)
      .filter((a) => !contractKinds.includes(a.kind) || !AnswerObject.safeParse(a).success);
    expect(wrong.map((a) => `${a.query}: ${a.kind}`)).toEqual([]);
  });
});
