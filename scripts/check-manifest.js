// Fails when a public element is not fully documented in the custom-elements manifest: every
// element needs a summary or description, and each of its attributes, public properties, events,
// slots, CSS parts and CSS custom properties a description. The manifest is what IDE hints, the
// JSX types and the Storybook docs are made from, so a gap here is a gap for every user.
// Usage: node scripts/check-manifest.js [path to custom-elements.json]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const MANIFEST = 'custom-elements.json';

/** What an element's documentation lacks, one readable line each. */
export function findGaps(manifest) {
  const gaps = [];
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class' || !declaration.customElement) continue;
      if (declaration.tagName) {
        elements.push(declaration);
      } else if (module.path.startsWith('src/components/')) {
        // An element class under src/components is public; without a tag its define entry was
        // not recognized, and its documentation would silently be left out of every IDE file.
        gaps.push(
          `${declaration.name} (${module.path}): no tag name; is it registered in a define entry?`,
        );
      }
    }
  }
  if (elements.length === 0) gaps.push('the manifest lists no element with a tag name');
  for (const element of elements) gaps.push(...elementGaps(element));
  return gaps;
}

/** The undocumented parts of one element. */
function elementGaps(element) {
  const where = `<${element.tagName}>`;
  const gaps = [];
  if (!hasText(element.summary) && !hasText(element.description)) {
    gaps.push(`${where}: no @summary or description`);
  }
  const undocumented = (kind, items, name = (item) => item.name) => {
    for (const item of items ?? []) {
      if (!hasText(item.description))
        gaps.push(`${where}: ${kind} "${name(item)}" has no description`);
    }
  };
  undocumented('attribute', element.attributes);
  undocumented(
    'property',
    element.members?.filter(
      (member) =>
        member.kind === 'field' &&
        (member.privacy ?? 'public') === 'public' &&
        !member.name.startsWith('#'),
    ),
    (member) => (member.static ? `static ${member.name}` : member.name),
  );
  undocumented('event', element.events);
  undocumented('slot', element.slots, (slot) => slot.name || '(default)');
  undocumented('CSS part', element.cssParts);
  undocumented('CSS custom property', element.cssProperties);
  return gaps;
}

function hasText(value) {
  return typeof value === 'string' && value.trim() !== '';
}

function main() {
  const path = process.argv[2] ?? MANIFEST;
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    console.error(`Cannot read ${path} (${error.message}): run npm run analyze first.`);
    process.exit(1);
  }
  const gaps = findGaps(manifest);
  if (gaps.length > 0) {
    console.error(`${path}: ${gaps.length} documentation gap(s):`);
    for (const gap of gaps) console.error(`  ${gap}`);
    process.exit(1);
  }
  const count = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.tagName),
  ).length;
  console.log(`${path}: ${count} elements, every part documented.`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main();
