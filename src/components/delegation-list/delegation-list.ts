import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { numberAttribute, type LedeProperties } from '../../core/attributes.js';
import { DataSourceController } from '../../core/data-source.js';
import { LedeElement } from '../../core/lede-element.js';
import { languageDirection } from '../../core/locale.js';
import { errorMessage } from '../../core/messages.js';
import { blockOptions } from '../../core/validated-block.js';
import { PEOPLE } from '../../model/block-shapes.js';
import { tokens } from '../../core/styles.js';
import { formatNumber } from '../../format/number.js';
import { messagePlural } from '../../i18n/plural.js';
import { safeUrl } from '../../model/safe-url.js';
import type { Article, Organization, PeopleBlock, Person } from '../../model/types.js';
import { storyWords, withStoryWords } from '../shared/story-words.js';
import { textPlaceholder } from '../shared/text-placeholder.styles.js';
import { headingLevel, renderHeading, P, storyElement } from '../shared/heading.js';
import { styles } from './delegation-list.styles.js';
import { initials } from './initials.js';

const DEFAULT_HEADING_LEVEL = 3;
const DEFAULT_THRESHOLD = 8;

/**
 * A group of people, such as a visiting delegation: the organization it comes from, its size
 * as the story states it ("35 members, 2 named"), the named members with their roles, the
 * kinds of members it holds, and who received it. Past `threshold` members the rest collapse
 * behind a "Show all" button; collapsed members are not rendered at all, so a list of
 * thousands stays fast.
 *
 * Hand-written tags describe the group with attributes (`organization`, `organization-abbr`,
 * `organization-url`, `count`, `groups`, `heading`, `host`, `host-title`, `occasion`) and list
 * named members, when there are any, in the `members` attribute as a JSON array of people
 * (`[{"name": "Luis Fortuno", "jobTitle": "Former Governor of Puerto Rico"}]`). A child
 * `<script type="application/json">` is not used for members alone: it always holds the whole
 * people block (or article), ahead of `src` and attributes, as in every Lede element.
 *
 * @summary A group of people: organization, size, named members with roles, kinds of members.
 * @status stable
 * @since 0.1.0
 *
 * @csspart base - The `section` around everything.
 * @csspart header - The heading with the organization, size and occasion lines under it.
 * @csspart heading - The heading: the group's title, or the organization's name.
 * @csspart organization - The organization line, shown under a title of the group's own.
 * @csspart count - The size line: "35 members, 2 named".
 * @csspart occasion - Who received the group, and where or why it met.
 * @csspart members - The list of named members.
 * @csspart member - One named member.
 * @csspart avatar - A member's photo, or the circle with their initials.
 * @csspart name - A member's name.
 * @csspart role - A member's role or title.
 * @csspart affiliation - The organization a member belongs to.
 * @csspart toggle - The "Show all" / "Show fewer" button.
 * @csspart groups - The kinds of members: their label and list.
 * @csspart groups-label - The "Members include" label.
 * @csspart group - One kind of member, shown as a chip.
 * @csspart error - The message shown when the data cannot be rendered.
 * @csspart dropped - The list of values dropped from the data, shown only with `lede-debug` or `Lede.debug`.
 *
 * @cssproperty --lede-delegation-rule-color - Colour of the rule above the group. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-delegation-avatar-size - Diameter of a member's photo or initials (default 2.75rem).
 * @cssproperty --lede-delegation-avatar-background - Background of the initials circle. Defaults to `--lede-color-subtle`.
 * @cssproperty --lede-delegation-avatar-color - Colour of the initials. Defaults to `--lede-color-accent`.
 * @cssproperty --lede-delegation-column-width - Narrowest column of members on wide screens (default 15rem).
 * @cssproperty --lede-color-text - Text colour.
 * @cssproperty --lede-color-muted - Colour of secondary lines.
 * @cssproperty --lede-color-link - Colour of links and of the toggle button.
 * @cssproperty --lede-color-border - Colour of the lines between members and around chips.
 * @cssproperty --lede-font-serif - Font of the heading and the occasion line.
 * @cssproperty --lede-font-sans - Font of everything else.
 *
 * @event lede-load - The group rendered; `detail.source` tells where its data came from, `detail.warnings` lists each value dropped (or unknown field kept) with its path.
 * @event lede-error - The data could not be rendered; `detail` has the cause, the visible message and the validation problems with their paths.
 */
export class LedeDelegationList extends LedeElement {
  static override styles = [tokens, textPlaceholder, styles];

