/** The broad emergency detector's situations, in the order they are tried: ../danger.ts reads them. */

import type { Situation } from './fragments';
import { ligatureSituations } from './ligature';
import { takenSomethingOverdoseSituations } from './taken-something-overdose';
import { takenSomethingNowSituations } from './taken-something-now';
import { takenSomethingUnwellSituations } from './taken-something-unwell';
import { bodySignsSituations } from './body-signs';
import { bodySignsFallSituations } from './body-signs-fall';
import { violenceHurtingSituations } from './violence-hurting';
import { violenceWeaponsSituations } from './violence-weapons';
import { violenceAttacksSituations } from './violence-attacks';
import { violenceThreatsSituations } from './violence-threats';
import { abuseSituations } from './abuse';
import { takenOrHeldByOthersSituations } from './taken-or-held-by-others';
import { takenOrHeldByFamilySituations } from './taken-or-held-by-family';
import { missingAtRiskSituations } from './missing-at-risk';
import { missingKnownDangerSituations } from './missing-known-danger';
import { selfHarmSituations } from './self-harm';
import { selfHarmWoundsSituations } from './self-harm-wounds';
import { intentToDiePlansSituations } from './intent-to-die-plans';
import { intentToDieShutInSituations } from './intent-to-die-shut-in';
import { intentToDieMeansSituations } from './intent-to-die-means';
import { intentToDieFarewellsSituations } from './intent-to-die-farewells';
import { fireAndPlacesSituations } from './fire-and-places';
import { arrangedOrNearSituations } from './arranged-or-near';
import { takenSomethingToldSituations } from './taken-something-told';
import { harmToldPlainlySituations } from './harm-told-plainly';
import { exploitedNowSituations } from './exploited-now';
import { toldShortSituations } from './told-short';
import { inOrder } from '../in-order';

/**
 * Each situation with an example it catches, in the order they are tried: the first that matches
 * names the danger. The situations themselves live by kind in this folder, each with its own word lists.
 */
export const situations: Situation[] = inOrder(
  'danger situations',
  'situation',
  [
    'cord-round-neck', // ligature.ts
    'overdose-now', // taken-something-overdose.ts
    'took-something-now', // taken-something-now.ts
    'starved-and-unwell', // body-signs.ts
    'took-and-unwell', // taken-something-unwell.ts
    'body-signs', // body-signs.ts
    'signs-together', // body-signs.ts
    'hands-on-throat', // violence-hurting.ts
    'hurting-someone-now', // violence-hurting.ts
    'weapon-threat', // violence-weapons.ts
    'just-assaulted', // violence-attacks.ts
    'abuse-now', // abuse.ts
    'held-or-taken', // taken-or-held-by-others.ts
    'missing-at-risk', // missing-at-risk.ts
    'missing-with-violent', // missing-known-danger.ts
    'gone-unreachable-at-risk', // missing-known-danger.ts
    'intent-soon', // intent-to-die-plans.ts
    'despair-shut-in', // intent-to-die-shut-in.ts
    'shut-in-quiet-at-risk', // intent-to-die-shut-in.ts
    'finish-it-once-out', // intent-to-die-shut-in.ts
    'worse-plan-tonight', // intent-to-die-shut-in.ts
    'farewell-for-tomorrow', // intent-to-die-shut-in.ts
    'blood-now', // self-harm.ts
    'self-harm-wont-stop', // self-harm.ts
    'serious-wound', // self-harm-wounds.ts
    'threat-with-means', // intent-to-die-means.ts
    'weapon-in-a-fight', // violence-weapons.ts
    'taken-by-family', // taken-or-held-by-family.ts
    'in-traffic', // fire-and-places.ts
    'final-acts', // intent-to-die-farewells.ts
    'fumes', // fire-and-places.ts
    'medicine-going-fast', // taken-something-overdose.ts
    'means-it', // intent-to-die-means.ts
    'fall-or-blow', // body-signs-fall.ts
    'psychosis-acting', // fire-and-places.ts
    'climbing-high', // fire-and-places.ts
    'gone-to-do-it', // intent-to-die-plans.ts
    'means-ready', // intent-to-die-means.ts
    'farewell-unreachable', // intent-to-die-farewells.ts
    'going-for-someone', // violence-attacks.ts
    'raging-and-threatening', // violence-threats.ts
    'adult-with-child-now', // abuse.ts
    'family-taking-child', // taken-or-held-by-family.ts
    'threat-at-the-door', // violence-threats.ts
    'attack-arranged', // arranged-or-near.ts
    'abuser-in-sight', // arranged-or-near.ts
    'coming-for-them-tonight', // arranged-or-near.ts
    'made-to-go-tonight', // arranged-or-near.ts
    'collecting-her-soon', // arranged-or-near.ts
    'drug-and-harm', // taken-something-told.ts
    'taking-them-now', // taken-something-told.ts
    'poison-then-eaten', // taken-something-told.ts
    'drunk-alone-outside', // taken-something-told.ts
    'pay-or-be-hurt', // harm-told-plainly.ts
    'armed-and-sent', // harm-told-plainly.ts
    'they-are-here', // harm-told-plainly.ts
    'harming-on-live', // harm-told-plainly.ts
    'pills-and-a-plan', // harm-told-plainly.ts
    'going-back-to-harm', // harm-told-plainly.ts
    'locked-in-and-coming', // harm-told-plainly.ts
    'walked-in-on-abuse', // harm-told-plainly.ts
    'being-taken-now', // harm-told-plainly.ts
    'taken-away-tonight', // harm-told-plainly.ts
    'shut-in-a-machine', // harm-told-plainly.ts
    'burned-by-someone', // harm-told-plainly.ts
    'shut-out-in-the-cold', // harm-told-plainly.ts
    'sent-to-deliver', // harm-told-plainly.ts
    'locked-in-and-blood', // harm-told-plainly.ts
    'in-open-water', // harm-told-plainly.ts
    'going-to-do-it', // harm-told-plainly.ts
    'smoke-or-flames', // fire-and-places.ts
    'live-socket', // fire-and-places.ts
    'exploited-now', // exploited-now.ts
    'short-unwell', // told-short.ts
    'short-ligature', // told-short.ts
    'short-intent', // told-short.ts
    'short-swallowed', // told-short.ts
    'short-self-harm', // told-short.ts
    'short-violence', // told-short.ts
    'short-held', // told-short.ts
    'short-water', // told-short.ts
    'short-missing', // told-short.ts
    'short-cry', // told-short.ts
  ],
  [
    ligatureSituations,
    takenSomethingOverdoseSituations,
    takenSomethingNowSituations,
    takenSomethingUnwellSituations,
    bodySignsSituations,
    bodySignsFallSituations,
    violenceHurtingSituations,
    violenceWeaponsSituations,
    violenceAttacksSituations,
    violenceThreatsSituations,
    abuseSituations,
    takenOrHeldByOthersSituations,
    takenOrHeldByFamilySituations,
    missingAtRiskSituations,
    missingKnownDangerSituations,
    selfHarmSituations,
    selfHarmWoundsSituations,
    intentToDiePlansSituations,
    intentToDieShutInSituations,
    intentToDieMeansSituations,
    intentToDieFarewellsSituations,
    fireAndPlacesSituations,
    arrangedOrNearSituations,
    takenSomethingToldSituations,
    harmToldPlainlySituations,
    exploitedNowSituations,
    toldShortSituations,
  ],
);
