import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderInRouter } from '../testing/render';
import { RichText } from './rich-text';

describe('RichText "Go deeper" block', () => {
  it('is closed until the reader opens it, and says what it holds', async () => {
    const { user, container } = renderInRouter(
      <RichText
        nodes={[{ t: 'deeper', title: 'More background', c: [{ t: 'p', c: ['Hidden detail.'] }] }]}
      />,
    );
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(screen.getByText('Hidden detail.')).not.toBeVisible();
    await user.click(screen.getByText('More background'));
    expect(details?.open).toBe(true);
    expect(screen.getByText('Hidden detail.')).toBeVisible();
  });
});
