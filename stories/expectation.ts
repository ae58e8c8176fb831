/**
 * How a story's elements end up, so the story test knows what to wait for and what counts as
 * a failure: `load` (the default) — every element renders its data; `error` — every element
 * shows its error message; `loading` — held in the loading state; `empty` — given no data.
 */
export type StoryOutcome = 'load' | 'error' | 'loading' | 'empty';

/** The parameters that declare a story's outcome. */
export function outcome(value: StoryOutcome): { lede: { outcome: StoryOutcome } } {
  return { lede: { outcome: value } };
}

/** A story's declared outcome, from its parameters. */
export function outcomeOf(parameters: Record<string, unknown>): StoryOutcome {
  const lede = parameters.lede as { outcome?: StoryOutcome } | undefined;
  return lede?.outcome ?? 'load';
}
