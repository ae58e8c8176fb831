import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
// The default import: React ships CommonJS, whose named exports not every ES module loader sees.
import React from 'react';
import { LedeErrorEvent, LedeLoadEvent } from '../core/events.js';
import type { LedeElement } from '../core/lede-element.js';
import { serverProps, type DeclaredProperties } from './server-props.js';

/** The events every Lede element fires, as React props. */
const events = {
  /** The element rendered new data; `event.detail.source` tells where it came from. */
  onLedeLoad: LedeLoadEvent.type as EventName<LedeLoadEvent>,
  /** The data could not be rendered; `event.detail` has the cause and the problems. */
  onLedeError: LedeErrorEvent.type as EventName<LedeErrorEvent>,
};

/** The React props that name events. */
export type LedeEventProps = typeof events;

const eventProps: ReadonlySet<string> = new Set(Object.keys(events));

/**
 * A React component for one Lede element. In a browser it is `@lit/react`'s wrapper: data
 * objects are set as properties and `onLedeLoad`/`onLedeError` listen for the events. Where
 * there is no DOM (server rendering with `react-dom/server` in Node, Next.js and the like), it
 * renders the tag with its string, number and `true` props as attributes, which `@lit/react`
 * would drop, so that the server HTML keeps `layout`, `src` and the rest; React hydrates that
 * tag, and the element then renders in the browser.
 */
export function createLedeComponent<I extends LedeElement>(
  tagName: string,
  elementClass: (new () => I) & DeclaredProperties,
  displayName: string,
): ReactWebComponent<I, LedeEventProps> {
  const component = createComponent({ react: React, tagName, elementClass, events, displayName });
  if (typeof document !== 'undefined') return component;
  // A server attaches no ref; React's forwardRef still wants a render function of two parameters.
  const renderOnServer = (props: Readonly<Record<string, unknown>>, ref: unknown) =>
    React.createElement(tagName, serverProps({ ...props, ref }, elementClass, eventProps));
  const onServer = React.forwardRef(renderOnServer);
  onServer.displayName = displayName;
  // Same props as the browser component; the ref is never attached, as on any server.
  return onServer as unknown as ReactWebComponent<I, LedeEventProps>;
}
