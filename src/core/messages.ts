import { msg, str } from '@lit/localize';
import type { LedeErrorCause } from './events.js';

/**
 * The short visible message for each failure. Each is a function, so that `msg` looks the
 * words up in the page's language when the message is shown, not when the module loads.
 */
const MESSAGES: Record<LedeErrorCause, (status?: number) => string> = {
  'unsafe-url': () => msg('This story’s address is not allowed.'),
  network: () => msg('The story could not be loaded: the network failed.'),
  http: (status) => msg(str`The story could not be loaded (HTTP ${status ?? '?'}).`),
  timeout: () => msg('The story took too long to load.'),
  'too-large': () => msg('The story is too large to show.'),
  'not-json': () => msg('The story’s data is not valid JSON.'),
  invalid: () => msg('The story’s data is incomplete or malformed.'),
  unrecognized: () => msg('The story’s data is in a format Lede does not read.'),
  'not-found': () => msg('This part of the story was not found.'),
};

/** The short visible message for each failure, in the page's language. */
export function errorMessage(cause: LedeErrorCause, status?: number): string {
  return MESSAGES[cause](status);
}
