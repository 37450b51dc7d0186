import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../app/routes';

/** Renders the whole app at a URL, the way a learner would arrive there. */
export function renderRoute(path = '/') {
  const user = userEvent.setup({ delay: null });
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <AppRoutes />
    </MemoryRouter>,
  );
  return { ...view, user };
}

/** Renders any element inside a router (links need one), at a URL. */
export function renderInRouter(element: React.ReactElement, path = '/') {
  const user = userEvent.setup({ delay: null });
  const view = render(<MemoryRouter initialEntries={[path]}>{element}</MemoryRouter>);
  return { ...view, user };
}
