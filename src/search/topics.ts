import { questionOf, type Question } from './question';

/** Aftercare and its funding belong to section 117, whichever section the question names. */
const AFTERCARE = /\b(?:after ?care|aftercare|117|who (?:pays|funds)|funding|fund|free services after|charged?)\b/;

export function asksAftercare(q: Question | string): boolean {
  return AFTERCARE.test(questionOf(q).cleaned);
}

/** Words that speak of danger or crisis: only then are crisis topics offered as nearest topics. */
const CRISIS_WORD =
  /\b(?:crisis|suicid\w*|self ?harm\w*|harm\w*|hurt\w*|cut\w*|kill\w*|die|dying|dead|overdos\w*|od|danger\w*|emergency|unsafe|safe|risk\w*|desperate|hopeless)\b/;

/**
 * The same words in everyday sayings: "a crisis loan", "my back is killing me", "cut down", and a
 * crisis of money or institutions, not of a person ("the NHS budget crisis", "crisis in housing"), and
 * a risk assessed for a trip or a building, not a child ("risk assessment template for a school trip"), or
 * a trade called out ("emergency plumber"), or a household mishap ("crisis in the home - washing machine flooded the
 * kitchen", "power cut"), or a household's money ("my nan is in crisis with her pension"), or a phrase to be put into another
 * language ("translate 'are you safe' into vietnamese"), or a body's crisis of another kind ("sickle cell crisis"), or an
 * emergency vehicle or exit.
 */
const SAYINGS =
  /\b(?:crisis (?:team |line )?rotas?|crisis in my (?:own )?(?:placement|course|studies|uni|job|career|relationship|marriage|finances)|(?:in )?crisis with (?:her|his|my|their|our|the) (?:pension|money|benefits?|bills|rent|finances|debts?|mortgage|car|landlord|council tax)|translat\w* .{0,60}? into \w+|power cuts?|safe to (?:swim|paddle|sunbathe|fly|travel|drive|eat (?:raw|sushi|shellfish|eggs))|(?<!\bin )crisis\b(?=.*\b(?:flood\w*|leak\w*|boilers?|washing machines?|burst pipes?|dishwashers?|fridges?|freezers?|broken down|breakdown cover|mot)\b)|crisis (?:loans?|funds?|grants?|payments?|support scheme)|(?:sickle cell|sickle|addisonian|adrenal|thyroid|hypertensive|myasthenic) crisis|emergency (?:vehicles?|exits?|lighting|lights)|(?:cost of living|housing|budget|funding|financial|energy|climate|staffing|recruitment|economic|nhs) crisis|crisis (?:in|of) (?:the )?(?:nhs|budgets?|funding|housing|economy|staffing|recruitment|energy)|(?:is|are|s|been|keeps) killing me|killing it|dying (?:for|to) (?:a|an|some|see|know|go|get)|cut(?:ting)? (?:down|back|costs?|off the)|hair ?cut\w*|short ?cut\w*|what (?:should|do|can|could) (?:we|i) cut|emergency (?:plumber|electrician|locksmith|repairs?|dentist|vet|boiler|call ?outs?)|(?:fire|trip|outing|event|activity|lone working|premises|building|office|health and safety) risk assessments?|risk assessments? (?:\w+ ){0,5}(?:trip|outing|zoo|visit|event|activity|premises|building|office)s?)\b/g;

export function hasCrisisWord(q: Question | string): boolean {
  return CRISIS_WORD.test(questionOf(q).cleaned.replace(SAYINGS, ' '));
}
