import React from 'react';

import { Portal, VizTooltipContainer } from '@grafana/ui';

import { type Clock } from '../data/period';
import { type Gauge } from '../data/toGauges';
import { type Pointer } from '../../shared/pointer';
import { GaugeDetails } from './GaugeDetails';

/** The one tooltip of the panel: every value behind the gauge under the pointer or with the keyboard focus. */
export function GaugeTooltip({
  id,
  gauge,
  name,
  clock,
  pointer,
}: {
  id: string;
  gauge: Gauge;
  name: string;
  clock: Clock;
  pointer: Pointer;
}) {
  return (
    <Portal>
      <VizTooltipContainer position={{ x: pointer.x, y: pointer.y }} offset={{ x: 12, y: 12 }}>
        <div role="tooltip" id={id}>
          <GaugeDetails gauge={gauge} name={name} clock={clock} />
        </div>
      </VizTooltipContainer>
    </Portal>
  );
}
