import { type GrafanaTheme2 } from '@grafana/data';

import { type Status } from '../types';

/** Colours of a gauge's parts, from the theme; `color` is the gauge's own (status or thresholds). */
export interface GaugePalette {
  color: string;
  /** The over-achievement lap: the gauge's colour, emphasised, drawn with stripes as well. */
  over: string;
  track: string;
  trackStroke: string;
  marker: string;
  text: string;
  secondaryText: string;
  /** Text colour of the status label: the theme's readable variant of the status colour. */
  statusText: string;
  statusBackground: string;
}

function statusTextColor(theme: GrafanaTheme2, status: Status | null): string {
  switch (status) {
    case 'on_track':
      return theme.colors.success.text;
    case 'cautioned':
      return theme.colors.warning.text;
    case 'off_track':
      return theme.colors.error.text;
    default:
      return theme.colors.text.secondary;
  }
}

const cache = new WeakMap<GrafanaTheme2, Map<string, GaugePalette>>();

/** The palette for a colour and status; the same few are shared by all the gauges of a theme. */
export function gaugePalette(theme: GrafanaTheme2, color: string, status: Status | null): GaugePalette {
  const palettes = cache.get(theme) ?? new Map<string, GaugePalette>();
  cache.set(theme, palettes);
  const key = `${color}|${status}`;
  const palette = palettes.get(key) ?? paletteOf(theme, color, status);
  palettes.set(key, palette);
  return palette;
}

function paletteOf(theme: GrafanaTheme2, color: string, status: Status | null): GaugePalette {
  const statusText = statusTextColor(theme, status);
  return {
    color,
    over: theme.colors.emphasize(color, 0.25),
    track: theme.colors.background.secondary,
    trackStroke: theme.colors.border.weak,
    marker: theme.colors.text.primary,
    text: theme.colors.text.primary,
    secondaryText: theme.colors.text.secondary,
    statusText,
    statusBackground: theme.colors.background.primary,
  };
}
