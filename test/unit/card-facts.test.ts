import { resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { Answerer } from '../../src/answers/answerer';
import { cardText } from '../../src/answers/card-text';

/**
 * The facts practitioners act on, read from the rendered cards (what Teams shows), not the YAML.
 * Each line names its source in the content entry it comes from.
 */
describe('facts on the cards', () => {
  const { toolkit } = loadToolkit(resolve(__dirname, '..', '..', 'content'));
  const answerer = new Answerer(toolkit);
  const text = (cards: readonly unknown[]) => cards.map(cardText).join('\n');
  const shown = (q: string) => text(answerer.ask(q).answer.cards);
  const entry = (id: string) => text(answerer.act({ verb: 'show', id }).answer.cards);
  /** A pathway as a practitioner walks it: every step's card, in order. */
  const walked = (id: string) => {
    const e = toolkit.get(id);
    if (e?.kind !== 'pathway') throw new Error(`${id} is not a pathway`);
    return e.steps.map((_, step) => text(answerer.act({ verb: 'step', id, step }).answer.cards)).join('\n');
  };
  /** Every card the toolkit can show: each entry, and each step of each pathway. */
  const everyCard = () => toolkit.entries.map((e) => (e.kind === 'pathway' ? walked(e.id) : entry(e.id))).join('\n');

  it('the urgent card gives the Alder Hey CAMHS crisis line, 24/7, not a placeholder', () => {
    const t = shown('he has just taken an overdose');
    expect(t).toContain('0151 293 3577');
    expect(t).toMatch(/24\/7/);
    expect(t).not.toMatch(/add the number here/i);
  });

  it('the crisis pathway and the CAMHS entries give the same crisis line', () => {
    expect(walked('pathway-crisis')).toContain('0151 293 3577');
    for (const id of ['service-camhs', 'role-camhs']) expect(entry(id)).toContain('0151 293 3577');
  });

  it("Ormskirk children's A&E is open 8am to midnight and sends people to Alder Hey at night", () => {
    const t = entry('service-ormskirk-emergency-department');
    expect(t).toMatch(/8am to midnight/);
    expect(t).toMatch(/closed/i);
    expect(t).toMatch(/Alder Hey/);
    expect(t).not.toMatch(/24 hours a day/i);
  });

  it("Alder Hey children's A&E is open 24 hours", () => {
    expect(entry('service-alder-hey-emergency-department')).toMatch(/24 hours a day/);
  });

  it("the CAMHS front door is Alder Hey's Single Point of Access (SPA), and no card sends a referral to the Gateway", () => {
    expect(entry('service-camhs')).toMatch(/Single Point of Access \(SPA\)/);
    expect(shown('how do i refer to camhs')).toMatch(/Single Point of Access/);
    // A clause that says "do not send referrals to the Gateway" is the right message, not a misuse.
    const misuses = everyCard()
      .split(/[.;:\n]/)
      .filter((clause) => /refer\w*(\s+\w+){0,3}\s+(to|through|via|into) the Gateway/i.test(clause) && !/\b(not|never|no)\b/i.test(clause));
    expect(misuses).toEqual([]);
  });

  it('a post-admission CETR is due within 5 working days', () => {
    expect(walked('pathway-dsd')).toMatch(/within 5 working days of admission/);
  });

  it('the Mental Health Act durations: s2 28 days, s3 6 months, s136 and s135 24 hours (+12), s5(2) 72 hours, s5(4) 6 hours', () => {
    expect(entry('mha-s2')).toMatch(/28 days/);
    expect(entry('mha-s3')).toMatch(/6 months/);
    for (const id of ['mha-s136', 'mha-s135']) {
      expect(entry(id)).toMatch(/24 hours/);
      expect(entry(id)).toMatch(/12 hours/);
      expect(entry(id)).not.toMatch(/72 hours/);
    }
    expect(entry('mha-s5')).toMatch(/72 hours/);
    expect(entry('mha-s5')).toMatch(/6 hours/);
    const overview = entry('mha-overview');
    for (const d of ['28 days', '6 months', '24 hours', '12 hours', '72 hours', '6 hours']) expect(overview).toContain(d);
  });

  it('one name for the register: the Dynamic Support Register (DSR), never a database', () => {
    expect(walked('pathway-dsd')).toMatch(/Dynamic Support Register, or DSR/);
    expect(everyCard()).not.toMatch(/dynamic support data ?-?base/i);
  });

  it('who gatekeeps Tier 4 is said the same way everywhere: Ancora House for 13 to 18, Alder Hey for under-13s', () => {
    const gatekeeping =
      "for 13 to 18-year-olds by the Ancora House Assessment and Outreach Team; for under-13s through Alder Hey and its children's unit (the Dewi Jones Unit, now Sunflower House)";
    for (const id of ['service-tier4', 'service-ancora-house', 'service-dewi-jones-unit', 'role-camhs', 'level-4']) {
      const t = entry(id);
      expect({ id, said: t.includes(gatekeeping) }).toEqual({ id, said: true });
    }
    expect(entry('service-ancora-house')).not.toMatch(/every Sefton young person/);
  });

  it('section 117 aftercare does not cover ordinary accommodation', () => {
    const t = entry('mha-s117');
    expect(t).toMatch(/does not cover ordinary accommodation/);
    expect(t).toMatch(/enhanced, specialised accommodation/);
  });

  it('who pays rests on the ICB Responsibilities Regulations 2022 and the current Who Pays?, not the Standing Rules', () => {
    expect(walked('pathway-out-of-area')).toMatch(/Integrated Care Boards: Responsibilities\) Regulations\s+2022/);
    expect(entry('mha-s117')).toMatch(/Integrated Care Boards: Responsibilities\) Regulations 2022/);
    expect(everyCard()).not.toMatch(/Standing Rules Regulations 2012, Schedule/);
  });

  it("Childline's confidentiality exceptions are given in full", () => {
    const t = entry('service-childline');
    for (const exception of [
      /the child asks it to/,
      /life is in danger/,
      /hurt by someone in a position of trust/,
      /serious risk of harm/,
      /seriously harming someone else/,
      /younger child who cannot speak for themselves/,
    ])
      expect(t).toMatch(exception);
  });

  it('the routes to deprive a 16 or 17-year-old of liberty are said the same way in consent and capacity and section 131', () => {
    const routes =
      /For a 16 or 17-year-old, a deprivation of liberty can be authorised in only three ways: detention under the Mental Health Act, .*Court of Protection under section 16 of the Mental Capacity Act 2005.*inherent jurisdiction\. Parents cannot consent to it \(Re D \[2019\] UKSC 42\).*apply only from 18/;
    expect(entry('practice-consent-capacity')).toMatch(routes);
    expect(entry('mha-s131')).toMatch(routes);
  });

  it('antidepressants for under-18s as NICE NG134 puts it', () => {
    const t = entry('concern-low-mood');
    expect(t).toMatch(/NG134/);
    expect(t).toMatch(/not for the first treatment of mild depression/);
    expect(t).toMatch(/child and adolescent psychiatrist in specialist CAMHS/);
    expect(t).toMatch(/only in combination with psychological therapy/);
    expect(t).toMatch(/Fluoxetine is the one to offer first/);
  });

  it("the virtual school head's wider role is statutory, and no stale Pupil Premium Plus figure is given", () => {
    const t = entry('role-virtual-school');
    expect(t).toMatch(/is now statutory: the Children's Wellbeing and Schools Act 2026/);
    expect(t).not.toMatch(/£\s?\d/);
  });

  it('the Mental Health Act 2025 provisions in force since 18 February 2026 are named', () => {
    expect(entry('mha-overview')).toMatch(/since\s+18 February 2026, sections 30\(2\), 32, 35, 36\(1\) and \(3\)\(b\), 38 and 39/);
  });

  it('Addaction has been We Are With You since 2020', () => {
    expect(entry('service-addaction-stars')).toMatch(/We Are With You in 2020/);
  });

  it('escalation follows the Safeguarding Children Partnership, which replaced the LSCB in 2019', () => {
    const t = walked('pathway-escalation');
    expect(t).toMatch(/Safeguarding Children Partnership's/);
    expect(t).toMatch(/replaced Local Safeguarding Children Boards \(LSCBs\)/);
    expect(t).toMatch(/September 2019/);
  });

  it('a helpline that could not be verified is not given as a line to call', () => {
    const t = entry('service-youngminds');
    expect(t).toMatch(/could not be verified/);
    expect(t).not.toMatch(/0808 802 5544/);
  });
});
