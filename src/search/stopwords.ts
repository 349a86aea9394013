/**
 * Words that carry no topic in a practitioner's question. Negations ("not", "no",
 * "won't") are kept on purpose: "not eating" and "won't sleep" are the topic. Text speak for the same words
 * ("wat", "hw", "u", "pls") is no topic either: left in, a word no entry uses counts against the answer.
 */
export const stopwords = new Set(
  `a about above after again all am an and any are as at be been before being below between both but by can could
  did do does doing down during each few for from further had has have having he her here hers herself him himself
  his how i if in into is it its itself just me more most my myself of off on once only or other our ours
  ourselves out over own same she should so some such than that the their theirs them themselves then there these
  they this those through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves im ive id hes shes theyre thats whats dont doesnt get got gets getting
  please thanks thank hi hello hey tell know need want think really also still much many one lot lots bit
  yo yr year years old age aged
  speak speaking spoke ok okay till til
  wat wot wht wut hw wen wher wer u ur r n nd pls plz thx ty`
    .split(/\s+/)
    .filter(Boolean),
);
