import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDate, isoDate } from '../../format/date.js';
import { formatList } from '../../format/list.js';
import { formatNumber } from '../../format/number.js';
import { messagePlural } from '../../i18n/plural.js';
import type { Article, Organization } from '../../model/types.js';

/**
 * The lines under a story's headline: "By A and B", then dateline · date · agency, and the
 * reading time when it is over 0 minutes. Shared by the card and the whole article so they agree.
 */
export function renderStoryMeta(
  article: Article,
  locale: string,
  readingMinutes: number,
): TemplateResult | typeof nothing {
  const names = (article.author ?? []).map((person) => person.name).filter(Boolean);
  const details: TemplateResult[] = [];
  if (article.dateline) {
    details.push(html`<span part="dateline" class="dateline">${article.dateline}</span>`);
  }
  const date = article.datePublished
    ? formatDate(article.datePublished, locale, 'long')
    : undefined;
  if (date && article.datePublished) {
    const datetime = isoDate(article.datePublished);
    details.push(html`<time part="date" datetime=${datetime ?? nothing}>${date}</time>`);
  }
  const source = renderSource(article.sourceOrganization);
  if (source) details.push(source);
  if (readingMinutes > 0) {
    details.push(
      html`<span part="reading-time" class="reading-time"
        >${readingTime(readingMinutes, locale)}</span
      >`,
    );
  }
  if (names.length === 0 && details.length === 0) return nothing;
  return html`<div part="meta" class="meta">
    ${
      names.length
        ? html`<p part="byline" class="byline">${msg(str`By ${formatList(names, locale)}`)}</p>`
        : nothing
    }
    ${
      details.length
        ? html`<p part="details" class="details">
            ${details.map(
              // Each piece isolated: in right-to-left text they keep their order, and an
              // English dateline does not pull its neighbours into a left-to-right run.
              (item, i) =>
                html`${
                    i ? html`&nbsp;<span class="separator" aria-hidden="true">·</span> ` : nothing
                  }<bdi>${item}</bdi>`,
            )}
          </p>`
        : nothing
    }
  </div>`;
}

/** The agency: its abbreviation with the full name available, or its name. */
export function renderSource(organization: Organization | undefined): TemplateResult | undefined {
  if (!organization) return undefined;
  const { name, alternateName } = organization;
  if (alternateName && name && alternateName !== name) {
    return html`<abbr part="source" class="source" title=${name}>${alternateName}</abbr>`;
  }
  const shown = name || alternateName;
  return shown ? html`<span part="source" class="source">${shown}</span>` : undefined;
}

/**
 * "4 min read", with a message per plural category so translations can inflect (Arabic has
 * six); the category follows the language of the message, the figure the element's.
 */
export function readingTime(minutes: number, locale: string): string {
  const count = formatNumber(minutes, locale, 'standard');
  switch (messagePlural(minutes)) {
    case 'zero':
      return msg(str`${count} min read`, { id: 'lede-reading-time-zero' });
    case 'one':
      return msg(str`${count} min read`, { id: 'lede-reading-time-one' });
    case 'two':
      return msg(str`${count} min read`, { id: 'lede-reading-time-two' });
    case 'few':
      return msg(str`${count} min read`, { id: 'lede-reading-time-few' });
    case 'many':
      return msg(str`${count} min read`, { id: 'lede-reading-time-many' });
    default:
      return msg(str`${count} min read`, { id: 'lede-reading-time-other' });
  }
}
