/**
 * The fuzzing settings: one fixed seed, so a failure is reproduced by running the suite again,
 * and the number of runs of each property. fast-check prints the seed and the shrunk
 * counterexample of a failing property; counterexamples found are kept as regression cases
 * next to the property.
 */
import fc from 'fast-check';

export const SEED = 20_261_207;

/** Runs of each pure property (model, adapters, parser, URL policy). */
export const PURE_RUNS = 10_000;

/** Runs of the element property: each run renders six elements, so the count is bounded. */
export const ELEMENT_RUNS = 300;

export const settings = (numRuns: number): fc.Parameters<unknown> => ({
  seed: SEED,
  numRuns,
  endOnFailure: false,
});

/** Every value JSON can hold, nested a few levels, with keys that mean something to Lede. */
export const anyJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }),
    fc.dictionary(
      fc.constantFrom(
        'headline',
        'body',
        'type',
        '@type',
        '@context',
        '@graph',
        'items',
        'url',
        'html',
        'text',
        'content_elements',
        'components',
        'uri',
        'headlines',
        'value',
        '__proto__',
        'constructor',
      ),
      fc.jsonValue({ maxDepth: 3 }),
    ),
  );

type Json = unknown;

/** One change to a document: a value replaced, a key removed, or a value wrapped in an array. */
interface Mutation {
  at: number;
  action: 'replace' | 'remove' | 'wrap' | 'empty';
  value: Json;
}

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  action: fc.constantFrom('replace', 'remove', 'wrap', 'empty'),
  value: fc.jsonValue({ maxDepth: 2 }),
});

/** Every container in `document` with one of its keys, in document order. */
function slots(document: Json): [Record<string, Json> | Json[], string | number][] {
  const found: [Record<string, Json> | Json[], string | number][] = [];
  const visit = (node: Json) => {
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        found.push([node, index]);
        visit(child);
      });
    } else if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        found.push([node as Record<string, Json>, key]);
        visit(child);
      }
    }
  };
  visit(document);
  return found;
}

/** A copy of `document` with the mutations applied, each at a slot picked by its number. */
export function mutate(document: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(document);
  for (const { at, action, value } of mutations) {
    const all = slots(copy);
    if (!all.length) return value;
    const [container, key] = all[at % all.length]!;
    const current = (container as Record<string | number, Json>)[key];
    const target = container as Record<string | number, Json>;
    if (action === 'remove') {
      if (Array.isArray(container)) container.splice(key as number, 1);
      else Reflect.deleteProperty(target, key);
    } else if (action === 'wrap') target[key] = [current];
    else if (action === 'empty')
      target[key] = Array.isArray(current) ? [] : typeof current === 'string' ? '' : null;
    else target[key] = value;
  }
  return copy;
}

/** Mutations of one of `documents`. */
export const mutated = (documents: readonly Json[]): fc.Arbitrary<Json> =>
  fc
    .tuple(
      fc.constantFrom(...documents),
      fc.array(mutationArbitrary, { minLength: 1, maxLength: 6 }),
    )
    .map(([document, mutations]) => mutate(document, mutations));

/** Reads the project's fixtures and the demo stories listed by the test runner. */
export async function loadFixtures(paths: string[]): Promise<Json[]> {
  return Promise.all(paths.map(async (path) => (await fetch(path)).json() as Promise<Json>));
}
