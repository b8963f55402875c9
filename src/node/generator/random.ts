import { randomLcg, randomNormal } from 'd3-random';

/**
 * A seeded random source: d3-random's LCG underneath, so the same seed gives the same sequence on
 * every machine. Only helpers d3-random lacks are written here: Poisson with a changing mean (d3's
 * sampler is built per mean, too costly per draw) and weighted choice.
 */
export class Random {
  private readonly next: () => number;
  private readonly standardNormal: () => number;

  constructor(seed: number) {
    this.next = randomLcg(seed);
    this.standardNormal = randomNormal.source(this.next)(0, 1);
  }

  /** A sub-stream that depends only on the seed and the labels, not on how much of this stream was used. */
  static derive(seed: number, ...labels: number[]): Random {
    let hash = 2166136261;
    for (const label of [seed, ...labels]) {
      hash = Math.imul(hash ^ (label >>> 0), 16777619);
      hash ^= hash >>> 13;
      hash = Math.imul(hash, 0x5bd1e995);
      hash ^= hash >>> 15;
    }
    return new Random((hash >>> 0) / 4294967296);
  }

  uniform(low = 0, high = 1): number {
    return low + (high - low) * this.next();
  }

  /** An integer in [low, high]. */
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** An index drawn with probability proportional to its weight. */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const weight of weights) {
      total += weight;
    }
    let point = this.next() * total;
    for (let index = 0; index < weights.length; index++) {
      point -= weights[index];
      if (point < 0) {
        return index;
      }
    }
    return weights.length - 1;
  }

  normal(mean: number, deviation: number): number {
    return mean + deviation * this.standardNormal();
  }

  /** exp(N(mu, sigma)): positive, right-skewed (deal sizes, durations). */
  logNormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  /** Knuth's method; the means here are small (events per rep per day). */
  poisson(mean: number): number {
    if (mean <= 0) {
      return 0;
    }
    const limit = Math.exp(-mean);
    let count = 0;
    let product = this.next();
    while (product > limit) {
      count++;
      product *= this.next();
    }
    return count;
  }
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
