/** jsdom has no ResizeObserver, which Grafana's tooltip container uses to keep itself on screen: a stand-in that never reports. */
export function standInResizeObserver(): void {
  class NoResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(global, { ResizeObserver: NoResizeObserver });
}
