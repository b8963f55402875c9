import { standardEditorsRegistry } from '@grafana/data';

/**
 * Grafana fills the registry of option editors when it starts; tests that build the options fill it
 * with placeholders so that the builder can be inspected (the editors themselves are Grafana's).
 */
export function registerOptionEditors() {
  const ids = ['boolean', 'field-name', 'number', 'radio', 'select', 'slider', 'text'];
  standardEditorsRegistry.setInit(() => ids.map((id) => ({ id, name: id, editor: () => null })));
}
