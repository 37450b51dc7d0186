/** The parts of a question in a given order, e.g. as printed (ids not found are left out). */
export function inOrder<T extends { id: string }>(
  items: readonly T[],
  order: readonly string[],
): T[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return order.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}
