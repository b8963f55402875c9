import path from 'path';

/** The public benchmark's series and R's forecasts of them, written by public-suite.R. */
export const PUBLIC_SUITE = path.join(__dirname, 'public-suite.json');

export interface RForecast {
  forecast: number[];
  lower80: number[];
  upper80: number[];
  lower95: number[];
  upper95: number[];
  mase: number;
}

export interface PublicSeries {
  id: string;
  package: string;
  description: string;
  start: [number, number];
  values: number[];
  ets: RForecast & { model: string };
  arima: RForecast & { model: string };
  theta: RForecast;
  snaive: RForecast;
}

export interface PublicSuite {
  r: string;
  forecastPackage: string;
  holdout: number;
  maxTraining: number;
  series: PublicSeries[];
}
