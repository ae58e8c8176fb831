/**
 * The Article data model: the public contract of Lede. Names follow schema.org so that a
 * publisher's NewsArticle JSON-LD maps onto it almost as it is. The JSON Schema in
 * `article.schema.json` and the validator in `validate.ts` describe exactly these types.
 */

/** An image with the facts needed to show it accessibly and credit it. */
export interface ImageObject {
  /** Absolute or relative http(s) URL of the image. */
  url: string;
  /** Text alternative for readers who cannot see the image; empty string for decorative images. */
  alt?: string;
  /** Caption shown under the image. */
  caption?: string;
  /** Credit line, e.g. "Photo: AP". */
  creditText?: string;
  /** Intrinsic width in CSS pixels, used to reserve the image's box. */
  width?: number;
  /** Intrinsic height in CSS pixels, used to reserve the image's box. */
  height?: number;
}

/** An organization: a publisher, an agency, a group of professionals. */
export interface Organization {
  name: string;
  /** Short name or abbreviation, e.g. "TDI" or "WIPG". */
  alternateName?: string;
  url?: string;
  logo?: ImageObject;
}

/** A person: an author, a speaker, a member of a delegation. */
export interface Person {
  name: string;
  /** Role or title, e.g. "Pakistan's Ambassador to the United States". */
  jobTitle?: string;
  /** The organization the person belongs to or speaks for. */
  affiliation?: Organization;
  url?: string;
  image?: ImageObject;
}

/**
 * Text that may carry inline markup. `text` is plain text; `html` is the inline subset
 * (a, em, i, strong, b, br, sub, sup, q, abbr), parsed by `parseInlineHtml`. When both are
 * present, `html` is rendered and `text` is its plain-text equivalent.
 */
export interface InlineContent {
  text?: string;
  html?: string;
}

/** Fields every block may carry. */
export interface BlockBase {
  /** Stable identifier, so an element can pick this block out of a whole article. */
  id?: string;
}

export interface ParagraphBlock extends BlockBase, InlineContent {
  type: 'paragraph';
}

export interface HeadingBlock extends BlockBase, InlineContent {
  type: 'heading';
  /** Level relative to the article's headline: 2 (default) to 6. */
  level?: 2 | 3 | 4 | 5 | 6;
}

export interface QuoteBlock extends BlockBase, InlineContent {
  type: 'quote';
  /** `pull` repeats a line from the body at display size; `block` quotes a passage. */
  variant?: 'pull' | 'block';
  /** Who said it. */
  attribution?: Person;
  /** URL of the quotation's source. */
  cite?: string;
}

/** A qualifier that comes before a figure: "more than 6,000". */
export type StatQualifier =
  'more-than' | 'less-than' | 'at-least' | 'at-most' | 'about' | 'nearly' | 'up-to';

export interface StatBlock extends BlockBase {
  type: 'stat';
  /** The figure as a number: 220000000, never "220 million". */
  value: number;
  /** The story's own wording of the figure, shown instead of a formatted number: "220 million". */
  display?: string;
  qualifier?: StatQualifier;
  /** Unit of the figure, e.g. "vendors" or "people". */
  unitText?: string;
  /** What the figure counts, e.g. "Pakistani sellers registered on Amazon". */
  label?: string;
  /** When the figure was true: an ISO 8601 date or year. */
  date?: string;
  /** Who gave the figure. */
  source?: string;
}

/** A group of people, such as a visiting delegation. */
export interface PeopleBlock extends BlockBase {
  type: 'people';
  title?: string;
  organization?: Organization;
  /** Size of the group as stated, even when only some members are named: 35. */
  numberOfItems?: number;
  /** The named members. */
  items: Person[];
  /** Kinds of members, e.g. "economists", "diplomats". */
  groups?: string[];
  /** Who received the group, when the story says. */
  host?: Person;
  /** Where or why the group met, e.g. "at the Embassy of Pakistan". */
  occasion?: string;
}

export interface ListItem extends InlineContent {
  /** A nested list under this item. */
  items?: ListItem[];
}

export interface ListBlock extends BlockBase {
  type: 'list';
  ordered?: boolean;
  items: ListItem[];
}

/** A related story, as in an "Also Read" box. */
export interface RelatedLink {
  headline: string;
  /** Without a safe URL the link renders as text. */
  url?: string;
  description?: string;
  image?: ImageObject;
}

export interface LinksBlock extends BlockBase {
  type: 'links';
  /** Title of the box, e.g. "Also Read". */
  title?: string;
  items: RelatedLink[];
}

export interface ImageBlock extends BlockBase, ImageObject {
  type: 'image';
}

/** Third-party content, shown as a safe link card, never as a live frame. */
export interface EmbedBlock extends BlockBase {
  type: 'embed';
  url: string;
  title?: string;
  /** Name of the provider, e.g. "YouTube". */
  provider?: string;
  description?: string;
  image?: ImageObject;
}

export type Block =
  | ParagraphBlock
  | HeadingBlock
  | QuoteBlock
  | StatBlock
  | PeopleBlock
  | ListBlock
  | LinksBlock
  | ImageBlock
  | EmbedBlock;

export type BlockType = Block['type'];

export const BLOCK_TYPES: readonly BlockType[] = [
  'paragraph',
  'heading',
  'quote',
  'stat',
  'people',
  'list',
  'links',
  'image',
  'embed',
];

/** A news story. Only `headline` is required. */
export interface Article {
  headline: string;
  alternativeHeadline?: string;
  /** The dek: a sentence or two under the headline. */
  description?: string;
  /** Canonical URL of the story. */
  url?: string;
  /** The place as the story gives it, verbatim: "Washington DC". */
  dateline?: string;
  /** ISO 8601 date or date-time. */
  datePublished?: string;
  /** ISO 8601 date or date-time. */
  dateModified?: string;
  author?: Person[];
  publisher?: Organization;
  /** The agency that supplied the story: name and `alternateName` "TDI". */
  sourceOrganization?: Organization;
  image?: ImageObject[];
  /** BCP 47 language tag, e.g. "en" or "ur-PK". */
  inLanguage?: string;
  articleSection?: string;
  keywords?: string[];
  body?: Block[];
  /** Related stories, shown after the body. */
  related?: RelatedLink[];
}
