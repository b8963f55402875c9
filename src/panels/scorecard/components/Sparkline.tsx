import { extent, line, scaleLinear } from 'd3';
import React from 'react';

interface Props {
  points: Array<number | null>;
  width: number;
  height: number;
  color: string;
  label: string;
}

const PAD = 3;

/**
 * A small line of the metric over the last grains, oldest first, drawn as SVG with d3-shape: unlike
 * a canvas chart per row it costs nothing to mount while scrolling a virtualised list. Gaps (null
 * points) break the line; the last point is marked.
 */
export function Sparkline({ points, width, height, color, label }: Props) {
  const defined = points.filter((p): p is number => p !== null);
  if (defined.length < 2 || width <= 2 * PAD || height <= 2 * PAD) {
    return null;
  }
  const [lo, hi] = extent(defined) as [number, number];
  const x = scaleLinear()
    .domain([0, points.length - 1])
    .range([PAD, width - PAD]);
  const y = scaleLinear()
    .domain(lo === hi ? [lo - 1, hi + 1] : [lo, hi])
    .range([height - PAD, PAD]);
  const path = line<number | null>()
    .defined((p) => p !== null)
    .x((_, i) => x(i))
    .y((p) => y(p as number))(points);
  const lastIndex = points.length - 1 - [...points].reverse().findIndex((p) => p !== null);
  return (
    <svg role="img" aria-label={label} width={width} height={height} data-testid="sparkline">
      <path d={path ?? ''} fill="none" stroke={color} strokeWidth={Math.max(1.5, height / 20)} strokeLinejoin="round" />
      <circle cx={x(lastIndex)} cy={y(points[lastIndex] as number)} r={Math.max(2, height / 12)} fill={color} />
    </svg>
  );
}
