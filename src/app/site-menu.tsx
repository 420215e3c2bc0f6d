import { lazy, Suspense, useEffect, useRef, useState, type MouseEvent } from 'react';
import { NavLink, useLocation } from 'react-router';

// How many reviews are due: loaded once saved progress has been read; if it does not download, no count shows.
const DueCount = lazy(() => import('../review/components/due-count').catch(() => ({ default: () => null })));

export const MENU_ID = 'site-menu';

const LINKS = [
  ['/', 'Course map'],
  ['/quizzes', 'Quizzes'],
  ['/glossary', 'Glossary'],
  ['/review', 'Review'],
  ['/progress', 'Your progress'],
  ['/guide', 'For trainers'],
] as const;

/**
 * A tap on the Menu before the app took the page over has been answered by public/theme.js,
 * which set aria-expanded on the prerendered button: start from what the learner sees. (The
 * first render must match the prerendered page, and so it does: the page is that markup.)
 */
const openBeforeStart = () => typeof document !== 'undefined' && document.querySelector(`[aria-controls="${MENU_ID}"]`)?.getAttribute('aria-expanded') === 'true';

/** True when the Menu button is what shows (a narrow screen), not the row of links. */
const folded = (button: HTMLElement | null) => Boolean(button && getComputedStyle(button).display !== 'none');

/**
 * The main links. On a wide screen, a row in the header; on a narrow one (layout.css), a "Menu"
 * button that opens them in a panel below the header, with the count of reviews due on the
 * button itself. Escape, a chosen link, or focus or a tap going elsewhere closes it.
 * With scripts off, layout.css shows the links and not the button.
 */
export function SiteMenu({ showDue }: { showDue: boolean }) {
  const [open, setOpen] = useState(openBeforeStart);
  const button = useRef<HTMLButtonElement>(null);
  const nav = useRef<HTMLElement>(null);

  // Another page (a link, Back, Forward): the menu has done its work.
  const { pathname } = useLocation();
  const [openedOn, setOpenedOn] = useState(pathname);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }

  // While open: Escape closes it and gives focus back to the button; focus moving on past it,
  // or a tap elsewhere (a tap does not always move focus: Safari does not focus buttons),
  // closes it, so it never covers what has focus.
  useEffect(() => {
    const area = nav.current;
    if (!open || !area) return;
    const inside = (node: EventTarget | null) => node instanceof Node && area.contains(node);
    const onKeyDown = (event: KeyboardEvent) => {
      // (Focus on the page itself: a tap opened it without focusing the button.)
      if (event.key !== 'Escape' || !(inside(document.activeElement) || document.activeElement === document.body)) return;
      setOpen(false);
      button.current?.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget && !inside(event.relatedTarget)) setOpen(false);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!inside(event.target)) setOpen(false);
    };
    document.addEventListener('keydown', onKeyDown);
    area.addEventListener('focusout', onFocusOut);
    document.addEventListener('pointerdown', onPointerDown);
    return () => {
      document.removeEventListener('keydown', onKeyDown);
      area.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open]);

  const onLinkChosen = (event: MouseEvent<HTMLAnchorElement>) => {
    const link = event.currentTarget;
    setOpen(false);
    // The page already open: nothing new takes focus, and the link is about to be hidden.
    if (link.getAttribute('aria-current') === 'page' && folded(button.current)) button.current?.focus();
  };

  return (
    <nav aria-label="Main" className="site-header__nav" ref={nav}>
      <button ref={button} type="button" className="site-menu-button" data-menu-button aria-expanded={open} aria-controls={MENU_ID} onClick={() => setOpen(!open)}>
        Menu
        {showDue ? (
          <Suspense>
            <DueCount on="menu" />
          </Suspense>
        ) : null}
      </button>
      <ul id={MENU_ID} className="site-nav">
        {LINKS.map(([to, label]) => (
          <li key={to}>
            <NavLink to={to} end={to === '/'} onClick={onLinkChosen}>
              {label}
              {to === '/review' && showDue ? (
                <Suspense>
                  <DueCount />
                </Suspense>
              ) : null}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
