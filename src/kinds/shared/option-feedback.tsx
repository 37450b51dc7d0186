import type { Rich } from '../../domain/rich';
import { RichText } from '../../components/rich-text';

/**
 * The expert's reason for one option or item, after Check. Where the learner went wrong it is
 * open; where they got it right it is optional reading and starts closed, so a long list does
 * not repeat, row after row, what the learner already knew (it opens for printing).
 */
export function OptionFeedback({ feedback, right }: { feedback: Rich; right: boolean }) {
  if (!right) {
    return (
      <div className="option-feedback">
        <RichText nodes={feedback} />
      </div>
    );
  }
  return (
    <details className="option-feedback">
      <summary>Reason</summary>
      <RichText nodes={feedback} />
    </details>
  );
}
