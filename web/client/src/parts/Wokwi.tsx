import { createElement, useLayoutEffect, useRef } from 'react';

/**
 * Renders a @wokwi/elements custom element and sets its *properties* (not attributes: brightness,
 * values, angle are numbers and arrays) and event listeners through a ref — the one reliable way
 * across React versions.
 */
export function Wokwi({
  tag,
  props,
  events,
  label,
}: {
  tag: string;
  props: Record<string, unknown>;
  events?: Record<string, (event: Event) => void>;
  label?: string;
}) {
  const ref = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    const el = ref.current as unknown as Record<string, unknown> | null;
    if (!el) return;
    for (const [key, value] of Object.entries(props)) if (el[key] !== value) el[key] = value;
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el || !events) return;
    const entries = Object.entries(events);
    for (const [name, fn] of entries) el.addEventListener(name, fn);
    return () => {
      for (const [name, fn] of entries) el.removeEventListener(name, fn);
    };
  }, [events]);
  return createElement(tag, { ref, 'aria-label': label });
}
