/** Calm frames asked for some day, seen, or worded for a plan (../urgent-calm.ts CALM_FRAME). */

import { alt, S } from '../urgent/fragments';
import { NOTHING_TOLD_NOW } from './nothing-told-now';

/** Asked for some day, or of a service, a plan or a trend, with nothing told as now (../urgent-calm.ts CALM_FRAME). */
export const askedFrames: string[] = [
  // Asked for some day: "if a kid ever threatened to burn the house down", "if our lad was ever arrested for carrying a blade", "if a
  // child in my care ever took too many tablets, which hospital".
  S`\bif (?:a|an|any|our|my|the|one of (?:our|the|my)) (?:\w+ ){1,4}ever\b${NOTHING_TOLD_NOW}`,
  // Or the teller's own some day: "if i ever found a note, like a suicide note, what would i do", "a helpline i can ring if im ever scared a child is being abused".
  S`\bif (?:i|we|im|i am|were|we are) ever\b${NOTHING_TOLD_NOW}`,
  // What a service would do, asked: "what would the police do if i rang them because my granddaughter was threatening to kill herself".
  S`\bwhat would (?:the )?${alt('police', 'ambulance', 'paramedics', 'hospital', 'a and e', 'camhs', 'crisis team', 'social services')} do if\b${NOTHING_TOLD_NOW}`,
  // A flowchart or a poster being made: "our team is creating a flowchart for carers: child not breathing goes straight to 999".
  S`\b${alt('creating', 'making', 'writing', 'drawing up', 'designing', 'updating')} (?:a |the |our )?(?:\w+ )?${alt('flowchart', 'flow chart', 'poster', 'checklist')}\b${NOTHING_TOLD_NOW}`,
  // A story for a lesson: "one of my year 7s wrote a story in english about a boy who drowns in the sea".
  S`\b${alt('wrote', 'written', 'writing')} a ${alt('story', 'poem', 'play', 'script')} (?:in|for) ${alt('english', 'drama', 'creative writing', 'class', 'homework')}\b${NOTHING_TOLD_NOW}`,
  // Or asked what to do: "she asked me what to do if her friend ever took too many tablets", "asked what shed do if her grandson
  // ever came home with a stab wound".
  S`\bwhat (?:to|should (?:i|we|she|he)|would (?:i|we|you|she|he|they)|shed|hed|theyd|wed) do if (?:\w+ ){1,3}ever\b${NOTHING_TOLD_NOW}`,
  // Talked through at a meeting: "in our team meeting were discussing what to do if a child is found unresponsive".
  S`\b(?:in|at|for) (?:our|the|a|tomorrows|next weeks) (?:\w+ )?(?:team|staff|carers|group) meeting (?:\w+ ){0,2}${alt('discussing', 'talking about', 'going through', 'looking at', 'covering')}\b${NOTHING_TOLD_NOW}`,
  // A trend seen across children, or counted: "im seeing some young people go missing when theyre very low", "monthly stats: 4 mfh,
  // 1 self harm, is that high", "law on locking the front door at night".
  S`\b(?:im|i am|were|we are) (?:seeing|noticing) (?:some|more|a lot of|lots of|many|several) (?:of (?:our|the) )?${alt('young people', 'children', 'kids', 'yps', 'teenagers', 'girls', 'boys', 'pupils')}\b${NOTHING_TOLD_NOW}`,
  // Talk about another school's child, said to be none of ours: "kids were talking about someone who took too many pills at a party,
  // someone from another school, nothing to do with our kids".
  S`\bnothing to do with (?:our|my) ${alt('kids', 'children', 'young people', 'yps', 'lot', 'pupils', 'students', 'lads', 'girls', 'boys')}\b${NOTHING_TOLD_NOW}`,
  // Whether one can, asked: "someone asked me if you can overdose on vitamin gummies".
  S`\b(?:(?:can|could) (?:you|u|a child|kids|children|someone)|(?:you|u|a child|kids|children|someone) (?:can|could)) (?:overdose|od) on\b(?!.*\b(?:shes|hes|theyve|she has|he has|they have|shed|hed) (?:just )?(?:had|taken|took|eaten|swallowed|necked)\b)${NOTHING_TOLD_NOW}`,
  // A count asked: "how many of our kids are currently self harming".
  S`^how many (?:of )?(?:our|the|my) ${alt('kids', 'children', 'young people', 'yps', 'pupils', 'students', 'residents', 'looked after children', 'children in care')}\b${NOTHING_TOLD_NOW}`,
  S`\b${alt('monthly', 'weekly', 'quarterly', 'annual', 'yearly', 'termly')} ${alt('stats', 'statistics', 'figures', 'returns?', 'data')}\b${NOTHING_TOLD_NOW}`,
  S`^(?:whats |what is )?(?:the )?${alt('law', 'legislation', 'regulations?', 'regs')} (?:on|about|around)\b${NOTHING_TOLD_NOW}`,
  // Imagined, or written up for a pack: "imagine a child is missing and their phone shows them near the river", "our edt induction
  // pack needs a section on responding to a child who is fitting after taking something".
  S`^(?:just )?imagine (?:a|an|if|that)\b${NOTHING_TOLD_NOW}`,
  S`\bneeds? a (?:new )?section (?:on|about)\b${NOTHING_TOLD_NOW}`,
  // Or "just a what-if for my own peace of mind" (cleaned, "a what if").
  S`\b(?:just )?a what if (?:for|question)\b${NOTHING_TOLD_NOW}`,
  S`\b${alt('hypothetically', 'in a hypothetical', 'on a hypothetical', 'theoretically', 'in theory', 'policy question', 'policy q', 'policy update', 'debrief', S`whats the (?:route|referral route) into`)}\b`,
];

