import { getFieldDisplayName } from '@grafana/data';
import { t } from '@grafana/i18n';

import { unescaped } from '../../shared/i18n';

import type { ColumnSpec } from '../data/columns';
import { coloursByPace } from '../data/targets';
import type { ScorecardModel } from '../data/toScorecard';

/** Visible header text, the name read out (which names the metric for % and trend), and a tooltip. */
export function columnLabel(
  column: ColumnSpec,
  model: ScorecardModel
): { text: string; spoken: string; title?: string } {
  const metric = column.metricIndex === undefined ? undefined : model.metrics[column.metricIndex];
  switch (column.kind) {
    case 'rank': {
      const text = t('header.rank', 'Rank');
      return { text, spoken: text };
    }
    case 'change': {
      const text = t('header.change', 'Change');
      return {
        text,
        spoken: t('header.change-spoken', 'Rank change'),
        title: t('header.change-title', 'Places moved since the previous period'),
      };
    }
    case 'entity': {
      const text = getFieldDisplayName(model.entity, model.frame);
      return { text, spoken: text };
    }
    case 'score': {
      const text =
        model.score?.config.displayName || model.score?.config.displayNameFromDS || t('header.score', 'Score');
      return {
        text,
        spoken: text,
        title: t('header.score-title', 'Composite score: weighted mean of the normalised metrics'),
      };
    }
    case 'value': {
      const text = metric!.label;
      return { text, spoken: text, title: weightTitle(model, column.metricIndex!) };
    }
    case 'pct': {
      const text = t('header.pct-of-target', '% of target');
      const spoken = t('header.pct-of-target-spoken', '{{metric}}, % of target', unescaped({ metric: metric!.label }));
      const title = coloursByPace(model)
        ? t(
            'header.pct-of-target-pace',
            '{{metric}}, % of target, coloured by pace: actual ÷ expected by now',
            unescaped({ metric: metric!.label })
          )
        : spoken;
      return { text, spoken, title };
    }
    case 'trend': {
      const text = t('header.trend', 'Trend');
      const spoken = t('header.trend-spoken', '{{metric}}, trend', unescaped({ metric: metric!.label }));
      return { text, spoken, title: spoken };
    }
  }
}

function weightTitle(model: ScorecardModel, metricIndex: number): string | undefined {
  const metric = model.metrics[metricIndex];
  const total = model.metrics.reduce((sum, m) => sum + (m.weight ?? 0), 0);
  const lower = metric.lowerIsBetter ? t('header.lower-is-better', 'Lower is better') : undefined;
  if (metric.weight === null || total <= 0) {
    return lower;
  }
  const share = Math.round((metric.weight / total) * 100);
  const weight = t('header.weight', '{{share}}% of the score', { share });
  return lower ? `${weight} · ${lower}` : weight;
}