  static override get properties(): LedeProperties {
    return {
      people: { attribute: false },
      article: { attribute: false },
      blockId: { attribute: 'block-id' },
      index: { type: Number },
      headingLevel: { type: Number, attribute: 'heading-level' },
      threshold: { type: Number },
      heading: { block: 'title' },
      organization: { block: 'organization.name' },
      organizationAbbr: {
        attribute: 'organization-abbr',
        block: { to: ['organization.name', 'organization.alternateName'] },
      },
      organizationUrl: {
        attribute: 'organization-url',
        block: { to: 'organization.url', adds: 'organization' },
      },
      count: { converter: numberAttribute, block: { to: 'numberOfItems', read: 'number' } },
      groups: { block: { to: 'groups', read: 'list' } },
      members: { block: { to: 'items', read: 'json' } },
      host: { block: { to: 'host.name', adds: true } },
      hostTitle: { attribute: 'host-title', block: { to: 'host.jobTitle', adds: 'host' } },
      occasion: { block: { to: 'occasion', adds: true } },
      expandedGroup: { state: true, attribute: false },
      failedPhotos: { state: true, attribute: false },
    };
  }

  /** The group to show, as a `people` block. Takes precedence over every other source. */
  people?: PeopleBlock;

  /** A whole article to pick the group from (see `block-id` and `index`). */
  article?: Article;

  /** The `id` of the people block to show when the data is a whole article. */
  blockId?: string;

  /** Position of the people block to show among the article's people blocks, from 0. */
  index = 0;

  /** Level of the heading, 2 to 6, so it fits the outline of the host page. */
  headingLevel = DEFAULT_HEADING_LEVEL;

  /** How many members show before the rest collapse behind a "Show all" button. */
  threshold = DEFAULT_THRESHOLD;

  /** The group's title, for hand-written tags; the organization's name when absent. */
  heading?: string;

  /** The organization's full name, for hand-written tags. */
  organization?: string;

  /** The organization's abbreviation, e.g. "WIPG", for hand-written tags. */
  organizationAbbr?: string;

  /** The organization's web address, for hand-written tags. */
  organizationUrl?: string;

  /**
   * The size of the group as stated, even when fewer are named: a whole number such as `35`.
   * Text that is not one is dropped, with a warning that names it.
   */
  count?: number;

  /** Kinds of members as a comma-separated list: "economists, diplomats". */
  groups?: string;

  /** Named members as a JSON array of people: `[{"name": "…", "jobTitle": "…"}]`. */
  members?: string;

  /** Who received the group, for hand-written tags. */
  host?: string;

  /** The role of the person who received the group. */
  hostTitle?: string;

  /** Where or why the group met, e.g. "at the Embassy of Pakistan". */
  occasion?: string;

  /** The group whose members past `threshold` are shown; new data starts collapsed. */
  private expandedGroup?: PeopleBlock;

  /** Photos that failed to load: their members show initials instead. */
  private failedPhotos = new Set<string>();

  private readonly data = new DataSourceController<PeopleBlock>(this, {
    property: () => this.people ?? this.article,
    attributes: () => this.attributeBlock({ type: 'people', items: [] }),
    ...blockOptions<PeopleBlock>(this, PEOPLE),
    message: errorMessage,
  });

  override render() {
    return this.renderStates(this.data.state, {
      loading: () => this.renderSkeleton(),
      ready: (people, lang) => this.renderGroup(people, this.storyLang(lang)),
    });
  }

  /**
   * The group; `lang` marks the story's words (its title, organization, members and kinds of
   * members) when they are in another language than the element's own.
   */
  private renderGroup(group: PeopleBlock, lang: string | undefined) {
    const { organization } = group;
    const title = group.title?.trim();
    // The story's title or organization; without either, the element's own word for it.
    const heading = title
      ? title
      : organization
        ? this.renderOrganization(organization)
        : undefined;
    return html`
      <section part="base" class="delegation" aria-labelledby="heading">
        <header part="header" class="header">
          ${this.renderHeading(heading ?? msg('Members'), heading === undefined ? undefined : lang)}
          ${
            title && organization
              ? storyElement(P, this.renderOrganization(organization), {
                  part: 'organization',
                  lang,
                })
              : nothing
          }
          ${this.renderCount(group)} ${this.renderOccasion(group, lang)}
        </header>
        ${this.renderMembers(group, lang)} ${this.renderGroups(group.groups ?? [], lang)}
      </section>
    `;
  }

  private renderHeading(content: unknown, lang: string | undefined): TemplateResult {
    const level = headingLevel(this.headingLevel, DEFAULT_HEADING_LEVEL);
    return renderHeading(level, content, { part: 'heading', id: 'heading', lang });
  }

  /** "Washington Intergovernmental Professional Group (WIPG)", linked when it has a safe URL. */
  private renderOrganization(organization: Organization) {
    const { name, alternateName } = organization;
    const label =
      alternateName && alternateName !== name
        ? html`${name} (<abbr>${alternateName}</abbr>)`
        : html`${name}`;
    const url = safeUrl(organization.url);
    return url ? html`<a href=${url}>${label}</a>` : label;
  }

