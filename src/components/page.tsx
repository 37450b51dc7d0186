import { useEffect, useRef, type ReactNode } from 'react';
import { MODULE_TITLE } from '../config/paths';

/**
 * Every page starts here: one h1 (focusable, so navigation can move focus to it) and the
 * document title, which screen readers announce and browser tabs show.
 */
export function Page(props: {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
  /**
   * For views that replace others without a change of address (quiz results, a started
   * quiz): the button that led here is gone, so focus goes to the new heading.
   */
  focusOnMount?: boolean;
}) {
  const { title, lead, children, focusOnMount = false } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${MODULE_TITLE}`;
  }, [title]);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <>
      <h1 tabIndex={-1} className="page-title" ref={heading}>
        {title}
      </h1>
      {lead ? <div className="page-lead">{lead}</div> : null}
      {children}
    </>
  );
}
