/**
 * i18next-cli asks for Node 22: at load time its execa dependency calls Set.prototype.union, an
 * ES2025 method Node 20 (the CI image, engines >=20) lacks. The extractor itself runs on Node 20;
 * this adds the one method where it is missing, before i18next-cli is loaded.
 */
if (typeof (Set.prototype as { union?: unknown }).union !== 'function') {
  Object.defineProperty(Set.prototype, 'union', {
    configurable: true,
    writable: true,
    value<T>(this: Set<T>, other: Iterable<T>): Set<T> {
      return new Set([...this, ...other]);
    },
  });
}

export {};
