import type { Rule } from './fragments';
import { takenSomethingPoisonRules } from './taken-something-poison';
import { takenSomethingOverdoseRules } from './taken-something-overdose';
import { takenSomethingMedicineRules } from './taken-something-medicine';
import { takenSomethingStockpiledRules } from './taken-something-stockpiled';
import { ligatureRules } from './ligature';
import { suffocationRules } from './suffocation';
import { intentToDieThreatsRules } from './intent-to-die-threats';
import { intentToDieAttemptsRules } from './intent-to-die-attempts';
import { intentToDiePlansRules } from './intent-to-die-plans';
import { intentToDieFarewellsRules } from './intent-to-die-farewells';
import { selfHarmRules } from './self-harm';
import { selfHarmNowRules } from './self-harm-now';
import { placesRules } from './places';
import { violenceRules } from './violence';
import { violenceNowRules } from './violence-now';
import { heldRules } from './held';
import { helpMessageRules } from './help-message';
import { toldGoingBackRules } from './told-going-back';
import { missingRules } from './missing';
import { bodySignsRules } from './body-signs';
import { bodySignsBreathingRules } from './body-signs-breathing';
import { fireRules } from './fire';
import { waterRules } from './water';
import { babyRules } from './baby';
import { inOrder } from '../in-order';

/**
 * Each rule by name, in the order they are tried: the first that fits names the situation. The rules
 * themselves, each with an example it catches, live by kind in this folder, each with its own word lists.
 */
export const rules: Rule[] = inOrder(
  'urgent rules',
  'rule',
  [
    'poisoned', // taken-something-poison.ts
    'ingested', // taken-something-medicine.ts
    'overdosed', // taken-something-overdose.ts
    'ligature', // ligature.ts
    'neck', // ligature.ts
    'hanging', // ligature.ts
    'suffocation', // suffocation.ts
    'threat', // intent-to-die-threats.ts
    'wants-to-die-now', // intent-to-die-threats.ts
    'plan', // intent-to-die-plans.ts
    'goodbye', // intent-to-die-farewells.ts
    'weapon', // violence.ts
    'threatening-with', // violence-now.ts
    'place', // places.ts
    'strangling', // suffocation.ts
    'wounds', // self-harm.ts
    'emergency-services', // body-signs.ts
    'suicidal-now', // intent-to-die-attempts.ts
    'attempt-going-on', // intent-to-die-attempts.ts
    'bleeding', // self-harm.ts
    'collapse', // body-signs.ts
    'harming-now', // self-harm-now.ts
    'danger-now', // body-signs-breathing.ts
    'help-message', // help-message.ts
    'od-alone', // taken-something-overdose.ts
    'odd', // taken-something-overdose.ts
    'pills-taken', // taken-something-medicine.ts
    'taken-something', // taken-something-medicine.ts
    'stockpiled', // taken-something-stockpiled.ts
    'missing-and-suicidal', // missing.ts
    'fire', // fire.ts
    'breathing', // body-signs-breathing.ts
    'warning-signs', // intent-to-die-farewells.ts
    'od-refusing', // taken-something-overdose.ts
    'means-and-plan', // intent-to-die-plans.ts
    'road', // places.ts
    'in-water', // water.ts
    'access-to-means', // intent-to-die-plans.ts
    'attempt', // intent-to-die-attempts.ts
    'taking-now', // taken-something-medicine.ts
    'fresh-wounds', // self-harm-now.ts
    'not-coming-back', // missing.ts
    'missing-young-or-with-a-man', // missing.ts
    'last-seen-heading', // missing.ts
    'held', // held.ts
    'told-and-going-back', // told-going-back.ts
    'baby-at-risk', // baby.ts
    'violence-now', // violence-now.ts
  ],
  [
    takenSomethingPoisonRules,
    takenSomethingOverdoseRules,
    takenSomethingMedicineRules,
    takenSomethingStockpiledRules,
    ligatureRules,
    suffocationRules,
    intentToDieThreatsRules,
    intentToDieAttemptsRules,
    intentToDiePlansRules,
    intentToDieFarewellsRules,
    selfHarmRules,
    selfHarmNowRules,
    placesRules,
    violenceRules,
    violenceNowRules,
    heldRules,
    helpMessageRules,
    toldGoingBackRules,
    missingRules,
    bodySignsRules,
    bodySignsBreathingRules,
    fireRules,
    waterRules,
    babyRules,
  ],
);