/** Music, the news about a stranger, a near miss with no harm, or a risk worded for a plan. */
export const seenOrWordedFrames: string[] = [
  // Music, not a threat: "drill lyrics on her playlist mention shanking people, just music i think" (its own guard: "just music" is no telling).
  S`\b(?:drill|rap|grime) (?:lyrics|music|songs?|tracks?|videos?)\b(?!.*\b(?:right now|as we speak|tonight|outside|(?:has|got|carrying) (?:a )?(?:knife|blade|weapon))\b)`,
  // News seen, of a stranger: "he watched the news about the stabbing in town and now he wont go in on his own", "a kid at school who
  // got stabbed in manchester. it was on tiktok".
  S`\b(?:${alt('watched', 'saw', 'seen', 'heard', 'read')} (?:the |it on the )?${alt('news', 'echo', 'telly', 'tv', 'tiktok')} (?:about|of) (?:the|a|that) ${alt('stabbing', 'shooting', 'attack', 'murder', 'fire', 'crash', 'drowning', 'missing')}|it was (?:all )?(?:on|over) ${alt('tiktok', 'the news', 'the telly', 'tv', 'youtube', 'snapchat', 'instagram', 'facebook', 'twitter', 'x')})\b${NOTHING_TOLD_NOW}`,
  // A story or a post about a stranger: "i saw a story on facebook about a girl who jumped off a bridge in manchester, my foster
  // daughter saw it too", "saw a post in the foster carer facebook group about a child taking an overdose of melatonin gummies".
  S`\b${alt('story', 'post', 'article', 'report', 'video', 'clip')} (?:(?:on|in) (?:\S+ ){1,4})?about (?:(?:a|an|some|the) )?(?:\S+ ){0,2}` +
    S`${alt('girl', 'boy', 'lad', 'kid', 'child', 'man', 'woman', 'teenager', 'teen', 'young person', 'student', 'person', 'people', 'children', 'kids', 'teenagers', 'young people')} (?:who|that|taking|being|\w+ing)\b${NOTHING_TOLD_NOW}`,
  // A near miss reported: "nearly gave the wrong kid the wrong tabs but caught it, no harm done, how do i report it".
  S`\bnear miss\b.*\bno harm\b`,
  // A risk worded for a plan: "she tends to head to the bridge when shes upset, how do we word that in her risk assessment".
  S`\bhow (?:do|should|would|can) (?:i|we) (?:word|phrase|write|describe|put) (?:that|this|it)(?: \w+){0,3} (?:in|into|on) (?:her|his|their|the|a) ` +
    S`${alt('risk assessment', 'safety plan', 'care plan', 'plan', 'report', 'referral', 'notes')}\b(?!.*\b(?:right now|as we speak)\b)`,
];
