/**
 * Medicines by name, for the kinds of something-taken rule (taken-something-*.ts).
 * Part of the rule-based emergency detector: see ../urgent.ts for how rules are read, ./rules.ts for their order.
 */

import { alt } from './fragments';

export const medicine = alt(
  'antidepressants',
  'pills',
  'tablets',
  'paracetamol',
  'ibuprofen',
  'aspirin',
  'sertraline',
  'fluoxetine',
  'melatonin',
  'meds',
  'medicine',
  'anti ?depressants',
  'painkillers',
  'co codamol',
  'cocodamol',
  'codeine',
  'calpol',
  'insulin',
  'prescription',
  'medication',
  // Medicines for the mind and for sleep: "taken an unknown amount of her quetiapine".
  'quetiapine',
  'olanzapine',
  'risperidone',
  'aripiprazole',
  'citalopram',
  'mirtazapine',
  'amitriptyline',
  'diazepam',
  'lithium',
  'zopiclone',
  'gabapentin',
  'pregabalin',
  'tramadol',
  'propranolol',
  // By brand, and for attention and allergies: "told me shes taken about thirty of the nurofen".
  'nurofen',
  'panadol',
  'anadin',
  'piriton',
  'antihistamines',
  'ritalin',
  'methylphenidate',
  'concerta',
  'elvanse',
  'lorazepam',
  'naproxen',
  'morphine',
  'capsules',
);
