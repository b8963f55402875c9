import fs from 'fs';
import path from 'path';

import { listDimensions, listMetrics } from '../sales';
import { dimensionText, metricText } from './catalogLabels';

const source = fs.readFileSync(path.join(__dirname, 'catalogLabels.ts'), 'utf8');

describe('the catalog’s words', () => {
  it.each(listMetrics().map((metric) => [metric.id, metric] as const))(
    'metric %s has its own keys, in the catalog’s English',
    (id, metric) => {
      expect(source).toContain(`'metric.${id}.label'`);
      expect(source).toContain(`'metric.${id}.description'`);
      expect(metricText(id)).toEqual({ label: metric.label, description: metric.description });
    }
  );

  it.each(listDimensions().map((dimension) => [dimension.id, dimension] as const))(
    'dimension %s has its own keys, in the catalog’s English',
    (id, dimension) => {
      expect(source).toContain(`'dimension.${id}.label'`);
      expect(metricText(id).label).toBe(id);
      expect(dimensionText(id)).toEqual({ label: dimension.label, description: dimension.description });
    }
  );
});
