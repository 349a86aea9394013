/**
 * The named detectors, in the order given: each kind's detectors placed once, none left out. The
 * first that fires names the danger, so the order is fixed by name in one list (urgent.ts,
 * danger.ts) while the detectors live by kind; a name unknown, repeated or missing fails at load.
 * `what` names the list and `one` an item of it, for that message: "urgent rules", "rule".
 */
export function inOrder<T extends { name: string }>(what: string, one: string, names: readonly string[], kinds: readonly T[][]): T[] {
  const all = kinds.flat();
  const byName = new Map(all.map((d) => [d.name, d]));
  if (byName.size !== all.length || names.length !== all.length || new Set(names).size !== names.length) {
    throw new Error(`${what}: each must be named once in the order`);
  }
  return names.map((name) => {
    const d = byName.get(name);
    if (!d) throw new Error(`${what}: no ${one} named ${name}`);
    return d;
  });
}
