/** Reads an Adaptive Card as plain text, for the CLI's readable answer. */
export function cardText(card: unknown): string {
  const lines: string[] = [];
  const walk = (node: unknown, depth: number): void => {
    if (Array.isArray(node)) {
      node.forEach((n) => walk(n, depth));
      return;
    }
    if (!node || typeof node !== 'object') return;
    const el = node as Record<string, unknown>;
    switch (el.type) {
      case 'TextBlock':
        // The closed or open variant of a fold's heading (▸/▾) that is not showing.
        if (el.isVisible === false) return;
        if (typeof el.text === 'string') lines.push(`${'  '.repeat(depth)}${el.weight === 'Bolder' ? el.text.toUpperCase() : el.text}`);
        return;
      case 'FactSet':
        for (const f of (el.facts as { title: string; value: string }[] | undefined) ?? [])
          lines.push(`${'  '.repeat(depth)}${f.title}: ${f.value}`);
        return;
      case 'Action.Submit':
      case 'Action.Execute':
      case 'Action.OpenUrl':
      case 'Action.ShowCard':
        lines.push(`${'  '.repeat(depth)}[${String(el.title)}]`);
        if (el.card) walk((el.card as Record<string, unknown>).body, depth + 1);
        return;
      case 'Input.Text':
      case 'Input.ChoiceSet':
      case 'Input.Date':
      case 'Input.Toggle':
      case 'Input.Number':
        lines.push(`${'  '.repeat(depth)}${String(el.label ?? el.id)}${el.isRequired ? ' *' : ''}: ____`);
        return;
      default:
        walk(el.items, depth);
        walk(el.columns, depth);
        walk(el.body, depth);
        walk(el.actions, depth);
    }
  };
  walk(card, 0);
  return lines.join('\n');
}
