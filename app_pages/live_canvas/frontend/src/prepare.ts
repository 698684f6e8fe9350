// lenet_core/preprocessing.py's to_grayscale and prepare, and lenet_core/insight.py's naive_input,
// ported step for step with the arithmetic of what Python runs: numpy's float32 (each operation
// rounded to float32, pairwise summation), Pillow's resampler and rank filters on "F" images, and
// Python's round() (half to even). tests/e2e/test_live_prepare.py checks it against Python on
// 500 MNIST and 200 Fashion-MNIST drawings; the 28x28 images agree to float32 rounding.
export type Style = "digit" | "garment";

export interface Prepared {
  image: Float32Array | null; // 28 * 28 values in [0, 1], row-major; null: nothing to classify
  message: string | null; // why there is no image, in English as Python says it
  reason: "empty" | "dot" | null; // the same as a key of the page's labels (its words in the page's language)
  inverted: boolean;
}

const INK_THRESHOLD = 0.25; // of full contrast: brighter than this counts as ink
const MIN_INK_PIXELS_FRACTION = 0.001; // less ink than this (0.1% of the canvas) is "nothing drawn"
const MIN_INK_EXTENT_FRACTION = 0.04; // a mark smaller than 4% of the canvas side is a stray dot
const DIGIT_BOX = 20;
const FRAME = 28;
const STROKE_TO_SIZE = 0.12; // MNIST strokes are about 2.4 px wide in a 20 px box

const f32 = Math.fround;

/** Python's round(): halves go to the even neighbour (round(0.5) == 0, round(1.5) == 2). */
function roundHalfEven(x: number): number {
  const nearest = Math.round(x); // halves go up here
  return nearest - x === 0.5 && nearest % 2 !== 0 ? nearest - 1 : nearest;
}

/** numpy's float32 sum of n values from `start`, `stride` apart: its pairwise summation, which
 * differs from a running sum in the last bits (and so, rarely, in a box edge or a rounding). */
function pairwiseSum32(values: Float32Array, start: number, n: number, stride: number): number {
  if (n < 8) {
    let sum = -0;
    for (let i = 0; i < n; i++) sum = f32(sum + values[start + i * stride]);
    return sum;
  }
  if (n <= 128) {
    const r = new Array<number>(8);
    for (let j = 0; j < 8; j++) r[j] = values[start + j * stride];
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] = f32(r[j] + values[start + (i + j) * stride]);
    }
    let sum = f32(f32(f32(r[0] + r[1]) + f32(r[2] + r[3])) + f32(f32(r[4] + r[5]) + f32(r[6] + r[7])));
    for (; i < n; i++) sum = f32(sum + values[start + i * stride]);
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return f32(pairwiseSum32(values, start, half, stride) + pairwiseSum32(values, start + half * stride, n - half, stride));
}

/** The same pairwise order in float64 (numpy's sum of a float64 array). */
function pairwiseSum64(values: Float64Array, start: number, n: number): number {
  if (n < 8) {
    let sum = -0;
    for (let i = 0; i < n; i++) sum += values[start + i];
    return sum;
  }
  if (n <= 128) {
    const r = Array.from(values.subarray(start, start + 8));
    let i = 8;
    for (; i < n - (n % 8); i += 8) {
      for (let j = 0; j < 8; j++) r[j] += values[start + i + j];
    }
    let sum = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < n; i++) sum += values[start + i];
    return sum;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSum64(values, start, half) + pairwiseSum64(values, start + half, n - half);
}

/** A (height, width) float32 image, row-major, as numpy and Pillow's "F" mode hold it. */
interface Plane {
  data: Float32Array;
  width: number;
  height: number;
}

function crop(plane: Plane, top: number, bottom: number, left: number, right: number): Plane {
  // numpy slicing: ends past the edge stop at the edge
  bottom = Math.min(bottom, plane.height);
  right = Math.min(right, plane.width);
  const width = Math.max(0, right - left);
  const height = Math.max(0, bottom - top);
  const data = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    data.set(plane.data.subarray((top + y) * plane.width + left, (top + y) * plane.width + left + width), y * width);
  }
  return { data, width, height };
}

