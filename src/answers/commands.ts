import { questionOf, type Question } from '../search/question';

/** Exact commands, matched before any search. Keys are cleaned text. */
export const commandTable = {
  // The emergency card, from the urgent-help line that leads the welcome, menu and help.
  'urgent help': 'urgent',
  'emergency numbers': 'urgent',
  'crisis numbers': 'urgent',
  help: 'help',
  '?': 'help',
  'what can you do': 'help',
  // Asking the bot what it is for, as people type it.
  'what can u do': 'help',
  'wat can u do': 'help',
  'wat can you do': 'help',
  'what do u do': 'help',
  'what can this bot do': 'help',
  'what does this bot do': 'help',
  'what do you do': 'help',
  'what can i ask': 'help',
  'what can i ask you': 'help',
  'how does this work': 'help',
  'how do i use this': 'help',
  'how do i use you': 'help',
  menu: 'menu',
  'main menu': 'menu',
  home: 'menu',
  start: 'menu',
  hi: 'welcome',
  hello: 'welcome',
  hiya: 'welcome',
  levels: 'levels',
  'levels of need': 'levels',
  concerns: 'concerns',
  pathways: 'pathways',
  mha: 'mha',
  'mha sections': 'mha',
  'mental health act sections': 'mha',
  'request enhanced consultation': 'consultation-form',
  'request an enhanced consultation': 'consultation-form',
  'request consultation': 'consultation-form',
  'request a consultation': 'consultation-form',
  'enhanced consultation form': 'consultation-form',
  'consultation form': 'consultation-form',
  'my requests': 'my-requests',
  'my consultations': 'my-requests',
  'my consultation requests': 'my-requests',
  next: 'next',
  'next step': 'next',
  'whats next': 'next',
  'what next': 'next',
  back: 'back',
  previous: 'back',
  'go back': 'back',
  'start again': 'restart',
  restart: 'restart',
  'what could help': 'focus-help',
  'what helps': 'focus-help',
  'what can help': 'focus-help',
  'what can i do': 'focus-help',
  'how can i help': 'focus-help',
  'risk factors': 'focus-risks',
  risks: 'focus-risks',
  signs: 'focus-signs',
  'what are the signs': 'focus-signs',
  'what to look out for': 'focus-signs',
  'what should i look out for': 'focus-signs',
  'when to get more help': 'focus-more-help',
  'when should i get more help': 'focus-more-help',
  'more help': 'focus-more-help',
} as const satisfies Record<string, string>;

export type Command = (typeof commandTable)[keyof typeof commandTable];

const table: ReadonlyMap<string, Command> = new Map(Object.entries(commandTable));

const GREETING = /^(?:hi|hello|hiya|hey|morning|good (?:morning|afternoon|evening)|hi there|hello there)\b\s*/;

/** The command the whole message names, if any ("Help!", "next step please" included). */
export function commandFor(message: Question | string): Command | undefined {
  const { text, cleaned } = questionOf(message);
  const t = cleaned.replace(/\s*\b(please|pls|thanks|thank you)$/, '').trim();
  if (t === '' && text.trim() === '?') return 'help';
  // A greeting before a command ("hi what do you do", "hello, help"); a greeting alone is welcome.
  return table.get(t) ?? table.get(t.replace(GREETING, '').trim());
}
