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
  const details: Piece[] = [];
  if (article.dateline) details.push(textPiece('dateline', article.dateline));
  const date = article.datePublished
    ? formatDate(article.datePublished, locale, 'long')
    : undefined;
  if (date && article.datePublished) {
    details.push(datePiece(date, isoDate(article.datePublished)));
  }
  const source = sourcePiece(article.sourceOrganization);
  if (source) details.push(source);
  if (readingMinutes > 0) {
    details.push(textPiece('reading-time', readingTime(readingMinutes, locale)));
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
        ? html`<p part="details" class="details">${details.map((piece, i) => piece(i === 0))}</p>`
        : nothing
    }
  </div>`;
}

/**
 * A piece of the details line, drawn after a separator unless it comes `first`. Each piece is
 * isolated (`bdi`): in right-to-left text the pieces keep their order, and an English dateline
 * does not pull its neighbours into a left-to-right run. A piece is one template with its
 * separator rather than three nested ones, which a page of cards, four pieces a card, feels.
 */
type Piece = (first: boolean) => TemplateResult;

/** A piece of plain text: the dateline, the agency's name, the reading time. */
function textPiece(part: string, text: string): Piece {
  return (first) =>
    first
      ? html`<bdi><span part=${part} class=${part}>${text}</span></bdi>`
      : html`&nbsp;<span class="separator" aria-hidden="true">·</span>
          <bdi><span part=${part} class=${part}>${text}</span></bdi>`;
}

/** The date, with its machine-readable value when it is an ISO date. */
function datePiece(date: string, datetime: string | undefined): Piece {
  const value = datetime ?? nothing;
  return (first) =>
    first
      ? html`<bdi><time part="date" datetime=${value}>${date}</time></bdi>`
      : html`&nbsp;<span class="separator" aria-hidden="true">·</span>
          <bdi><time part="date" datetime=${value}>${date}</time></bdi>`;
}

/** The agency: its abbreviation with the full name available, or its name. */
function sourcePiece(organization: Organization | undefined): Piece | undefined {
  if (!organization) return undefined;
  const { name, alternateName } = organization;
  if (alternateName && name && alternateName !== name) {
    return (first) =>
      first
        ? html`<bdi><abbr part="source" class="source" title=${name}>${alternateName}</abbr></bdi>`
        : html`&nbsp;<span class="separator" aria-hidden="true">·</span>
            <bdi><abbr part="source" class="source" title=${name}>${alternateName}</abbr></bdi>`;
  }
  const shown = name || alternateName;
  return shown ? textPiece('source', shown) : undefined;
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
