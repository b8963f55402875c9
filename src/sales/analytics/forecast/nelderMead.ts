/**
 * Derivative-free minimisation by the Nelder–Mead simplex (Lagarias et al. 1998 coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½), restarted from its best point until a restart no longer improves
 * it (restarts guard against the simplex collapsing early). Written here because the only npm packages that
 * offer it (fmin 0.0.x) are unmaintained, and it takes fewer lines than a dependency's wrapper would.
 */
export interface MinimumFound {
  point: number[];
  value: number;
  evaluations: number;
}

export interface NelderMeadOptions {
  /** size of the initial simplex along each axis */
  step?: number;
  maxEvaluations?: number;
  /** stop when every vertex is within this distance of the best, on every axis … */
  pointTolerance?: number;
  /** … and their values within this relative difference */
  valueTolerance?: number;
}

export function nelderMead(
  objective: (point: number[]) => number,
  start: number[],
  options: NelderMeadOptions = {}
): MinimumFound {
  const { step = 0.1, maxEvaluations = 4000, pointTolerance = 1e-8, valueTolerance = 1e-12 } = options;
  let evaluations = 0;
  const evaluate = (point: number[]) => {
    evaluations++;
    const value = objective(point);
    return Number.isNaN(value) ? Infinity : value;
  };
  const dimension = start.length;
  // Buffers reused across iterations: the optimiser runs hundreds of times per forecast.
  const centroid = new Array<number>(dimension);
  const trial = new Array<number>(dimension);
  const second = new Array<number>(dimension);

  const run = (from: number[], size: number): MinimumFound => {
    const points = Array.from({ length: dimension + 1 }, (_, vertex) =>
      from.map((value, axis) => (vertex === axis + 1 ? value + size : value))
    );
    const values = points.map(evaluate);
    const order = Array.from({ length: dimension + 1 }, (_, index) => index);
    const along = (target: number[], factor: number, worst: number[]) => {
      for (let axis = 0; axis < dimension; axis++) {
        target[axis] = centroid[axis] + factor * (worst[axis] - centroid[axis]);
      }
    };
    const replaceWorst = (worstIndex: number, point: number[], value: number) => {
      for (let axis = 0; axis < dimension; axis++) {
        points[worstIndex][axis] = point[axis];
      }
      values[worstIndex] = value;
    };
    while (evaluations < maxEvaluations) {
      sortByValue(order, values);
      const best = points[order[0]];
      const worstIndex = order[dimension];
      const worst = points[worstIndex];
      let spread = 0;
      for (const vertex of points) {
        for (let axis = 0; axis < dimension; axis++) {
          spread = Math.max(spread, Math.abs(vertex[axis] - best[axis]));
        }
      }
      const valueSpread = Math.abs(values[worstIndex] - values[order[0]]);
      // relative to the best value, with a floor of 1 so that a minimum of 0 can be reached
      if (spread <= pointTolerance && valueSpread <= valueTolerance * (Math.abs(values[order[0]]) + 1)) {
        break;
      }
      for (let axis = 0; axis < dimension; axis++) {
        let sum = 0;
        for (let rank = 0; rank < dimension; rank++) {
          sum += points[order[rank]][axis];
        }
        centroid[axis] = sum / dimension;
      }
      along(trial, -1, worst);
      const reflectedValue = evaluate(trial);
      if (reflectedValue < values[order[0]]) {
        along(second, -2, worst);
        const expandedValue = evaluate(second);
        if (expandedValue < reflectedValue) {
          replaceWorst(worstIndex, second, expandedValue);
        } else {
          replaceWorst(worstIndex, trial, reflectedValue);
        }
        continue;
      }
      if (reflectedValue < values[order[dimension - 1]]) {
        replaceWorst(worstIndex, trial, reflectedValue);
        continue;
      }
      const outside = reflectedValue < values[worstIndex];
      along(second, outside ? -0.5 : 0.5, worst);
      const contractedValue = evaluate(second);
      if (contractedValue < (outside ? reflectedValue : values[worstIndex])) {
        replaceWorst(worstIndex, second, contractedValue);
        continue;
      }
      for (let rank = 1; rank <= dimension; rank++) {
        const vertex = points[order[rank]];
        for (let axis = 0; axis < dimension; axis++) {
          vertex[axis] = best[axis] + 0.5 * (vertex[axis] - best[axis]);
        }
        values[order[rank]] = evaluate(vertex);
      }
    }
    const bestIndex = values.indexOf(Math.min(...values));
    return { point: [...points[bestIndex]], value: values[bestIndex], evaluations };
  };

  let found = run(start, step);
  for (let restart = 0; restart < 10 && evaluations < maxEvaluations; restart++) {
    const again = run(found.point, step / 2);
    const improved = again.value < found.value - valueTolerance * (Math.abs(found.value) + 1);
    found = again.value <= found.value ? again : found;
    if (!improved) {
      break;
    }
  }
  return { ...found, evaluations };
}

/** Insertion sort of the vertex indices by value: for d + 1 ≤ 4 vertices it beats Array.prototype.sort. */
function sortByValue(order: number[], values: number[]): void {
  for (let index = 1; index < order.length; index++) {
    const key = order[index];
    let before = index - 1;
    while (before >= 0 && values[order[before]] > values[key]) {
      order[before + 1] = order[before];
      before--;
    }
    order[before + 1] = key;
  }
}

