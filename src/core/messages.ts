import { msg, str } from '@lit/localize';
import type { LedeErrorCause } from './events.js';

/** The short visible message for each failure, in the page's language. */
export function errorMessage(cause: LedeErrorCause, status?: number): string {
  switch (cause) {
    case 'unsafe-url':
      return msg('This story’s address is not allowed.');
    case 'network':
      return msg('The story could not be loaded: the network failed.');
    case 'http':
      return msg(str`The story could not be loaded (HTTP ${status ?? '?'}).`);
    case 'timeout':
      return msg('The story took too long to load.');
    case 'too-large':
      return msg('The story is too large to show.');
    case 'not-json':
      return msg('The story’s data is not valid JSON.');
    case 'invalid':
      return msg('The story’s data is incomplete or malformed.');
    case 'unrecognized':
      return msg('The story’s data is in a format Lede does not read.');
    case 'not-found':
      return msg('This part of the story was not found.');
  }
}
