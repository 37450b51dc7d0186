import type { Rich } from '../domain/rich';

/** The words of rich text without formatting, for labels and announcements. */
export function plainText(nodes: Rich): string {
  return nodes
    .map((n) => {
      if (typeof n === 'string') return n;
      if ('c' in n) return plainText(n.c);
      return '';
    })
    .join('');
}
