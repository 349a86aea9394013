/**
 * The words and phrases the danger spelling (./danger-spelling.ts) reads as meant: text-speak, phrases from a second language
 * or voice-to-text, danger words typed in two, and the anchors for words typed run together. Data only.
 */

/**
 * Text-speak typed at 2am, read as the words it stands for: "jst", "n", "wen", "tonite", "u". A whole word only,
 * and only these; a word like "bein" or "happenin" (its "g" dropped) is read with it when that makes an English word.
 */
export const TEXT_SPEAK: ReadonlyMap<string, string> = new Map([
  ['n', 'and'],
  ['u', 'you'],
  ['w', 'with'],
  ['r', 'are'],
  ['jst', 'just'],
  ['pils', 'pills'],
  ['jus', 'just'],
  ['wen', 'when'],
  ['wat', 'what'],
  ['wats', 'whats'],
  ['wot', 'what'],
  ['tonite', 'tonight'],
  ['tonites', 'tonights'],
  ['nite', 'night'],
  ['2nite', 'tonight'],
  ['2day', 'today'],
  ['tmrw', 'tomorrow'],
  ['tmw', 'tomorrow'],
  ['kno', 'know'],
  ['ovr', 'over'],
  ['thru', 'through'],
  ['cnt', 'cant'],
  ['cudnt', 'couldnt'],
  ['every1', 'everyone'],
  ['sum1', 'someone'],
  ['some1', 'someone'],
  ['any1', 'anyone'],
  ['no1', 'no one'],
  ['b4', 'before'],
  ['ppl', 'people'],
  ['bc', 'because'],
  ['cos', 'because'],
  ['coz', 'because'],
  ['wiv', 'with'],
  ['alredy', 'already'],
  ['tho', 'though'],
  ['bout', 'about'],
  ['rly', 'really'],
  // Spelt as said, at a bleeding child's side: "theres blud evrywere" (the mender cannot choose between "bled" and "blood").
  ['blud', 'blood'],
  // Spelt as said: "shes sed she wants to die but not rite now".
  ['sed', 'said'],
  ['rite', 'right'],
  // A vowel dropped from a short danger word, where the mender would tie "take" and "taken": "shes takn a ovrdose".
  ['takn', 'taken'],
  ['tkn', 'taken'],
  // A silent letter left out, so the first letters differ and the mender cannot see it: "13yo has a nife in class".
  ['nife', 'knife'],
  ['nifes', 'knives'],
  ['nives', 'knives'],
  // Texted to a worker as the whole message: "kms for real this time".
  ['kms', 'kill myself'],
  // The words a platform's filter cannot see: "unalive herself", "sewerslide", "ctb" (catch the bus).
  ['unalive', 'kill'],
  ['unalived', 'killed'],
  ['unaliving', 'killing'],
  ['unalives', 'kills'],
  ['sewerslide', 'suicide'],
  ['ctb', 'suicide'],
  // Spelt as said: "hes gunna do it", "breathing reely slow".
  ['gunna', 'gonna'],
  ['gona', 'gonna'],
  ['reely', 'really'],
  ['realy', 'really'],
  ['rlly', 'really'],
  // Typed through autocorrect or as heard: "a man in th room wit her", "she looks scard", "hes threating the staff".
  ['th', 'the'],
  ['wit', 'with'],
  ['nw', 'now'],
  ['scard', 'scared'],
  ['threating', 'threatening'],
  ['threatning', 'threatening'],
]);

/** After no helper verb, where the bare verb is English ("can she drink wine", "if she eat nuts"): a second language's deed done. */
const bareVerb = (verb: string) =>
  new RegExp(
    String.raw`(?<!\b(?:can|could|should|would|will|does|did|do|may|might|must|to|cant|wont|let|make|help|if|when|unless|doesnt|didnt|dont) )\b(he|she) ${verb} (?!to\b)`,
    'g',
  );

