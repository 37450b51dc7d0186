import { describe, expect, it } from 'vitest';
import { nestQuotes, quoted } from './plain-text';

describe('quotes inside quotes', () => {
  it('turns double quotes inside a quotation into single ones, keeping apostrophes', () => {
    const title = 'The MEK’s “Resistance Units”: A Manufactured Illusion of Dissent';
    expect(nestQuotes(title)).toBe(
      'The MEK’s ‘Resistance Units’: A Manufactured Illusion of Dissent',
    );
    expect(quoted(title)).toBe(
      '“The MEK’s ‘Resistance Units’: A Manufactured Illusion of Dissent”',
    );
  });

  it('leaves text without quotes alone', () => {
    expect(quoted('Information-warfare claims')).toBe('“Information-warfare claims”');
  });
});
