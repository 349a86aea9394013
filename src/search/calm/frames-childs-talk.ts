/**
 * A child's own talk, forwarded: a game, a song, drama or a film, a subject blamed in a figure of speech, a word learned on a
 * course (../urgent-calm.ts CALM_FRAME). Each with nothing told as happening now after it (./nothing-told-now.ts).
 */
import { alt, S } from '../urgent/fragments';
import { NOTHING_TOLD_NOW } from './nothing-told-now';

const game = alt('minecraft', 'fortnite', 'roblox', 'gta', 'warzone', 'call of duty', 'among us', 'fifa', 'apex', 'valorant');

export const childsTalkFrames: string[] = [
  // Died in a game: "jumped off the tower in minecraft and died lol lost all my diamonds".
  S`\bin ${game}\b(?=.*\b${alt('died', 'respawn\\w*', 'lost all', 'lost my', 'my character', 'level', 'diamonds')}\b)${NOTHING_TOLD_NOW}`,
  // A school subject or a chore blamed for it: "this maths is making me want to jump off a bridge lol".
  S`\b${alt('this', 'the', 'that', 'my')} ${alt('maths', 'math', 'homework', 'revision', 'exam', 'test', 'lesson', 'english', 'science', 'queue', 'traffic', 'song', 'wifi', 'essay', 'coursework')} (?:is |s )?making me want to ${alt('jump off a bridge', 'die', 'kill myself', 'jump out (?:of )?(?:the |a )?window')}\b${NOTHING_TOLD_NOW}`,
  // Acted in drama or seen in a film: "in drama we did a scene where im being held hostage", "the film had a bit where someone
  // drank poison and it was dead sad".
  S`\b(?:in drama(?! (?:group|club|changing|room|rooms|studio|block|department|teacher))|(?:in (?:a |the |our ))?drama (?:class|lesson)|the (?:film|movie|show|book|episode|play|series) (?:had|has) a (?:bit|scene|part) where)\b${NOTHING_TOLD_NOW}`,
  // Sung: "he was singing queen all the way home: 'mama, just killed a man'".
  S`\b(?:singing|sang|sings) ${alt('queen', 'bohemian rhapsody', 'a song', 'the song', 'along', 'karaoke')}\b${NOTHING_TOLD_NOW}`,
  // A word learned on a course: "whats a ligature? we did it in health and safety at college".
  S`\bwe (?:did|learned|learnt|covered|talked about) (?:it|this|that|them) in ${alt('health and safety', 'class', 'training', 'college', 'school', 'a lesson', 'pshe', 'first aid')}\b${NOTHING_TOLD_NOW}`,
  // Shown in training: "in training they show us the video of child on the bridge, and i feel upset after, is normal?".
  S`\bin training (?:they |we )?(?:show|showed|shown|watch|watched)\b${NOTHING_TOLD_NOW}`,
  // Kept in detention, a child's joke: "im being held prisoner in detention lol free me".
  S`\bheld ${alt('prisoner', 'hostage', 'captive')} in ${alt('detention', 'school', 'class', 'maths', 'isolation', 'the lesson', 'exams?')}\b${NOTHING_TOLD_NOW}`,
  // Said over a game lost: "riley keeps saying 'im gonna jump off a bridge' every time he loses at fifa lmao".
  S`\bevery time (?:he|she|they|i) ${alt('loses', 'lose', 'lost', 'dies', 'die', 'gets killed')} (?:at|in|on) (?:${game}|a game|the game)\b${NOTHING_TOLD_NOW}`,
  // A film to watch, or a line repeated from a video: "the new horror film has a girl getting kidnapped ... can we watch it for movie night",
  // "he says 'ill kill myself' when the wifi is down. its echolalia from a youtube video".
  S`\b(?:${alt('horror', 'scary')} ${alt('film', 'movie')}|movie night)\b${NOTHING_TOLD_NOW}`,
  S`\b(?:its|it is|thats|that is) ${alt('echolalia', 'scripting', 'a script', 'a line from')}\b${NOTHING_TOLD_NOW}`,
  // Others wondering at an old mark: "jamals got a scar on his arm from a dog bite, people keep asking if he got stabbed lol".
  S`\bpeople (?:keep |always )?${alt('ask', 'asking', 'asked')} (?:him |her |them )?(?:if|whether)\b${NOTHING_TOLD_NOW}`,
  // What a thing said means: "he laugh and say 'i will jump in the river' when it is hot day, he means swim".
  S`\b(?:he|she|they) means? ${alt('swim', 'swimming', 'a swim', 'go swimming')}\b${NOTHING_TOLD_NOW}`,
];
