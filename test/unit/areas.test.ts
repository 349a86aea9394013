import { join, resolve } from 'node:path';
import { loadToolkit } from '../../src/content/toolkit';
import { loadContentFiles, formatProblem } from '../../src/content/load';
import { crossCheck } from '../../src/content/check';
import { Answerer } from '../../src/answers/answerer';
import { cardText } from '../../src/answers/card-text';
import { ConfigError, loadConfig } from '../../src/config';
import { areaLabel, parseAreas, type Area } from '../../src/content/areas';
import { expectValidCard } from '../helpers/card-schema';

const CONTENT = resolve(__dirname, '..', '..', 'content');

/** What a practitioner sees, as text, with TOOLKIT_AREAS set to `areas`. */
function bot(areas: Area[]) {
  const { toolkit } = loadToolkit(CONTENT, { areas });
  const answerer = new Answerer(toolkit);
  const cards = (id: string) => {
    const { answer } = answerer.act({ verb: 'show', id });
    answer.cards.forEach(expectValidCard);
    return answer;
  };
  const steps = (id: string): string => {
    const e = toolkit.get(id);
    if (e?.kind !== 'pathway') return '';
    return e.steps.map((_, n) => answerer.act({ verb: 'step', id, step: n }).answer.cards.map(cardText).join('\n')).join('\n');
  };
  return {
    toolkit,
    answerer,
    entry: (id: string) => cards(id).cards.map(cardText).join('\n'),
    shows: (id: string) => cards(id).id === id,
    steps,
    urgent: () => answerer.ask('he has just taken an overdose').answer.cards.map(cardText)[0] ?? '',
  };
}

describe('TOOLKIT_AREAS in the configuration', () => {
  it('is both areas when unset or blank', () => {
    expect(loadConfig({}).TOOLKIT_AREAS).toEqual(['liverpool', 'sefton']);
    expect(loadConfig({ TOOLKIT_AREAS: '  ' }).TOOLKIT_AREAS).toEqual(['liverpool', 'sefton']);
  });

  it('reads comma-separated names in any case and order', () => {
    expect(loadConfig({ TOOLKIT_AREAS: 'sefton' }).TOOLKIT_AREAS).toEqual(['sefton']);
    expect(loadConfig({ TOOLKIT_AREAS: ' Sefton , LIVERPOOL,' }).TOOLKIT_AREAS).toEqual(['liverpool', 'sefton']);
  });

  it('refuses an unknown area, naming the variable, the name and the areas it knows', () => {
    expect(() => loadConfig({ TOOLKIT_AREAS: 'liverpool,wirral' })).toThrow(ConfigError);
    expect(() => loadConfig({ TOOLKIT_AREAS: 'liverpool,wirral' })).toThrow(/TOOLKIT_AREAS .*"wirral".*liverpool, sefton/);
    expect(() => loadConfig({ TOOLKIT_AREAS: ',' })).toThrow(/TOOLKIT_AREAS/);
    expect(parseAreas('Knowsley')).toEqual({ unknown: ['knowsley'] });
  });
});

describe('area labels', () => {
  it('label a fact for some of the areas shown, and only then', () => {
    expect(areaLabel(['sefton'], ['liverpool', 'sefton'])).toBe('Sefton');
    expect(areaLabel(['liverpool', 'sefton'], ['liverpool', 'sefton'])).toBeUndefined();
    expect(areaLabel(['sefton'], ['sefton'])).toBeUndefined();
    expect(areaLabel(undefined, ['liverpool', 'sefton'])).toBeUndefined();
    // Inside an entry that is for Sefton only, a Sefton contact needs no label of its own.
    expect(areaLabel(['sefton'], ['liverpool', 'sefton'], ['sefton'])).toBeUndefined();
  });
});

describe('TOOLKIT_AREAS=liverpool shows only Liverpool local facts', () => {
  const b = bot(['liverpool']);

  it('leaves out Sefton-only services: not shown, not searchable', () => {
    for (const id of [
      'service-sefton-lac-team',
      'service-active-schools',
      'service-ormskirk-emergency-department',
      'pathway-continuing-care',
    ]) {
      expect(b.toolkit.get(id)).toBeUndefined();
      expect(b.shows(id)).toBe(false);
    }
    const answer = b.answerer.ask('sefton lac nurses for a child in care').answer;
    expect([answer.id, ...answer.alternatives]).not.toContain('service-sefton-lac-team');
    expect(b.answerer.ask('Active Sefton schools programme').answer.id).not.toBe('service-active-schools');
  });

  it('keeps Liverpool, shared and national content', () => {
    for (const id of [
      'level-1',
      'level-4',
      'service-camhs',
      'service-kooth',
      'service-childline',
      'mha-s136',
      'concern-self-harm',
      'pathway-local',
    ]) {
      expect(b.shows(id)).toBe(true);
    }
  });

  it('drops Sefton contacts and steps from shared entries, without area labels', () => {
    const crisis = b.entry('pathway-crisis');
    expect(crisis).toContain("Liverpool City Council's out-of-hours emergency duty team");
    expect(crisis).not.toContain('Sefton Council');
    expect(crisis).not.toMatch(/(Liverpool|Sefton): /);
    expect(b.entry('service-camhs')).not.toContain('Sefton children in care');
    const local = b.steps('pathway-local');
    expect(local).toContain('Liverpool Levels of Need');
    expect(local).not.toMatch(/which levels of need framework Sefton uses/i);
    expect(local).not.toMatch(/(Liverpool|Sefton): Agree/i);
  });

  it('keeps the crisis line on the urgent card', () => {
    const urgent = b.urgent();
    expect(urgent).toContain('0151 293 3577');
    expect(urgent).toContain('999');
  });
});

