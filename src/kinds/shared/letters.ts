/** Letters for printed options and items: A, B … Z, then AA, AB … (never needed in practice). */
export function letter(index: number): string {
  const n = Math.floor(index / 26);
  return (n > 0 ? letter(n - 1) : '') + String.fromCharCode(65 + (index % 26));
}

/** Each id in a printed order with its letter. */
export function lettersOf(order: readonly string[]): Map<string, string> {
  return new Map(order.map((id, i) => [id, letter(i)]));
}

/** The letters of some ids of a printed order, in printed order: "A, C" ("none" if none). */
export function letterList(order: readonly string[], ids: readonly string[]): string {
  const wanted = new Set(ids);
  const letters = order.flatMap((id, i) => (wanted.has(id) ? [letter(i)] : []));
  return letters.length ? letters.join(', ') : 'none';
}
