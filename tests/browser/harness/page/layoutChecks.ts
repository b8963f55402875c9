/*
 * Layout checks run in the page after a dashboard is drawn: every panel where its gridPos puts it, no
 * two panels overlapping, and all text of this pack's panels and of stats inside the area the panel's
 * chrome gives the plugin (text a container of the plugin's own scrolls or clips away on purpose does not
 * count).
 */
import { gridBox } from './grid';

const TOLERANCE = 1;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (rect: DOMRect): Box => ({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });

const inside = (inner: Box, outer: Box) =>
  inner.left >= outer.left - TOLERANCE &&
  inner.top >= outer.top - TOLERANCE &&
  inner.right <= outer.right + TOLERANCE &&
  inner.bottom <= outer.bottom + TOLERANCE;

const overlap = (a: Box, b: Box) =>
  a.left + TOLERANCE < b.right &&
  b.left + TOLERANCE < a.right &&
  a.top + TOLERANCE < b.bottom &&
  b.top + TOLERANCE < a.bottom;

/**
 * True when a container of the plugin's own hides `box` on purpose: a scrolling element (rows scrolled
 * out of view), an element that ends its text in an ellipsis, or a clip (screen-reader-only text).
 * Anything else that hides text cuts it off: an overflow-hidden box, an SVG's viewport, the chrome.
 */
function clippedAway(element: Element, box: Box, content: Element): boolean {
  for (let ancestor: Element | null = element; ancestor && ancestor !== content; ancestor = ancestor.parentElement) {
    if (ancestor instanceof SVGElement) {
      continue;
    }
    const style = getComputedStyle(ancestor);
    if ((style.clip && style.clip !== 'auto') || (style.clipPath && style.clipPath !== 'none')) {
      return true;
    }
    const scrolls = [style.overflowX, style.overflowY].some((overflow) => overflow === 'auto' || overflow === 'scroll');
    if (scrolls || style.textOverflow === 'ellipsis') {
      const clip = boxOf(ancestor.getBoundingClientRect());
      if (!overlap(box, clip)) {
        return true;
      }
      if (!inside(box, clip)) {
        // partly clipped: what shows lies inside the clipping box, so it stays inside the panel if that box does
        return inside(clip, boxOf(content.getBoundingClientRect()));
      }
    }
  }
  return false;
}

/** Visible text boxes of a panel: text nodes (HTML) and text elements (SVG). */
function textBoxes(panel: Element): Array<{ text: string; box: Box; element: Element }> {
  const found: Array<{ text: string; box: Box; element: Element }> = [];
  const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim();
    const element = node.parentElement;
    if (!text || !element || element.closest('svg')) {
      continue;
    }
    const style = getComputedStyle(element);
    if (style.visibility === 'hidden' || style.display === 'none' || Number(style.opacity) === 0) {
      continue;
    }
    const range = document.createRange();
    range.selectNodeContents(node);
    const rect = range.getBoundingClientRect();
    // screen-reader-only text is 1 px wide on purpose
    if (rect.width > 1 && rect.height > 1) {
      found.push({ text, box: boxOf(rect), element });
    }
  }
  for (const element of Array.from(panel.querySelectorAll('svg text'))) {
    const text = element.textContent?.trim();
    const rect = element.getBoundingClientRect();
    if (text && rect.width > 1 && rect.height > 1) {
      found.push({ text, box: boxOf(rect), element });
    }
  }
  return found;
}

/** The lines a text element's text takes (Chinese breaks between any two characters: 个|点). */
function lineCount(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
}

/**
 * Stat values broken across lines: Grafana draws a value as spans (prefix, number, unit) in one block;
 * when the tile is too narrow for its text size, the unit drops under the number ("−3.1" over "pp"),
 * or a Chinese unit breaks inside itself ("个" over "点").
 */
function splitValues(content: Element): string[] {
  const split: string[] = [];
  for (const block of Array.from(content.querySelectorAll('div'))) {
    const spans = Array.from(block.children).filter((child) => child.tagName === 'SPAN' && child.textContent?.trim());
    if (spans.length < 2 || spans.length !== block.children.length) {
      continue;
    }
    const boxes = spans.map((span) => span.getBoundingClientRect());
    if (boxes.some((box) => box.top >= boxes[0].bottom - TOLERANCE) || spans.some((span) => lineCount(span) > 1)) {
      split.push(spans.map((span) => span.textContent).join(''));
    }
  }
  return split;
}

export function layoutProblems(gridWidth: number): string[] {
  const problems: string[] = [];
  const dashboard = document.querySelector('[data-testid="harness-dashboard"]');
  if (!dashboard) {
    return ['no dashboard is drawn'];
  }
  const origin = dashboard.getBoundingClientRect();
  const panels = Array.from(dashboard.querySelectorAll<HTMLElement>('[data-testid="harness-panel"]'));
  const boxes = panels.map((panel) => boxOf(panel.getBoundingClientRect()));
  panels.forEach((panel, index) => {
    const name = `panel ${panel.dataset.panelId} "${panel.getAttribute('aria-label')}"`;
    const grid = JSON.parse(panel.dataset.gridPos ?? 'null');
    if (grid) {
      const expected = gridBox(grid, gridWidth);
      const box = boxes[index];
      const actual = {
        left: box.left - origin.left,
        top: box.top - origin.top,
        width: box.right - box.left,
        height: box.bottom - box.top,
      };
      for (const key of ['left', 'top', 'width', 'height'] as const) {
        if (Math.abs(actual[key] - expected[key]) > TOLERANCE) {
          problems.push(`${name}: ${key} ${actual[key]} px, its gridPos asks for ${expected[key]} px`);
        }
      }
    }
    for (let other = index + 1; other < panels.length; other++) {
      if (overlap(boxes[index], boxes[other])) {
        problems.push(
          `${name} overlaps panel ${panels[other].dataset.panelId} "${panels[other].getAttribute('aria-label')}"`
        );
      }
    }
    // this pack's panels, and Grafana's stat, whose text sizes the dashboards set (key figures)
    if (!panel.dataset.panelType?.startsWith('seed-') && panel.dataset.panelType !== 'stat') {
      return;
    }
    const content = panel.querySelector('[data-testid="harness-panel-content"]');
    if (!content) {
      return;
    }
    const contentBox = boxOf(content.getBoundingClientRect());
    if (panel.dataset.panelType === 'stat') {
      problems.push(...splitValues(content).map((value) => `${name}: "${value}" breaks across lines`));
    }
    for (const { text, box, element } of textBoxes(content)) {
      if (!inside(box, contentBox) && !clippedAway(element, box, content)) {
        problems.push(`${name}: "${text}" does not fit in the panel`);
      }
    }
  });
  return problems;
}