export interface NashNelderMeadOptions {
  /** stop when the simplex's values differ by at most this, relative to the start's value (R's reltol) */
  relativeTolerance?: number;
  /** stop after this many evaluations (R's maxit) */
  maxEvaluations?: number;
}

/** The value R's optim() gives a point whose objective is not finite. */
const BIG = 1.0e35;

/**
 * Nelder–Mead as R's optim() runs it (Nash 1990, "Compact numerical methods", algorithm 19: reflection 1,
 * contraction ½, expansion 2, one initial step of a tenth of the largest |coordinate| along every axis,
 * no restarts), which forecast::ets also uses. ETS likelihoods have many local optima, so fitting ETS
 * along the same path as R is what makes the fitted model the one R would fit; `nelderMead` above is
 * the better general-purpose minimiser and stays for Holt–Winters.
 */
export function nashNelderMead(
  objective: (point: number[]) => number,
  start: number[],
  options: NashNelderMeadOptions = {}
): MinimumFound {
  const relativeTolerance = options.relativeTolerance ?? Math.sqrt(Number.EPSILON);
  const maxEvaluations = options.maxEvaluations ?? 2000;
  const n = start.length;
  let evaluations = 0;
  const evaluate = (point: number[]) => {
    evaluations++;
    const value = objective(point);
    return Number.isFinite(value) ? value : BIG;
  };
  const first = objective(start);
  evaluations = 1;
  if (!Number.isFinite(first)) {
    return { point: [...start], value: first, evaluations };
  }
  const tolerance = relativeTolerance * (Math.abs(first) + relativeTolerance);
  const vertices: number[][] = [[...start]];
  const values: number[] = [first];
  let step = 0;
  for (const coordinate of start) {
    step = Math.max(step, 0.1 * Math.abs(coordinate));
  }
  if (step === 0) {
    step = 0.1;
  }
  let size = 0;
  for (let axis = 0; axis < n; axis++) {
    const vertex = [...start];
    let trial = step;
    do {
      vertex[axis] = start[axis] + trial;
      trial *= 10;
    } while (vertex[axis] === start[axis]);
    size += trial;
    vertices.push(vertex);
    values.push(NaN);
  }
  let oldSize = size;
  let lowest = 0;
  let recompute = true;
  const centroid = new Array<number>(n);
  const trial = new Array<number>(n);
  const second = new Array<number>(n);
  do {
    if (recompute) {
      for (let vertex = 0; vertex <= n; vertex++) {
        if (vertex !== lowest) {
          values[vertex] = evaluate(vertices[vertex]);
        }
      }
      recompute = false;
    }
    let low = values[lowest];
    let high = low;
    let highest = lowest;
    for (let vertex = 0; vertex <= n; vertex++) {
      if (vertex !== lowest) {
        const value = values[vertex];
        if (value < low) {
          lowest = vertex;
          low = value;
        }
        if (value > high) {
          highest = vertex;
          high = value;
        }
      }
    }
    if (high <= low + tolerance) {
      break;
    }
    for (let axis = 0; axis < n; axis++) {
      let sum = -vertices[highest][axis];
      for (let vertex = 0; vertex <= n; vertex++) {
        sum += vertices[vertex][axis];
      }
      centroid[axis] = sum / n;
    }
    const worst = vertices[highest];
    for (let axis = 0; axis < n; axis++) {
      trial[axis] = 2 * centroid[axis] - worst[axis];
    }
    const reflected = evaluate(trial);
    if (reflected < low) {
      for (let axis = 0; axis < n; axis++) {
        second[axis] = 2 * trial[axis] - centroid[axis];
      }
      const expandedValue = evaluate(second);
      const kept = expandedValue < reflected ? second : trial;
      for (let axis = 0; axis < n; axis++) {
        worst[axis] = kept[axis];
      }
      values[highest] = Math.min(expandedValue, reflected);
    } else {
      if (reflected < high) {
        for (let axis = 0; axis < n; axis++) {
          worst[axis] = trial[axis];
        }
        values[highest] = reflected;
      }
      for (let axis = 0; axis < n; axis++) {
        second[axis] = 0.5 * worst[axis] + 0.5 * centroid[axis];
      }
      const contractedValue = evaluate(second);
      if (contractedValue < values[highest]) {
        for (let axis = 0; axis < n; axis++) {
          worst[axis] = second[axis];
        }
        values[highest] = contractedValue;
      } else if (reflected >= high) {
        recompute = true;
        size = 0;
        for (let vertex = 0; vertex <= n; vertex++) {
          if (vertex !== lowest) {
            for (let axis = 0; axis < n; axis++) {
              vertices[vertex][axis] = 0.5 * (vertices[vertex][axis] - vertices[lowest][axis]) + vertices[lowest][axis];
              size += Math.abs(vertices[vertex][axis] - vertices[lowest][axis]);
            }
          }
        }
        if (size < oldSize) {
          oldSize = size;
        } else {
          break;
        }
      }
    }
  } while (evaluations <= maxEvaluations);
  return { point: [...vertices[lowest]], value: values[lowest], evaluations };
}
