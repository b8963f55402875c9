/**
 * @grafana/data and its dependencies expect a browser when they load; the benchmark runs them in
 * Node with the jsdom that jest's test environment (jest-environment-jsdom) already brings.
 */
import { JSDOM } from 'jsdom';

const { window } = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: 'http://localhost/' });
const root = globalThis as unknown as Record<string, unknown>;
for (const name of [
  'window',
  'document',
  'navigator',
  'localStorage',
  'HTMLElement',
  'Element',
  'Node',
  'getComputedStyle',
]) {
  if (root[name] === undefined) {
    const value = (window as unknown as Record<string, unknown>)[name];
    root[name] =
      name === 'window'
        ? window
        : typeof value === 'function' && name === 'getComputedStyle'
          ? value.bind(window)
          : value;
  }
}
root.matchMedia ??= () => ({
  matches: false,
  addListener: () => {},
  removeListener: () => {},
  addEventListener: () => {},
  removeEventListener: () => {},
});
