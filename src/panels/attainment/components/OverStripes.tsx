import React, { useId } from 'react';

import type { GaugePalette } from './palette';

/** The id of a gauge's own stripe pattern (ids are page-wide, and a panel draws many gauges). */
export function useStripesId(): string {
  return `attainment-over-${useId().replace(/:/g, '')}`;
}

/** The diagonal stripes that fill the part of a gauge above 100%. */
export function OverStripes({ id, stripeWidth, palette }: { id: string; stripeWidth: number; palette: GaugePalette }) {
  return (
    <defs>
      <pattern
        id={id}
        patternUnits="userSpaceOnUse"
        width={stripeWidth * 2}
        height={stripeWidth * 2}
        patternTransform="rotate(45)"
      >
        <rect width={stripeWidth * 2} height={stripeWidth * 2} fill={palette.over} />
        <rect width={stripeWidth} height={stripeWidth * 2} fill={palette.color} />
      </pattern>
    </defs>
  );
}
