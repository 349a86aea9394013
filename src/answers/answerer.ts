import type { Toolkit } from '../content/toolkit';
import type { Entry } from '../content/schema';
import type { AdaptiveCard } from '../cards/render';
import { Searcher } from '../search/searcher';
import { routeSection, sectionIn } from '../search/mha-route';
import { urgentRule, urgentWarmUpSteps } from '../search/urgent';
import { readQuestion, type Question } from '../search/question';
import { focusIn, followUpFocus } from '../search/intent';
import { asksAftercare } from '../search/topics';
import { aboutAnotherField } from '../search/other-field';
import { glossaryIndex, type GlossaryIndex } from '../search/glossary';
import { GATE, chance, signalsOf } from './gate';
import type { AnswerObject, Band, Intent } from './answer';
import type { CardActionData } from './actions';
import { commandFor, type Command } from './commands';
import { entryCard } from './entry-cards';
import { pathwayCard } from './pathway-card';
import type { Focus } from '../search/intent';
import type { Memory } from './memory';
import { definedAnswer } from './glossary-answer';
import { urgentParts } from './urgent-answer';
import { walk } from './pathway-walk';
import { commandReply } from './command-reply';
import { nearestTopics } from './nearest';
import { choicesParts, fallbackParts, type Parts } from './parts';

const WARM_UP = ['my foster son is anxious about school and not sleeping well', 'what is section 3 of the mental health act'];

export interface Reply {
  answer: AnswerObject;
  memory: Memory;
  band: Band;
  intent?: Intent;
}

/** The framework-free core: one question (or button press) in, the cards Teams should show out. */
export class Answerer {
  private sections!: Map<string, readonly string[]>;
  private toolkit!: Toolkit;
  private searcher!: Searcher;
  private glossary!: GlossaryIndex;

  constructor(toolkit: Toolkit) {
    this.use(toolkit);
  }

  /** Switches to new content at once (a reload); questions in flight finish on the old. */
  use(toolkit: Toolkit): void {
    this.searcher = new Searcher(toolkit);
    this.glossary = glossaryIndex(toolkit.glossary);
    this.sections = new Map(toolkit.byKind('mha').map((e) => [e.id, e.sections]));
    this.toolkit = toolkit;
  }

  /**
   * Small steps that compile every detector's patterns, then read a few calm questions through the
   * search, so the first person to ask does not wait about two seconds; run one a turn.
   */
  warmUpSteps(): (() => void)[] {
    return [...urgentWarmUpSteps(), ...WARM_UP.map((q) => () => void this.ask(q))];
  }

  get entryCount(): number {
    return this.toolkit.entries.length;
  }

  /** Entries for a search box (the compose-box extension): best first, no bands, no urgency. */
  searchEntries(text: string, limit = 8): Entry[] {
    const section = sectionIn(text);
    const routed = section ? routeSection(section, this.sections) : undefined;
    const ids = [...(routed ? [routed] : []), ...this.searcher.search(text, limit).hits.map((h) => h.id)];
    return [...new Set(ids)]
      .map((id) => this.toolkit.get(id))
      .filter((e): e is Entry => e !== undefined)
      .slice(0, limit);
  }

  /** An entry's card to share into any conversation: its buttons need the bot there, so they go. */
  shareCard(entry: Entry): AdaptiveCard {
    // A copy without the buttons: the card itself may be shared with other replies.
    return Object.fromEntries(Object.entries(entryCard(this.toolkit, entry)).filter(([key]) => key !== 'actions')) as AdaptiveCard;
  }

  ask(text: string, memory: Memory = {}): Reply {
    return this.finish(text, this.respond(text, memory));
  }

  act(action: CardActionData, memory: Memory = {}): Reply {
    switch (action.verb) {
      case 'show':
        return this.finish('', this.show(action.id, memory) ?? this.fallback(memory));
      case 'step':
        return this.finish('', this.step(action.id, action.step, memory) ?? this.fallback(memory));
      case 'pathway': {
        // From the step the pressed card showed, not the conversation's: an old card cannot skip a step.
        const w = walk(this.toolkit, action);
        if (!w) return this.finish('', this.fallback(memory));
        const next: Memory = { ...memory, lastTopicId: w.entry.id, pathway: { id: w.entry.id, step: w.step } };
        return this.finish('', this.single(w.entry, w.card, next));
      }
      case 'ask':
        return this.ask(action.text, memory);
      case 'command':
        return this.finish('', this.command(commandFor(action.name) ?? 'menu', memory));
      case 'none-of-these':
        return this.finish('', { ...this.fallback(memory), band: 'fallback' });
      case 'consultation-form':
        return this.finish('', this.command('consultation-form', memory));
    }
  }

