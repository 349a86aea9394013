import type { Answerer } from '../../src/answers/answerer';
import { CRISIS_TOPICS } from '../../src/answers/nearest';
import type { Labelled } from './evaluate';

export interface BlindFigures {
  topical: number;
  direct: number;
  firstOnCard: number;
  top3: number;
  wrongDirect: number;
  long: { n: number; direct: number };
  outOfScope: { n: number; refused: number; crisisButtons: number };
  emergencies: { n: number; urgentFirst: number };
  calm: { n: number; alarms: number };
  /** Misses, for after a set's figures are reported; never read while tuning on a blind set. */
  misses: { q: string; expected: string; got: string }[];
}

const words = (q: string) => q.trim().split(/\s+/).length;

/** The figures of the answers issue, as a practitioner would judge the cards. */
export function blindFigures(answerer: Answerer, set: Labelled): BlindFigures {
  const f: BlindFigures = {
    topical: 0,
    direct: 0,
    firstOnCard: 0,
    top3: 0,
    wrongDirect: 0,
    long: { n: 0, direct: 0 },
    outOfScope: { n: 0, refused: 0, crisisButtons: 0 },
    emergencies: { n: 0, urgentFirst: 0 },
    calm: { n: 0, alarms: 0 },
    misses: [],
  };
  for (const item of set) {
    const a = answerer.ask(item.q).answer;
    const ranked = [a.id, ...a.alternatives].filter((x): x is string => x !== null);
    const ok = (id: string | undefined | null) => id != null && (id === item.id || (item.also ?? []).includes(id));
    const got = `${a.urgent ? 'URGENT ' : ''}${a.kind}:${a.id ?? '-'} [${a.alternatives.slice(0, 3).join(',')}]`;
    if (item.urgent) {
      f.emergencies.n += 1;
      if (a.urgent) f.emergencies.urgentFirst += 1;
      else f.misses.push({ q: item.q, expected: 'URGENT', got });
      continue;
    }
    f.calm.n += 1;
    if (a.urgent) {
      f.calm.alarms += 1;
      f.misses.push({ q: item.q, expected: 'calm', got });
    }
    if (item.id === null) {
      f.outOfScope.n += 1;
      if (a.kind === 'fallback') f.outOfScope.refused += 1;
      else f.misses.push({ q: item.q, expected: 'out of scope', got });
      if (a.kind === 'fallback' && a.alternatives.some((id) => CRISIS_TOPICS.has(id))) f.outOfScope.crisisButtons += 1;
      continue;
    }
    f.topical += 1;
    const long = words(item.q) >= 20;
    if (long) f.long.n += 1;
    // A glossary answer carries the entry that covers the term as its id: direct when that entry is the one wanted.
    if (ok(a.id)) {
      f.direct += 1;
      if (long) f.long.direct += 1;
    } else {
      f.misses.push({ q: item.q, expected: item.id, got });
      if (a.id !== null) f.wrongDirect += 1;
    }
    if (ok(ranked[0])) f.firstOnCard += 1;
    if (ranked.slice(0, 3).some(ok)) f.top3 += 1;
  }
  return f;
}

const r = (n: number, d: number) => (d === 0 ? 'n/a' : (n / d).toFixed(3));

/** One line a measure, for the README and the report. */
export function describe(f: BlindFigures): Record<string, string> {
  return {
    'right entry answered directly': `${r(f.direct, f.topical)} (${f.direct}/${f.topical})`,
    'right entry first on the card': `${r(f.firstOnCard, f.topical)} (${f.firstOnCard}/${f.topical})`,
    'right entry in the top 3': `${r(f.top3, f.topical)} (${f.top3}/${f.topical})`,
    'wrong direct answers': `${r(f.wrongDirect, f.topical)} (${f.wrongDirect}/${f.topical})`,
    'messages of 20+ words answered directly': `${r(f.long.direct, f.long.n)} (${f.long.direct}/${f.long.n})`,
    'out of scope refused': `${r(f.outOfScope.refused, f.outOfScope.n)} (${f.outOfScope.refused}/${f.outOfScope.n})`,
    'crisis buttons on an off-topic refusal': `${f.outOfScope.crisisButtons}`,
    'emergencies given the urgent card first': `${f.emergencies.urgentFirst}/${f.emergencies.n}`,
    'urgent card on a calm question': `${r(f.calm.alarms, f.calm.n)} (${f.calm.alarms}/${f.calm.n})`,
  };
}