describe('TOOLKIT_AREAS=sefton shows only Sefton local facts', () => {
  const b = bot(['sefton']);

  it('shows Sefton services and finds them', () => {
    for (const id of ['service-sefton-lac-team', 'service-active-schools', 'pathway-continuing-care']) expect(b.shows(id)).toBe(true);
    const answer = b.answerer.ask('sefton lac nurses for a child in care').answer;
    expect([answer.id, ...answer.alternatives]).toContain('service-sefton-lac-team');
  });

  it('leaves out the Liverpool Levels of Need', () => {
    for (const n of [1, 2, 3, 4]) expect(b.toolkit.get(`level-${n}`)).toBeUndefined();
    expect(b.answerer.act({ verb: 'command', name: 'menu' }).answer.cards.map(cardText).join('\n')).not.toMatch(/Levels of need/);
  });

  it('drops Liverpool contacts and steps, and says what Sefton has yet to confirm', () => {
    const crisis = b.entry('pathway-crisis');
    expect(crisis).toContain("Sefton Council's out-of-hours emergency duty team");
    expect(crisis).not.toContain('Liverpool City Council');
    expect(crisis).not.toMatch(/(Liverpool|Sefton): /);
    const local = b.steps('pathway-local');
    expect(local).not.toContain('Liverpool Levels of Need');
    expect(local).toMatch(/which levels of need framework Sefton uses.*\(local: to be confirmed\)/is);
  });

  it('keeps the crisis line on the urgent card', () => {
    expect(b.urgent()).toContain('0151 293 3577');
  });
});

describe('both areas shown: local facts that differ are labelled with their area', () => {
  const b = bot(['liverpool', 'sefton']);

  it("labels each area's own contact", () => {
    const crisis = b.entry('pathway-crisis');
    expect(crisis).toMatch(/Liverpool: Emergency duty team \(out of hours\): Liverpool City Council's/);
    expect(crisis).toMatch(/Sefton: Emergency duty team \(out of hours\): Sefton Council's/);
    // The crisis line covers both areas and national lines belong to none: no label.
    expect(crisis).toMatch(/^CAMHS crisis line: 0151 293 3577/m);
    expect(crisis).toMatch(/^Childline: 0800 1111/m);
    const camhs = b.entry('service-camhs');
    expect(camhs).toMatch(/Liverpool: CAMHS link for children in care/);
    expect(camhs).toMatch(/Sefton: CAMHS link for children in care/);
  });

  it('labels an entry for one area, and not its contacts again', () => {
    const lac = b.entry('service-sefton-lac-team');
    expect(lac).toMatch(/^Service · Sefton$/m);
    expect(lac).not.toMatch(/Sefton: Sefton/);
    expect(b.entry('level-2')).toMatch(/^Level of need · Liverpool$/m);
    expect(b.entry('service-camhs')).toMatch(/^Service$/m);
    expect(b.entry('service-childline')).toMatch(/^Service$/m);
  });

  it('labels the pathway step that differs by area', () => {
    const local = b.steps('pathway-local');
    // Step titles are bold, which the text rendering shows in capitals.
    expect(local).toMatch(/Liverpool: Agree the level of need/i);
    expect(local).toMatch(/Sefton: Agree the level of need/i);
    expect(local).not.toMatch(/(Liverpool|Sefton): Refer to the Alder Hey/i);
  });

  it('does not label the shared crisis line on the urgent card', () => {
    expect(b.urgent()).toMatch(/^CAMHS crisis line: 0151 293 3577/m);
  });
});

describe('content check: the area model', () => {
  const dir = join(__dirname, '..', 'fixtures', 'areas');
  const messages = (areas?: Area[]): string[] => {
    const load = loadContentFiles(dir);
    return [...load.problems, ...crossCheck(load, new Date('2026-11-24'), { areas })]
      .map(formatProblem)
      .map((m) => m.replace(/^.*?fixtures\/areas\//, ''));
  };
  const all = messages();

  it.each([
    ['service-no-area.yaml:1: a service is a local fact with no area'],
    ['service-national-and-local.yaml:5: marked national and for Sefton'],
    ['pathway-liverpool.yaml:23: step "Sefton step" is for Sefton but the pathway is for Liverpool only'],
    ['pathway-liverpool.yaml:26: contact "Sefton team" is for Sefton but its entry is for Liverpool only'],
    ['pathway-anywhere.yaml:19: contact "Duty team" is a local fact with no area'],
    ['urgent-safety.yaml:11: contact "Local crisis team" is a local fact with no area'],
    ['urgent-safety.yaml:5: no crisis contact for Sefton'],
  ])('reports %s', (expected) => {
    expect(all.some((m) => m.startsWith(expected))).toBe(true);
  });

  it("accepts a contact that inherits its entry's area, says what is unknown, or is a national line", () => {
    expect(all.filter((m) => /"(Liverpool team|Your area's duty team|Childline|Emergency|Crisis line)"/.test(m))).toEqual([]);
  });

  it('asks for a crisis contact only for the areas shown', () => {
    expect(messages(['liverpool']).some((m) => m.includes('no crisis contact'))).toBe(false);
    expect(messages(['sefton']).some((m) => m.includes('no crisis contact for Sefton'))).toBe(true);
    expect(all.some((m) => m.includes('no crisis contact for Liverpool'))).toBe(false);
  });

  it('finds nothing wrong with the real content, for either area or both', () => {
    for (const areas of [['liverpool'], ['sefton'], ['liverpool', 'sefton']] as Area[][]) {
      const load = loadContentFiles(CONTENT);
      const errors = [...load.problems, ...crossCheck(load, new Date('2026-12-01'), { areas })].filter((p) => p.severity === 'error');
      expect(errors.map(formatProblem)).toEqual([]);
    }
  });
});
