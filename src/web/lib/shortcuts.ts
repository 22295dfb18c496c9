import { useEffect, useRef } from 'react';

/**
 * Whether a key press belongs to what the user is typing or to an open dialog or menu, where a
 * one-letter shortcut must not fire.
 */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  return target.closest('[role="dialog"], [role="menu"], [role="listbox"]') !== null;
}

/**
 * Single-key shortcuts (`e`, `?`, `/`…) while the component is shown: pressed without Ctrl, Alt or
 * Cmd and not while typing. A handler returning false leaves the key to the browser.
 */
export function useShortcuts(shortcuts: Record<string, (event: KeyboardEvent) => boolean | void>) {
  const latest = useRef(shortcuts);
  latest.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      const run = latest.current[event.key];
      if (!run || isTypingTarget(event.target)) return;
      if (run(event) !== false) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
