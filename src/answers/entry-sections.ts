import type { Entry } from '../content/schema';
import type { Section } from '../cards/schemas';
import type { Focus } from '../search/intent';

const section = (key: string, heading: string, items: readonly string[], collapsed = false): Section[] =>
  items.length ? [{ key, heading, items: [...items], collapsed }] : [];

/** An entry's sections, in the order its card lists them; some start folded. */
export function sectionsOf(e: Entry): Section[] {
  switch (e.kind) {
    case 'level':
      return [
        ...section('happening', 'What is happening for the child', [e.whatIsHappening]),
        ...section('signs', 'What you might notice', e.signs),
        ...section('risks', 'Risk factors', e.riskFactors, true),
        ...section('help', 'What could help', e.whatCouldHelp),
        ...section('who', 'Who is usually involved', e.whoIsInvolved, true),
      ];
    case 'concern':
      return [
        ...section('signs', 'What to look out for', e.signs),
        ...section(
          'by-age',
          'By age',
          e.signsByAge.map((a) => `${a.age}: ${a.signs.map((x) => x.replace(/[.;]$/, '')).join('; ')}.`),
          true,
        ),
        ...section('risks', 'Risk factors', e.riskFactors, true),
        ...section('care-risks', 'Common for children in care', e.careRiskFactors, true),
        ...section('help', 'What could help: carers', e.helpForCarers),
        ...section('help-practitioners', 'What could help: practitioners', e.helpForPractitioners, true),
        ...section('more-help', 'When to get more help', e.moreHelp),
      ];
    case 'pathway':
      return section('stalled', 'If it stalls', [e.ifStalled], true);
    case 'mha':
      return [
        ...section('purpose', 'What it is for', [e.purpose]),
        ...section('who', 'Who decides', [e.whoDecides]),
        ...section('duration', 'How long it lasts', [e.duration]),
        ...section('rights', "The child's rights", e.rights, true),
        ...section('in-care', 'For a child in care', e.childInCare),
        ...section('follows', 'What follows', [e.whatFollows], true),
        ...section('changes', 'Mental Health Act 2025', e.changes2025 ? [e.changes2025] : [], true),
      ];
    case 'practice':
      return [
        ...section('points', 'Key points', e.keyPoints),
        ...section('help', 'What to do', e.whatToDo),
        ...section('avoid', 'What to avoid', e.whatToAvoid, true),
      ];
    case 'role':
      return [
        ...section('who', 'Who they are', [e.whoTheyAre]),
        ...section('does', 'What they do', e.whatTheyDo),
        ...section('when', 'When to contact them', e.whenToContact, true),
      ];
    case 'service':
      return [
        ...section('offers', 'What it offers', e.offers),
        ...section('refer', 'How to refer', e.howToRefer),
        ...section('who-runs', 'Who runs it', [`Provider: ${e.provider}`, `Commissioner: ${e.commissioner}`], true),
      ];
    case 'consultation':
    case 'help':
      return section('points', e.kind === 'help' ? 'What you can ask' : 'What it involves', e.points);
  }
}

/** Keys of the sections a follow-up focuses on, by kind. */
export const focusKeys: Record<Focus, string[]> = {
  signs: ['signs', 'by-age', 'points'],
  risks: ['risks', 'care-risks'],
  help: ['help', 'help-practitioners'],
  'more-help': ['more-help', 'refer', 'when'],
};
