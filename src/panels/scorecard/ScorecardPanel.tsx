import React, { useMemo } from 'react';

import type { PanelProps } from '@grafana/data';
import { PanelDataErrorView } from '@grafana/runtime';
import { useTheme2 } from '@grafana/ui';

import { chineseNumbersOn, withChineseNumbers } from '../shared/chineseNumbers';

import { Leaderboard } from './components/Leaderboard';
import { toScorecard } from './data/toScorecard';
import { problemMessage } from './messages';
import type { ScorecardOptions } from './types';

export function ScorecardPanel({ data, id, fieldConfig, options, width, height, title }: PanelProps<ScorecardOptions>) {
  const theme = useTheme2();
  const chinese = chineseNumbersOn(options.chineseNumbers);
  const series = useMemo(() => withChineseNumbers(data.series, chinese, theme), [data.series, chinese, theme]);
  const result = useMemo(() => toScorecard(series), [series]);
  if (result.status !== 'ok') {
    return (
      <PanelDataErrorView
        panelId={id}
        data={data}
        fieldConfig={fieldConfig}
        needsStringField
        needsNumberField
        message={result.status === 'error' ? problemMessage(result.problem) : undefined}
      />
    );
  }
  return <Leaderboard model={result.model} options={options} width={width} height={height} title={title} />;
}
