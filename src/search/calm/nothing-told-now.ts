import { S } from '../urgent/fragments';

/**
 * What a heading's calm frame needs after it: nothing told as happening now ("hypothetical no more, he has a knife to her throat
 * right now", "reading the file when she rang to say she has just taken 20 paracetamol", "for our induction pack: she has a
 * ligature round her neck now").
 */
export const NOTHING_TOLD_NOW =
  S`(?!.*\b(?:right now|as we speak|as i (?:write|type|speak)|(?:has|have) (?:just )?(?:rung|rang|called|phoned|texted) to say|not any more|no more|just(?! (?:the|a|to|wondering|asking|checking|curious|so|in case|general|in general|preparing|planning|thinking|want|wanted|wanting|banter|joking|messing|a joke))|is happening|happening now|wont stop|` +
  S`(?:she|he|they|shes|hes|theyve|theyre) (?:has |have |is |are )?(?:got|taken|took|cut|swallowed|drunk|drank|necked|downed|overdosed|collapsed|on|in|at|missing|gone)|` +
  S`(?:she|he|they) (?:has|have) (?:a|an|the|some)|(?<!\b(?:fine|ok|okay|safe|settled|asleep|calm|well|better|home|back|procedure|policy|protocol|plan|handbook|pack|guidance|uk|england|law|days) )now$)\b)`;
