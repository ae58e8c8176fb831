/**
 * An `error` listener for images: an image that fails to load is hidden rather than shown as
 * a broken-image icon; its text alternative is already beside it or decorative.
 */
export function hideBrokenImage(event: Event): void {
  if (event.target instanceof HTMLImageElement) event.target.hidden = true;
}