export function toGrayscale(rgba: Uint8ClampedArray | Uint8Array, width: number, height: number): Float32Array {
  const count = width * height;
  const luminance = new Float32Array(count);
  const alpha = new Float32Array(count);
  const [red, green, blue] = [f32(0.299), f32(0.587), f32(0.114)];
  let transparent = 0;
  for (let i = 0; i < count; i++) {
    // numpy's float32 matmul of three terms: each product and each sum rounded to float32
    const r = f32(rgba[4 * i] / 255);
    const g = f32(rgba[4 * i + 1] / 255);
    const b = f32(rgba[4 * i + 2] / 255);
    luminance[i] = f32(f32(f32(r * red) + f32(g * green)) + f32(b * blue));
    alpha[i] = f32(rgba[4 * i + 3] / 255);
    if (alpha[i] < 0.5) transparent++;
  }
  // A transparent background: the ink is whatever is opaque, whatever its colour.
  return transparent / count > 0.1 ? alpha : luminance;
}

/** np.median of float32 values: the mean of the middle two (an even count), in float32. */
function median32(values: Float32Array): number {
  const sorted = Float32Array.from(values).sort();
  const middle = sorted.length >> 1;
  if (sorted.length % 2) return sorted[middle];
  return f32(f32(sorted[middle - 1] + sorted[middle]) / 2);
}

/** The `count` largest of `values`, in ascending order: what the end of a full sort holds, found
 * with a small sorted buffer (a 280x280 canvas's 99.9th percentile needs the top 80 of 78,400
 * values; sorting them all was half of `prepare`'s time, 3 of 6 ms in Node). */
function largest(values: Float32Array, count: number): Float32Array {
  const top = new Float32Array(count).fill(-Infinity); // ascending; top[0] is the smallest kept
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (!(value > top[0])) continue; // most pixels: background, below everything kept
    let at = 0;
    while (at + 1 < count && top[at + 1] < value) {
      top[at] = top[at + 1];
      at++;
    }
    top[at] = value;
  }
  return top;
}

/** np.percentile(values, q) of float32 values, "linear" method, as numpy computes it. */
function percentile32(values: Float32Array, q: number): number {
  const n = values.length;
  const virtual = (n - 1) * (q / 100);
  let previous = Math.floor(virtual);
  let next = previous + 1;
  if (virtual >= n - 1) previous = next = n - 1;
  const gamma = virtual - Math.floor(virtual);
  const kept = n - previous; // sorted[previous] and sorted[next] are among the `kept` largest
  const top = kept <= 1024 ? largest(values, kept) : Float32Array.from(values).sort().subarray(previous);
  const [a, b] = [top[0], top[next - previous]];
  const difference = f32(b - a);
  if (gamma >= 0.5) return f32(b - f32(difference * f32(1 - gamma)));
  return f32(a + f32(difference * f32(gamma)));
}

/** Ink bright on dark, background at 0, full ink at 1; inverts dark-on-light images. */
function normaliseContrast(gray: Plane): { ink: Plane; inverted: boolean } {
  const { width, height } = gray;
  const border = new Float32Array(2 * width + 2 * height);
  border.set(gray.data.subarray(0, width), 0);
  border.set(gray.data.subarray((height - 1) * width, height * width), width);
  for (let y = 0; y < height; y++) {
    border[2 * width + y] = gray.data[y * width];
    border[2 * width + height + y] = gray.data[y * width + width - 1];
  }
  let background = median32(border);
  const inverted = background > 0.5;
  let source = gray.data;
  if (inverted) {
    source = source.map((value) => f32(1 - value));
    background = 1 - background;
  }
  // numpy: a float32 array minus a Python float is float32 (the float is rounded to float32 first)
  const backgroundF = f32(background);
  const ink = source.map((value) => f32(value - backgroundF));
  const peak = percentile32(ink, 99.9);
  if (peak < 0.15) return { ink: { data: new Float32Array(width * height), width, height }, inverted }; // no contrast at all: a blank canvas or an empty page
  const noise = f32(0.1); // paper texture and sensor noise
  for (let i = 0; i < ink.length; i++) {
    const value = Math.min(Math.max(f32(ink[i] / peak), 0), 1);
    ink[i] = value < noise ? 0 : value;
  }
  return { ink: { data: ink, width, height }, inverted };
}

