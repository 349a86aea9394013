export type CardNode = Record<string, unknown>;

/** Every object in a card, parents before children, wherever it is nested (bodies, columns, actions, shown cards). */
export function cardNodes(node: unknown, out: CardNode[] = []): CardNode[] {
  if (Array.isArray(node)) node.forEach((n) => cardNodes(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as CardNode);
    Object.values(node).forEach((v) => cardNodes(v, out));
  }
  return out;
}
