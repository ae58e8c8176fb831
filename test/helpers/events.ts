/** Collects every event of the given types that reaches `target`. */
export function recordEvents(target: EventTarget, ...types: string[]): Event[] {
  const seen: Event[] = [];
  for (const type of types) target.addEventListener(type, (event) => seen.push(event));
  return seen;
}

/** Collects console.warn calls until `stop()` is called. */
export function captureWarnings(): { messages: string[]; stop(): void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, stop: () => (console.warn = original) };
}