  private renderCount(group: PeopleBlock) {
    const stated = group.numberOfItems;
    if (stated === undefined) return nothing;
    const named = group.items.length;
    const size = membersText(stated, this.locale);
    const text = named > 0 && named < stated ? namedText(size, named, this.locale) : size;
    // Isolated, so a line starting with a figure keeps its order inside right-to-left text.
    return html`<p part="count" class="count"><bdi>${text}</bdi></p>`;
  }

  /**
   * "Met Masood Khan, Pakistan’s Ambassador to the United States, at the Embassy" when the
   * occasion is a phrase; a whole sentence is shown as it is, with the host on a line of its
   * own unless the sentence already names them. The host and the occasion, the story's words,
   * are marked with `lang`.
   */
  private renderOccasion(group: PeopleBlock, lang: string | undefined) {
    const { host } = group;
    const phrase = group.occasion?.trim();
    const hostWords = host ? personWithTitle(host, lang) : undefined;
    const line = (content: unknown, storyLang?: string) =>
      storyElement(P, content, { part: 'occasion', lang: storyLang });
    if (phrase && startsLowercase(phrase)) {
      return line(
        hostWords
          ? withStoryWords(
              (who, occasion) => msg(str`Met ${who}, ${occasion}`),
              [hostWords, phrase],
              lang,
            )
          : withStoryWords((occasion) => msg(str`Met ${occasion}`), [phrase], lang),
      );
    }
    const named = host !== undefined && phrase !== undefined && phrase.includes(host.name);
    const hosted = hostWords && !named ? line(hostedBy(hostWords, lang)) : nothing;
    // A sentence of the story's own is marked as a whole.
    return phrase ? html`${line(phrase, lang)}${hosted}` : hosted;
  }

  private renderMembers(group: PeopleBlock, lang: string | undefined) {
    const { items } = group;
    if (items.length === 0) {
      const nothingElse = group.numberOfItems === undefined && !group.groups?.length;
      return nothingElse ? html`<p class="none">${msg('No members are named.')}</p>` : nothing;
    }
    const threshold = visibleCount(this.threshold);
    const collapsible = items.length > threshold;
    const expanded = this.expandedGroup === group;
    const shown = collapsible && !expanded ? items.slice(0, threshold) : items;
    const organization = group.organization;
    return html`
      <ul
        part="members"
        class="members"
        id="members"
        role="list"
        lang=${ifDefined(lang)}
        dir=${ifDefined(languageDirection(lang))}
      >
        ${shown.map((person) => this.renderMember(person, organization))}
      </ul>
      ${
        collapsible
          ? html`<button
              part="toggle"
              class="toggle"
              type="button"
              aria-controls="members"
              aria-expanded=${expanded ? 'true' : 'false'}
              @click=${() => this.toggle(group)}
            >
              ${
                expanded
                  ? msg('Show fewer')
                  : msg(str`Show all ${formatNumber(items.length, this.locale)}`)
              }
            </button>`
          : nothing
      }
    `;
  }

  private renderMember(person: Person, groupOrganization: Organization | undefined) {
    const url = person.image ? safeUrl(person.image.url) : undefined;
    const photo = url && !this.failedPhotos.has(url) ? url : undefined;
    const link = safeUrl(person.url, { allowMailto: true });
    const affiliation = person.affiliation;
    return html`
      <li part="member" class="member">
        ${
          photo
            ? html`<img
                part="avatar"
                class="avatar"
                src=${photo}
                alt=""
                loading="lazy"
                decoding="async"
                @error=${() => (this.failedPhotos = new Set(this.failedPhotos).add(photo))}
              />`
            : html`<span part="avatar" class="avatar initials" aria-hidden="true"
                >${initials(person.name, this.locale)}</span
              >`
        }
        <span class="person">
          ${
            link
              ? html`<a part="name" class="name" href=${link}>${person.name}</a>`
              : html`<span part="name" class="name">${person.name}</span>`
          }
          ${
            person.jobTitle
              ? html`<span part="role" class="role">${person.jobTitle}</span>`
              : nothing
          }
          ${
            affiliation
              ? html`<span part="affiliation" class="affiliation"
                  >${this.renderAffiliation(affiliation, groupOrganization)}</span
                >`
              : nothing
          }
        </span>
      </li>
    `;
  }

  /**
   * The short name, expanded in `<abbr title>`, when there is one: the full name is either
   * already in the heading or too long to repeat on every member.
   */
  private renderAffiliation(affiliation: Organization, groupOrganization?: Organization) {
    const { name, alternateName } = affiliation;
    const sameAsGroup = groupOrganization?.name === name;
    const label = alternateName ? html`<abbr title=${name}>${alternateName}</abbr>` : html`${name}`;
    const url = sameAsGroup ? undefined : safeUrl(affiliation.url);
    return url ? html`<a href=${url}>${label}</a>` : label;
  }