/** Mean stroke width of a binary drawing: twice its area over its boundary length. */
function strokeWidth(mask: Uint8Array, width: number, height: number): number {
  let area = 0;
  let boundary = 0;
  const at = (y: number, x: number) => (y >= 0 && y < height && x >= 0 && x < width ? mask[y * width + x] : 0);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (!mask[y * width + x]) continue;
      area++;
      if (!(at(y - 1, x) && at(y + 1, x) && at(y, x - 1) && at(y, x + 1))) boundary++;
    }
  }
  return area ? (2 * area) / Math.max(boundary, 1) : 0;
}

/** Pillow's MaxFilter(size) / MinFilter(size): the image's edge pixels repeated outwards by size // 2
 * (ImageFilter.RankFilter expands first), then the max or min of each size x size window. Over a
 * square, that is the same as rows then columns. */
function rankFilter(plane: Plane, size: number, pick: (a: number, b: number) => number): Plane {
  const { width, height, data } = plane;
  const margin = (size - 1) / 2;
  const rows = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let value = data[y * width + x];
      for (let dx = -margin; dx <= margin; dx++) {
        value = pick(value, data[y * width + Math.min(Math.max(x + dx, 0), width - 1)]);
      }
      rows[y * width + x] = value;
    }
  }
  const out = new Float32Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      let value = rows[y * width + x];
      for (let dy = -margin; dy <= margin; dy++) {
        value = pick(value, rows[Math.min(Math.max(y + dy, 0), height - 1) * width + x]);
      }
      out[y * width + x] = value;
    }
  }
  return { data: out, width, height };
}

type Box = [number, number, number, number]; // top, bottom, left, right

function normaliseThickness(ink: Plane, box: Box): Plane {
  const [top, bottom, left, right] = box;
  const size = Math.max(bottom - top, right - left);
  const window = crop(ink, top, bottom, left, right);
  const mask = Uint8Array.from(window.data, (value) => (value > 0.5 ? 1 : 0));
  const width = strokeWidth(mask, window.width, window.height);
  const target = STROKE_TO_SIZE * size;
  if (!width) return ink;
  if (width < 0.45 * target) {
    // MaxFilter of size k widens a stroke by k - 1 pixels; odd sizes only.
    const grow = roundHalfEven(target - width);
    return rankFilter(ink, Math.min(2 * Math.floor(grow / 2) + 1, 31), Math.max);
  }
  if (width > 2.2 * target) {
    const shrink = roundHalfEven(width - target);
    return rankFilter(ink, Math.min(2 * Math.floor(shrink / 2) + 1, 31), Math.min);
  }
  return ink;
}