  private finish(query: string, p: Parts): Reply {
    const { band, memory, intent, ...answer } = p;
    return { answer: { query, ...answer }, memory, band, ...(intent ? { intent } : {}) };
  }

  private respond(text: string, memory: Memory): Parts {
    // Read once: every step below uses the same cleaned text.
    const q = readQuestion(text);
    const cmd = commandFor(q);
    if (cmd) return this.command(cmd, memory);
    const rule = urgentRule(q);
    if (rule) return urgentParts(this.toolkit, this.searcher, text, rule, memory);
    // Another field's words ("section 5 on my MOT", "my dog has separation anxiety"): not the toolkit's.
    if (aboutAnotherField(q)) return this.fallback(memory);
    const defined = definedAnswer(q, memory, this.toolkit, this.glossary);
    if (defined && 'line' in defined) return defined.line;
    if (defined) return this.show(defined.entry, memory, focusIn(q), this.alsoFits(q.text, defined.entry), false)!;
    // "and the risk factors?" after an answer: the same entry, at that section.
    const follow = memory.lastTopicId ? followUpFocus(q) : undefined;
    if (follow && this.toolkit.get(memory.lastTopicId!)) return this.show(memory.lastTopicId!, memory, follow)!;
    const section = sectionIn(q);
    // Aftercare is asked about whatever section led to it: "who funds aftercare after a section 3".
    const routed = section ? (asksAftercare(q) ? routeSection('117', this.sections) : routeSection(section, this.sections)) : undefined;
    // A section named beside another entry by name ("the IRO's role when a child is on a section 3")
    // is context: the search decides.
    const other = routed ? this.searcher.named(text) : undefined;
    if (routed && (!other || this.toolkit.get(other)?.kind === 'mha')) {
      // What else the search finds fitting ("s3 to s117 discharge duties": section 117) is offered too.
      return this.show(routed, memory, focusIn(q), this.alsoFits(text, routed), false)!;
    }
    return this.searchAnswer(q, memory);
  }

  /** The next two entries the search finds for a message answered another way. */
  private alsoFits(text: string, shown: string): string[] {
    return this.searcher
      .search(text, 4)
      .hits.map((h) => h.id)
      .filter((id) => id !== shown)
      .slice(0, 2);
  }

  private single(e: Entry, card: AdaptiveCard, memory: Memory, alternatives: string[] = []): Parts {
    return { kind: e.kind, id: e.id, alternatives, urgent: false, cards: [card], band: 'direct', memory };
  }

  private show(id: string, memory: Memory, focus?: Focus, alternatives: string[] = [], only = true): Parts | undefined {
    const e = this.toolkit.get(id);
    if (!e) return undefined;
    const next: Memory = { lastTopicId: e.id, ...(e.kind === 'pathway' ? { pathway: { id: e.id, step: 0 } } : {}) };
    const parts = this.single(e, entryCard(this.toolkit, e, focus, only, alternatives), next, alternatives);
    return e.kind === 'consultation' ? { ...parts, intent: 'consultation-form' } : parts;
  }

  private step(id: string, n: number, memory: Memory): Parts | undefined {
    const e = this.toolkit.get(id);
    if (e?.kind !== 'pathway') return undefined;
    const index = Math.min(Math.max(n, 0), e.steps.length - 1);
    return this.single(e, pathwayCard(this.toolkit, e, index), { ...memory, lastTopicId: e.id, pathway: { id: e.id, step: index } });
  }

  private searchAnswer(q: Question, memory: Memory): Parts {
    const { text } = q;
    const result = this.searcher.search(text, 5);
    const ids = result.hits.map((h) => h.id);
    const first = result.hits[0];
    const signals = signalsOf(result, first !== undefined && this.searcher.named(text) === first.id);
    if (first && chance(GATE.right, signals) >= GATE.direct) {
      return this.show(first.id, memory, focusIn(q), ids.slice(1, 3), false)!;
    }
    if (first && chance(GATE.inScope, signals) >= GATE.offer) return choicesParts(this.toolkit, ids.slice(0, 3), memory);
    return this.fallback(memory, nearestTopics(ids, result.coverage, q));
  }

  private fallback(memory: Memory, nearest: string[] = []): Parts {
    return fallbackParts(this.toolkit, memory, nearest);
  }

  private command(cmd: Command, memory: Memory): Parts {
    return commandReply(cmd, memory, {
      toolkit: this.toolkit,
      show: (id, m, focus) => this.show(id, m, focus),
      step: (id, n, m) => this.step(id, n, m),
      urgent: (m) => urgentParts(this.toolkit, this.searcher, '', undefined, m),
    });
  }
}