/**
 * Phrases read as the words they stand for: a second language's word for word ("finish myself", "she no want live"), a word
 * heard wrong by voice-to-text ("band sister" for banister), and a wish to die said through the body ("wants his heart to stop").
 */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\bfinish (my|him|her|them)sel(f|ves)\b/g, 'kill $1sel$2'],
  [/\b(?:no|not) want (?:to )?live\b/g, 'dont want to live'],
  [/\bwants? (?:his|her|their|my) heart to stop\b/g, 'wants to die'],
  // A plan told in the present: "he hang himself tomorrow after school".
  [
    /\b(he|she|they|i) (hang|kill|cut|stab|drown|shoot) (him|her|them|my)sel(f|ves) (tomorrow|tonight|today|later|after school)\b/g,
    '$1 will $2 $3sel$4 $5',
  ],
  // A second language's bare verb for a deed done: "she take the rat poison", "he drink a bottle of the cleaning spray".
  // (Not after a helper, where the bare verb is English: "can she drink wine", "if she eat nuts".)
  [bareVerb('drink'), '$1 drank '],
  [bareVerb('eat'), '$1 ate '],
  [bareVerb('swallow'), '$1 swallowed '],
  [/\bband sister\b/g, 'banister'],
  [/\bblack pool\b/g, 'blackpool'],
  // "Off" and "ago" typed as heard: "he wandered of an hour a go" (not "the run of the mill").
  // ("Run" only after one who has: "a run of self-harm in year 9" is a noun.)
  [
    /\b(wandered|walked|ran|went|gone|stormed|(?:hes|shes|has|have|theyve|just) run) of\b(?! (?:the|a|his|her|their|bad|good)\b)/g,
    '$1 off',
  ],
  [/\b(hours?|minutes?|mins?|seconds?|secs?|days?|while) a go\b/g, '$1 ago'],
  // Autocorrect's "scarred" for "scared", said of how someone is (not "her arms are scarred", "scarred by it").
  [
    /\b(she|he|they|shes|hes|theyre|im|is|was|looks?|looked|sounds?|sounded|seems?|seemed|so|really|very|too) scarred\b(?! (?:from|by|for life|with|arms|legs|skin)\b)/g,
    '$1 scared',
  ],
  // A motorway named by its number, gone onto: "running across the m57 between cars" (not "traffic on the m58 this morning").
  [/\b(across|onto|into|in to|along|down|over|off) (?:the )?m(?:[1-9]|[1-9]\d)\b/g, '$1 the motorway'],
];

/** Danger words typed in two ("over dosed"); only these, as an English pair ("hand over", "co codamol") may be meant apart. */
export const JOINED = new Set(['overdose', 'overdosed', 'overdoses', 'overdosing']);

/** Words typed run together ("shesstranglin", "hesgotagun") are parted only where one part is one of these or a danger word. */
export const SHORT_WORDS = new Set('to in on at up of is it me my he we so no or an be do go by us am as if'.split(' '));
export const SUBJECTS = ['theyre', 'theyve', 'theres', 'thats', 'shes', 'hes', 'ive', 'its', 'im'];
export const RUN_TOGETHER_ANCHORS = new Set([
  'hes',
  'shes',
  'theyre',
  'theyve',
  'im',
  'ive',
  'its',
  'thats',
  'theres',
  'gun',
  'cut',
  'die',
]);

/**
 * Places the users name, never a misspelling: "in a house in Bootle" is not a "bottle", "Speke" is not "spike", "Melling" is
 * not "melting". Liverpool's and Sefton's districts and their neighbours', as one word; a dictionary leaves them out.
 */
export const PLACES = new Set(
  `bootle speke melling widnes halewood wavertree childwall broadgreen otterspool brighton rainhill clubmoor gateacre
  hightown crosby formby maghull netherton litherland southport seaforth ainsdale birkdale waterloo aintree lydiate orrell
  kirkby huyton knowsley prescot whiston walton anfield everton kirkdale garston toxteth aigburth allerton woolton croxteth
  fazakerley tuebrook stoneycroft norris dingle kensington netherley belle liscard wallasey seacombe birkenhead wirral
  skelmersdale ormskirk runcorn warrington wigan thornton sefton lunt ince blundell knotty`.split(/\s+/),
);
