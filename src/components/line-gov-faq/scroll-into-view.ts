/**
 * Scrolls `element` to the top of the viewport, as a deep link does, but never under a page's
 * sticky or fixed header. `scrollIntoView` already honours the page's `scroll-padding-top` and
 * the element's `scroll-margin-top`; a page that set neither would hide the question under its
 * header, so whatever fixed or sticky box still covers the element's top is scrolled clear of.
 * `host` bounds the search: the widget's own boxes are never taken for a header.
 */
export function scrollIntoViewBelowOverlays(element: Element, host: Element): void {
  // 'instant': a page's `scroll-behavior: smooth` would leave the element moving when measured.
  element.scrollIntoView({ block: 'start', behavior: 'instant' as ScrollBehavior });
  const { top, left, width } = element.getBoundingClientRect();
  let node = document.elementFromPoint(left + width / 2, Math.max(top, 0) + 1);
  for (; node && node !== host && !node.contains(host); node = node.parentElement) {
    const position = getComputedStyle(node).position;
    if (position === 'fixed' || position === 'sticky') {
      const margin = parseFloat(getComputedStyle(element).scrollMarginTop) || 0;
      window.scrollBy({ top: top - node.getBoundingClientRect().bottom - margin, behavior: 'instant' as ScrollBehavior });
      return;
    }
  }
}
