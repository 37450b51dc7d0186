import { useEffect, type ReactNode } from 'react';
import { MODULE_TITLE } from '../config/paths';

/**
 * Every page starts here: one h1 (focusable, so navigation can move focus to it) and the
 * document title, which screen readers announce and browser tabs show.
 */
export function Page(props: { title: string; lead?: ReactNode; children?: ReactNode }) {
  const { title, lead, children } = props;
  useEffect(() => {
    document.title = `${title} · ${MODULE_TITLE}`;
  }, [title]);
  return (
    <>
      <h1 tabIndex={-1} className="page-title">
        {title}
      </h1>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </>
  );
}
