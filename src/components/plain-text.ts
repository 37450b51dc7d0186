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

/**
 * Text to be shown inside quotation marks (a <q>, or “…” added around it): its own double
 * quotes become single ones, as quotes inside quotes should, so “The “Resistance Units”…”
 * reads “The ‘Resistance Units’…”. Apostrophes (’) are left as they are.
 */
export function nestQuotes(text: string): string {
  return text.replace(/“/g, '‘').replace(/”/g, '’');
}

/** `text` in double quotation marks, with the quotes inside it made single (nestQuotes). */
export function quoted(text: string): string {
  return `“${nestQuotes(text)}”`;
}
