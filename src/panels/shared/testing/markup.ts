import { render } from '@testing-library/react';
import type { ReactElement } from 'react';

/**
 * A rendered element's markup and the style rules emotion inserted for it (jsdom keeps them as CSSOM
 * rules, not as text of the style elements), to load it into a real browser.
 */
export function renderedMarkup(element: ReactElement): { body: string; styles: string[] } {
  const { container, unmount } = render(element);
  const styles = Array.from(document.styleSheets).flatMap((sheet) =>
    Array.from(sheet.cssRules).map((rule) => rule.cssText)
  );
  const body = container.innerHTML;
  unmount();
  return { body, styles };
}
