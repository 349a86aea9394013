import { join, resolve } from 'node:path';
import { loadContentFiles, formatProblem } from '../../src/content/load';
import { crossCheck } from '../../src/content/check';
import { isInternalNote } from '../../src/content/check-sources';

describe('content check: sources that are internal notes', () => {
  const load = loadContentFiles(join(__dirname, '..', 'fixtures', 'sources'));
  const problems = crossCheck(load, new Date('2026-11-24')).filter((p) => /internal note/.test(p.message));
  const all = problems.map(formatProblem).map((m) => m.replace(/^.*?fixtures\/sources\//, ''));

  it.each([
    ['practice-only-internal.yaml:1: warning: its only source is an internal note ("Domain fact sheet for the toolkit, section 6")'],
    ['practice-path-and-public.yaml:10: warning: source "../shared/research/domain-facts.md, section 6" is an internal note'],
    ['practice-path-and-public.yaml:11: warning: source "Internal briefing for the team" is an internal note'],
  ])('warns %s', (expected) => {
    expect(all.some((m) => m.startsWith(expected))).toBe(true);
  });

  it('warns, never fails', () => {
    expect(problems.length).toBe(3);
    expect(problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('leaves public pages (even about research) and the seed by section alone', () => {
    expect(all.some((m) => m.includes('practice-public-research'))).toBe(false);
    expect(isInternalNote({ title: 'NIHR, research summary', url: 'https://example.org/r' })).toBe(false);
    expect(isInternalNote({ title: 'Children in Care Toolkit bitesize training (local, January 2026), learning outcomes' })).toBe(false);
    expect(isInternalNote({ title: 'Notes', url: 'https://example.org/../shared/research/domain-facts.md' })).toBe(true);
  });

  it('finds none in the real content: every entry cites what its facts rest on', () => {
    const real = loadContentFiles(resolve(__dirname, '..', '..', 'content'));
    expect(
      crossCheck(real)
        .filter((p) => /internal note/.test(p.message))
        .map(formatProblem),
    ).toEqual([]);
  });
});
