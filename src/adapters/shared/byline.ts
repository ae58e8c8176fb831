/** The people a byline names. Shared by the adapters. */
import type { Organization, Person } from '../../model/types.js';

/** "By", in the languages of the big wires. */
const BYLINE_PREFIX = /^(?:by|von|vom|par|por|door|di|av|af|przez)\s+/i;
// Names are matched after whitespace is collapsed, so one space stands for any run of it; with
// `\s+` on both sides a long run of spaces would make each pattern take quadratic time.
const NAME_JOINER = / (?:and|und|&|et|y|e|och|og|en) /i;
const NAME_SEPARATOR = / ?, ?| (?:and|und|&|et|y|e|och|og|en) /i;

function sameName(a: string | undefined, b: string): boolean {
  return a !== undefined && a.toLowerCase() === b.trim().toLowerCase();
}

function isAgency(name: string, agency: Organization | undefined): boolean {
  return !!agency && (sameName(agency.name, name) || sameName(agency.alternateName, name));
}

/**
 * The people a byline names. "By" (or its German, French, Spanish, Dutch, Italian,
 * Nordic or Polish form) is removed; of "by X | May 14, 2015" only the part with the names is
 * read; a trailing ", dpa" that names the agency becomes each person's affiliation; the rest is
 * split into several people only when it is clearly a list ("X and Y", "X, Y und Z").
 */
export function bylinePeople(byline: string, agency?: Organization): Person[] {
  // Whitespace is collapsed first, so that no pattern below meets a long run of it.
  const segments = byline
    .split(/[|•·\n]/)
    .map((segment) => segment.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let names = (segments.find((segment) => BYLINE_PREFIX.test(segment)) ?? segments[0] ?? '')
    .replace(BYLINE_PREFIX, '')
    .trim();
  if (isAgency(names, agency)) return [];
  const suffix = /,\s*([^,]+)$/.exec(names);
  const affiliation = suffix?.[1] !== undefined && isAgency(suffix[1], agency) ? agency : undefined;
  if (affiliation && suffix) names = names.slice(0, suffix.index);
  const parts = NAME_JOINER.test(names) ? names.split(NAME_SEPARATOR) : [names];
  return parts
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => (affiliation ? { name, affiliation } : { name }));
}
