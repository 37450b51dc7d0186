/**
 * Words for a try that is not right yet, shared by several kinds: what is wrong, in counts,
 * without giving the answer away ("2 of the 3 right options are still missing"). Pure.
 */
import type { ItemMark } from '../../domain/score';

/** "1 option" / "2 options". */
export function some(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A selection (ticked options, tagged sentences): how many right ones are missing and how many
 * ticked should not be. `noun` names the parts, `verb` what the learner did to them.
 */
export function selectionHint(
  items: readonly ItemMark[],
  noun: { one: string; many: string },
  verb: string,
): string {
  const right = items.filter((i) => i.expected === true).length;
  const chosen = items.filter((i) => i.chosen === true).length;
  const missing = items.filter((i) => i.expected === true && i.chosen !== true).length;
  const wrong = items.filter((i) => i.chosen === true && i.expected !== true).length;
  if (chosen === 0) {
    return `You ${verb} nothing, but ${right === 1 ? `1 ${noun.one} fits` : `${right} ${noun.many} fit`}.`;
  }
  const parts: string[] = [];
  if (missing) {
    parts.push(
      missing === right
        ? `None of the ${right === 1 ? `right ${noun.one}` : `${right} right ${noun.many}`} ${right === 1 ? 'is' : 'are'} ${verb} yet.`
        : `${missing} of the ${right} right ${noun.many} ${missing === 1 ? 'is' : 'are'} still missing.`,
    );
  }
  if (wrong) {
    parts.push(
      wrong === 1
        ? `1 you ${verb} should not be (marked ✗).`
        : `${wrong} you ${verb} should not be (marked ✗).`,
    );
  }
  return parts.join(' ');
}