  private renderGroups(groups: string[], lang: string | undefined) {
    const kinds = groups.map((kind) => kind.trim()).filter(Boolean);
    if (kinds.length === 0) return nothing;
    return html`
      <div part="groups" class="groups">
        <p part="groups-label" class="groups-label" id="groups-label">${msg('Members include')}</p>
        <ul
          class="chips"
          role="list"
          aria-labelledby="groups-label"
          lang=${ifDefined(lang)}
          dir=${ifDefined(languageDirection(lang))}
        >
          ${kinds.map((kind) => html`<li part="group" class="chip">${kind}</li>`)}
        </ul>
      </div>
    `;
  }

  /**
   * The loading placeholder: the header, two members and the kinds of members, each part in
   * the type and spacing it will have. How many lines the wrapping parts take follows the
   * width (see the styles).
   */
  private renderSkeleton() {
    const bar = (kind: string) => html`<div class="skeleton skeleton-text ${kind}"></div>`;
    const member = (lines: string[]) =>
      html`<div class="member">
        <div class="skeleton avatar"></div>
        <div class="person">${lines.map(bar)}</div>
      </div>`;
    return html`
      <div part="base" class="delegation" aria-busy="true">
        <span class="visually-hidden">${msg('Loading')}</span>
        <div class="header" aria-hidden="true">
          ${bar('heading')} ${bar('organization')} ${bar('count')} ${bar('occasion')}
        </div>
        <div class="members" aria-hidden="true">
          ${member(['name', 'role'])} ${member(['name', 'role', 'affiliation'])}
        </div>
        <div class="groups" aria-hidden="true">${bar('groups-label')} ${bar('chips')}</div>
      </div>
    `;
  }

  private toggle(group: PeopleBlock): void {
    this.expandedGroup = this.expandedGroup === group ? undefined : group;
  }
}

/**
 * "35 members", in the plural form the language of the message asks for; the figure is in
 * the element's language.
 */
function membersText(count: number, locale: string): string {
  const n = formatNumber(count, locale);
  switch (messagePlural(count)) {
    case 'zero':
      return msg(str`${n} members`, { id: 'lede-delegation-members-zero' });
    case 'one':
      return msg(str`${n} member`, { id: 'lede-delegation-members-one' });
    case 'two':
      return msg(str`${n} members`, { id: 'lede-delegation-members-two' });
    case 'few':
      return msg(str`${n} members`, { id: 'lede-delegation-members-few' });
    case 'many':
      return msg(str`${n} members`, { id: 'lede-delegation-members-many' });
    default:
      return msg(str`${n} members`, { id: 'lede-delegation-members-other' });
  }
}

/** "35 members, 2 named": the count of named members inflects too ("dont 1 nommé"). */
function namedText(size: string, named: number, locale: string): string {
  const n = formatNumber(named, locale);
  switch (messagePlural(named)) {
    case 'zero':
      return msg(str`${size}, ${n} named`, { id: 'lede-delegation-named-zero' });
    case 'one':
      return msg(str`${size}, ${n} named`, { id: 'lede-delegation-named-one' });
    case 'two':
      return msg(str`${size}, ${n} named`, { id: 'lede-delegation-named-two' });
    case 'few':
      return msg(str`${size}, ${n} named`, { id: 'lede-delegation-named-few' });
    case 'many':
      return msg(str`${size}, ${n} named`, { id: 'lede-delegation-named-many' });
    default:
      return msg(str`${size}, ${n} named`, { id: 'lede-delegation-named-other' });
  }
}

/** "Masood Khan, Pakistan’s Ambassador to the United States", the story's words marked with `lang`. */
function personWithTitle(person: Person, lang: string | undefined): string | TemplateResult {
  return person.jobTitle
    ? withStoryWords(
        (name, title) => msg(str`${name}, ${title}`),
        [person.name, person.jobTitle],
        lang,
      )
    : storyWords(person.name, lang);
}

/** "Hosted by …", with the host already marked. */
function hostedBy(
  host: string | TemplateResult,
  lang: string | undefined,
): string | TemplateResult {
  return withStoryWords((who) => msg(str`Hosted by ${who}`), [host], lang);
}

/** True for a phrase such as "at the Embassy", false for a sentence or a caseless script. */
function startsLowercase(text: string): boolean {
  const first = /^\p{L}/u.exec(text)?.[0];
  return first !== undefined && first !== first.toUpperCase() && first === first.toLowerCase();
}

function visibleCount(threshold: number): number {
  return Number.isFinite(threshold) && threshold >= 1 ? Math.floor(threshold) : DEFAULT_THRESHOLD;
}