/** First index whose value is >= `value` (np.searchsorted, side "left"). */
function searchSorted(sorted: Float32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The box holding the ink, ignoring stray specks: the outer 0.2% of ink mass on each side. */
function inkBox(ink: Plane): Box | null {
  const { width, height } = ink;
  const mass = ink.data.map((value) => (value > INK_THRESHOLD ? value : 0));
  const total = f32(0 + pairwiseSum32(mass, 0, width * height, 1));
  if (total === 0) return null;
  const rowSums = new Float32Array(height);
  for (let y = 0; y < height; y++) rowSums[y] = f32(0 + pairwiseSum32(mass, y * width, width, 1));
  const columnSums = mass.slice(0, width); // numpy adds the rows one after another here
  for (let y = 1; y < height; y++) {
    for (let x = 0; x < width; x++) columnSums[x] = f32(columnSums[x] + mass[y * width + x]);
  }
  const bounds: number[] = [];
  for (const sums of [rowSums, columnSums]) {
    const cumulative = new Float32Array(sums.length);
    let running = 0;
    for (let i = 0; i < sums.length; i++) {
      running = f32(running + sums[i]);
      cumulative[i] = f32(running / total);
    }
    const first = searchSorted(cumulative, 0.002);
    const last = searchSorted(cumulative, 0.998);
    bounds.push(first, last + 1);
  }
  return [bounds[0], bounds[1], bounds[2], bounds[3]];
}

interface Filter {
  weight: (x: number) => number;
  support: number;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  x *= Math.PI;
  return Math.sin(x) / x;
}

const LANCZOS: Filter = { weight: (x) => (-3 <= x && x < 3 ? sinc(x) * sinc(x / 3) : 0), support: 3 };
const BILINEAR: Filter = { weight: (x) => Math.max(1 - Math.abs(x), 0), support: 1 };

/** Pillow's precompute_coeffs (libImaging/Resample.c): for each output pixel, the first input pixel
 * and the normalised weights, in double precision. */
function coefficients(inSize: number, outSize: number, filter: Filter): { first: number[]; weights: Float64Array[] } {
  const scale = inSize / outSize;
  const filterScale = Math.max(scale, 1);
  const support = filter.support * filterScale;
  const inverse = 1 / filterScale;
  const first: number[] = [];
  const weights: Float64Array[] = [];
  for (let out = 0; out < outSize; out++) {
    const centre = (out + 0.5) * scale;
    const low = Math.max(Math.trunc(centre - support + 0.5), 0);
    const high = Math.min(Math.trunc(centre + support + 0.5), inSize);
    const kernel = new Float64Array(Math.max(high - low, 0));
    let sum = 0;
    for (let x = 0; x < kernel.length; x++) {
      kernel[x] = filter.weight((x + low - centre + 0.5) * inverse);
      sum += kernel[x];
    }
    if (sum !== 0) for (let x = 0; x < kernel.length; x++) kernel[x] /= sum;
    first.push(low);
    weights.push(kernel);
  }
  return { first, weights };
}

/** Pillow's Image.resize on an "F" image: a horizontal pass, then a vertical one, each summing in
 * double and storing float32; a pass whose size does not change is skipped. */
function resample(plane: Plane, width: number, height: number, filter: Filter): Plane {
  let current = plane;
  if (width !== current.width) {
    const { first, weights } = coefficients(current.width, width, filter);
    const data = new Float32Array(width * current.height);
    for (let y = 0; y < current.height; y++) {
      const row = y * current.width;
      for (let x = 0; x < width; x++) {
        const kernel = weights[x];
        let sum = 0;
        for (let i = 0; i < kernel.length; i++) sum += current.data[row + first[x] + i] * kernel[i];
        data[y * width + x] = sum;
      }
    }
    current = { data, width, height: current.height };
  }
  if (height !== current.height) {
    const { first, weights } = coefficients(current.height, height, filter);
    const data = new Float32Array(current.width * height);
    for (let y = 0; y < height; y++) {
      const kernel = weights[y];
      for (let x = 0; x < current.width; x++) {
        let sum = 0;
        for (let i = 0; i < kernel.length; i++) sum += current.data[(first[y] + i) * current.width + x] * kernel[i];
        data[y * current.width + x] = sum;
      }
    }
    current = { data, width: current.width, height };
  }
  return current === plane ? { data: plane.data.slice(), width, height } : current;
}

function clip01(plane: Plane): Plane {
  return { ...plane, data: plane.data.map((value) => Math.min(Math.max(value, 0), 1)) };
}

function resizeLongest(ink: Plane, longest: number): Plane {
  const scale = longest / Math.max(ink.height, ink.width);
  const width = Math.max(1, roundHalfEven(ink.width * scale));
  const height = Math.max(1, roundHalfEven(ink.height * scale));
  return clip01(resample(ink, width, height, LANCZOS));
}

/** Places `glyph` in a 28x28 frame so that (centreRow, centreColumn) of it lands at 14, 14. */
function paste(glyph: Plane, centreRow: number, centreColumn: number): Float32Array {
  const frame = new Float32Array(FRAME * FRAME);
  const top = roundHalfEven(FRAME / 2 - centreRow);
  const left = roundHalfEven(FRAME / 2 - centreColumn);
  const [sourceTop, sourceLeft] = [Math.max(0, -top), Math.max(0, -left)];
  const [targetTop, targetLeft] = [Math.max(0, top), Math.max(0, left)];
  const rows = Math.min(glyph.height - sourceTop, FRAME - targetTop);
  const columns = Math.min(glyph.width - sourceLeft, FRAME - targetLeft);
  for (let y = 0; y < rows; y++) {
    for (let x = 0; x < columns; x++) {
      frame[(targetTop + y) * FRAME + targetLeft + x] = glyph.data[(sourceTop + y) * glyph.width + sourceLeft + x];
    }
  }
  return frame;
}

/** The model's 28x28 input for a canvas's grayscale (toGrayscale); no image when nothing is drawn.
 * `style` is "digit" (MNIST's framing) or "garment" (Fashion-MNIST's). */
export function prepare(gray: Float32Array, width: number, height: number, style: Style): Prepared {
  if (style !== "digit" && style !== "garment") {
    throw new Error(`Unknown style '${style}': expected 'digit' or 'garment'.`);
  }
  const contrast = normaliseContrast({ data: gray, width, height });
  const inverted = contrast.inverted;
  let ink = contrast.ink;
  const box = inkBox(ink);
  let inkPixels = 0;
  for (const value of ink.data) if (value > INK_THRESHOLD) inkPixels++;
  if (box === null || inkPixels / (width * height) < MIN_INK_PIXELS_FRACTION) {
    return { image: null, message: "Draw something: the canvas is empty.", reason: "empty", inverted };
  }
  let [top, bottom, left, right] = box;
  if (Math.max(bottom - top, right - left) < MIN_INK_EXTENT_FRACTION * Math.max(height, width)) {
    return { image: null, message: "Draw something bigger: that is only a dot.", reason: "dot", inverted };
  }
  if (style === "digit") {
    ink = normaliseThickness(ink, box);
    [top, bottom, left, right] = inkBox(ink) ?? box;
    const glyph = resizeLongest(crop(ink, top, bottom, left, right), DIGIT_BOX);
    const total = f32(0 + pairwiseSum32(glyph.data, 0, glyph.data.length, 1));
    // numpy: int64 row (column) indices times float32 values are float64, summed pairwise
    const weighted = new Float64Array(glyph.data.length);
    for (let i = 0; i < glyph.data.length; i++) weighted[i] = Math.floor(i / glyph.width) * glyph.data[i];
    const centreRow = (0 + pairwiseSum64(weighted, 0, weighted.length)) / total;
    for (let i = 0; i < glyph.data.length; i++) weighted[i] = (i % glyph.width) * glyph.data[i];
    const centreColumn = (0 + pairwiseSum64(weighted, 0, weighted.length)) / total;
    // The centre of mass is measured between pixel centres: pixel i covers [i, i + 1).
    return { image: paste(glyph, centreRow + 0.5, centreColumn + 0.5), message: null, reason: null, inverted };
  }
  const glyph = resizeLongest(crop(ink, top, bottom, left, right), FRAME);
  return { image: paste(glyph, glyph.height / 2, glyph.width / 2), message: null, reason: null, inverted };
}

/** What a first attempt feeds the model: the whole image squeezed to 28x28 (bilinear), nothing else. */
export function naiveInput(gray: Float32Array, width: number, height: number): Float32Array {
  return clip01(resample({ data: gray, width, height }, 28, 28, BILINEAR)).data;
}
