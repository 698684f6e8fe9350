// The Predict page's canvas (Streamlit Components v2): draws with mouse, pen or touch, prepares
// the 28x28 input as lenet_core.preprocessing.prepare does, and runs the model in the page while
// the pen moves. The server hears from it only when a stroke ends (the prepared input, for the
// look-inside views) and receives the drawing's PNG only when the student adds it to the collection.
import { chooseBackend, downloads, load, LiveModel } from "./model";
import { naiveInput, prepare, Prepared, Style, toGrayscale } from "./prepare";

export { naiveInput, prepare, toGrayscale } from "./prepare";
export { build, chooseBackend, parse } from "./model";

interface Data {
  model: { url: string; name: string } | null; // null: the server answers (no model file)
  style: Style;
  class_names: string[];
  size: number; // the canvas's pixels a side (its 280x280 is what prepare was tuned on)
  png_request: number; // > 0: send the drawing's PNG once for this request
  labels: { [key: string]: string }; // every word the canvas shows, in the page's language (LABELS in Python)
}

interface Args {
  data: Data;
  key: string;
  parentElement: HTMLElement | ShadowRoot;
  setStateValue: (name: string, value: unknown) => void;
  setTriggerValue: (name: string, value: unknown) => void;
}

type Point = [number, number];
interface Answer {
  gray: Float32Array;
  prepared: Prepared;
  probabilities: Float32Array | null;
}
interface Stroke {
  width: number;
  points: Point[];
}

const SIDE = 280;
// No words here: they come from data.labels (applyLabels), so that the page's language is the canvas's.
const HTML = `
<div class="live">
  <div class="pad"><canvas width="${SIDE}" height="${SIDE}"></canvas></div>
  <div class="side">
    <div class="answer" data-testid="live-answer" aria-live="polite"></div>
    <div class="bars"></div>
    <div class="tools">
      <label><span class="width-label"></span> <input type="range" min="5" max="40" value="20" class="width"></label>
      <button type="button" class="undo"></button>
      <button type="button" class="clear"></button>
    </div>
    <div class="status" data-testid="live-status"></div>
  </div>
</div>`;

type Values = { [name: string]: string };

/** A label with its {name}s filled, as Python's str.format would fill them. */
function fill(template: string | undefined, values: Values = {}): string {
  return (template ?? "").replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? values[name] : whole));
}

class Instance {
  root: HTMLElement | ShadowRoot;
  canvas: HTMLCanvasElement;
  context: CanvasRenderingContext2D;
  strokes: Stroke[] = [];
  current: Stroke | null = null;
  data: Data;
  setStateValue: Args["setStateValue"];
  setTriggerValue: Args["setTriggerValue"];
  model: LiveModel | null = null;
  modelName = "";
  backend = "";
  loading = false;
  strokeCount = 0;
  pending = 0; // timeStamp of the oldest pointer event not yet answered
  frame = 0;
  pngServed = 0;
  predictMs: number[] = [];
  shownLabels = ""; // the labels and class names the canvas shows now (JSON): a language switch shows them again
  statusShown: [string, Values] | null = null; // the status line's label and values
  shown: { probabilities: Float32Array | null; reason: Prepared["reason"] } = { probabilities: null, reason: null };

  constructor(args: Args) {
    this.root = args.parentElement;
    this.data = args.data;
    this.setStateValue = args.setStateValue;
    this.setTriggerValue = args.setTriggerValue;
    const host = document.createElement("div");
    host.innerHTML = HTML;
    // Never two canvases in one element; the element also holds the component's stylesheet.
    this.root.querySelectorAll(".live").forEach((old) => old.remove());
    this.root.appendChild(host.firstElementChild!);
    this.canvas = this.root.querySelector("canvas")!;
    this.context = this.canvas.getContext("2d", { willReadFrequently: true })!;
    this.canvas.addEventListener("pointerdown", (event) => this.down(event));
    this.canvas.addEventListener("pointermove", (event) => this.move(event));
    for (const end of ["pointerup", "pointercancel"]) this.canvas.addEventListener(end, (event) => this.up(event as PointerEvent));
    this.find(".undo").addEventListener("click", () => this.edit(() => this.strokes.pop()));
    this.find(".clear").addEventListener("click", () => this.edit(() => (this.strokes = [])));
    this.pngServed = args.data.png_request; // a new canvas never answers an earlier canvas's request
    this.applyLabels();
    this.redraw();
    this.showAnswer(null);
  }

  label(key: string, values: Values = {}): string {
    return fill(this.data.labels[key], values);
  }

  // The words of the canvas, its buttons, its status line and its class names in the page's language.
  applyLabels(): void {
    const labels = JSON.stringify([this.data.labels, this.data.class_names]);
    if (labels === this.shownLabels) return;
    this.shownLabels = labels;
    this.canvas.setAttribute("aria-label", this.label("canvas"));
    this.find(".width-label").textContent = this.label("width");
    this.find(".undo").textContent = this.label("undo");
    this.find(".clear").textContent = this.label("clear");
    if (this.statusShown) this.status(...this.statusShown);
    this.find(".bars").innerHTML = ""; // its rows are made again with the names
    this.showAnswer(this.shown.probabilities, this.shown.reason);
  }

  find(selector: string): HTMLElement {
    return this.root.querySelector(selector) as HTMLElement;
  }

  update(data: Data): void {
    this.data = data;
    this.applyLabels();
    if (data.model && data.model.name !== this.modelName) this.loadModel();
    else if (!data.model && this.modelName !== "") {
      // A model the browser does not run (too big for a phone, or its file is gone): the server answers.
      this.model = null;
      this.modelName = "";
      this.loading = false;
      this.status("server");
      if (this.strokes.length) this.send();
    }
    if (data.png_request > this.pngServed) {
      this.pngServed = data.png_request;
      // The drawing that was labelled, or nothing: the stroke number lets the server tell.
      const png = this.strokes.length ? this.canvas.toDataURL("image/png") : null;
      this.setTriggerValue("png", { request: data.png_request, stroke: this.strokeCount, png });
    }
  }

  async loadModel(): Promise<void> {
    const wanted = this.data.model!;
    this.modelName = wanted.name;
    this.model = null;
    this.loading = true; // strokes that end now wait for the model: no PNG, no server answer
    this.status("loading");
    try {
      const [backend, model] = await Promise.all([chooseBackend(), load(wanted.url, wanted.name)]);
      if (this.modelName !== wanted.name) return; // switched again meanwhile
      this.backend = backend;
      this.model = model;
      this.status("running", { backend: backend === "wasm" ? "WebAssembly" : backend === "webgl" ? "WebGL" : "JavaScript" });
    } catch (error) {
      if (this.modelName !== wanted.name) return;
      console.error("LeNet Lab: the model cannot run in this browser", error);
      this.status("server");
    }
    this.loading = false;
    if (this.strokes.length) {
      this.send(this.answerNow(performance.now(), true)); // the server's views follow this model's answer
    }
  }

  status(key: string, values: Values = {}): void {
    this.statusShown = [key, values];
    this.find(".status").textContent = this.label(key, values);
  }

  point(event: PointerEvent): Point {
    const box = this.canvas.getBoundingClientRect(); // CSS may shrink the canvas on a phone
    return [((event.clientX - box.left) * SIDE) / box.width, ((event.clientY - box.top) * SIDE) / box.height];
  }

  down(event: PointerEvent): void {
    if (event.button > 0 || !event.isPrimary || this.current) return; // a second finger does not draw
    event.preventDefault();
    this.canvas.setPointerCapture(event.pointerId);
    const width = Number((this.find(".width") as HTMLInputElement).value);
    this.current = { width, points: [this.point(event)] };
    this.strokes.push(this.current);
    this.redraw();
    this.schedule(event.timeStamp);
  }

  move(event: PointerEvent): void {
    if (!this.current || !event.isPrimary) return;
    event.preventDefault();
    const events = event.getCoalescedEvents ? event.getCoalescedEvents() : [event];
    for (const each of events.length ? events : [event]) this.current.points.push(this.point(each));
    this.redrawLast();
    this.schedule(event.timeStamp);
  }

  up(event: PointerEvent): void {
    if (!this.current || !event.isPrimary) return;
    this.current = null;
    window.lenetLive!.strokeEnds.push(event.timeStamp); // read by bench/live_predict.py
    if (this.canvas.hasPointerCapture(event.pointerId)) this.canvas.releasePointerCapture(event.pointerId);
    this.edit(() => undefined);
  }

  edit(change: () => unknown): void {
    change();
    this.redraw();
    this.send(this.answerNow(performance.now(), true)); // one preparation and one prediction for both
  }

  // The answer follows the pen at the display's frame rate: one computation per frame at most,
  // for the newest drawing; the latency counted is from the oldest event it answers.
  schedule(timeStamp: number): void {
    if (!this.pending) this.pending = timeStamp;
    if (!this.frame) this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.answerNow(this.pending, false);
    });
  }

  prepared() {
    const pixels = this.context.getImageData(0, 0, SIDE, SIDE).data;
    const gray = toGrayscale(pixels, SIDE, SIDE);
    return { gray, prepared: prepare(gray, SIDE, SIDE, this.data.style) };
  }

  // The answer for the drawing as it is now; returns what it computed, for send() to reuse.
  answerNow(since: number, final: boolean): Answer | null {
    this.pending = 0;
    if (!this.model) return null;
    const { gray, prepared } = this.prepared();
    let probabilities: Float32Array | null = null;
    if (prepared.image) {
      const started = performance.now();
      probabilities = this.model.predict(prepared.image);
      this.predictMs.push(performance.now() - started);
    }
    this.showAnswer(probabilities, prepared.reason);
    if (!final && since) window.lenetLive!.latencies.push(performance.now() - since);
    return { gray, prepared, probabilities };
  }

  showAnswer(probabilities: Float32Array | null, reason: Prepared["reason"] = null): void {
    this.shown = { probabilities, reason };
    const names = this.data.class_names;
    const answer = this.find(".answer");
    const bars = this.find(".bars");
    if (!probabilities) {
      answer.textContent = this.label(this.model && reason ? reason : "draw");
      bars.innerHTML = "";
      return;
    }
    let top = 0;
    probabilities.forEach((p, i) => (top = p > probabilities[top] ? i : top));
    answer.textContent = this.label("prediction", { name: names[top], percent: String(Math.round(probabilities[top] * 100)) });
    if (bars.children.length !== names.length) {
      bars.innerHTML = names
        .map((name) => `<div class="row"><span class="name"></span><span class="track"><span class="fill"></span></span><span class="pct"></span></div>`)
        .join("");
      Array.from(bars.children).forEach((row, i) => (row.querySelector(".name")!.textContent = names[i]));
    }
    Array.from(bars.children).forEach((row, i) => {
      (row.querySelector(".fill") as HTMLElement).style.width = `${(probabilities[i] * 100).toFixed(1)}%`;
      row.classList.toggle("top", i === top);
      row.querySelector(".pct")!.textContent = `${Math.round(probabilities[i] * 100)}%`;
    });
  }

  // What the server hears when a stroke ends (or Undo, Clear): the prepared input and the naive
  // resize as float32, the browser's probabilities, or, where the model cannot run here, the PNG.
  send(answer: Answer | null = null): void {
    if (this.loading) return; // sent once the model is there (loadModel)
    this.strokeCount++;
    const { gray, prepared } = answer || this.prepared();
    const value: { [key: string]: unknown } = {
      n: this.strokeCount,
      backend: this.model ? this.backend : "server",
      model: this.model ? this.modelName : null,
    };
    if (!this.strokes.length) value.empty = true;
    else if (!this.model) value.png = this.canvas.toDataURL("image/png");
    else if (prepared.image) {
      value.input = base64(prepared.image);
      value.naive = base64(naiveInput(gray, SIDE, SIDE));
      value.probabilities = Array.from(answer?.probabilities || this.model.predict(prepared.image));
    } else value.message = prepared.reason ? this.label(prepared.reason) : prepared.message; // shown by the page
    this.setStateValue("stroke", value);
  }

  redraw(): void {
    const c = this.context;
    c.fillStyle = "#000";
    c.fillRect(0, 0, SIDE, SIDE);
    for (const stroke of this.strokes) this.paint(stroke, 0);
  }

  redrawLast(): void {
    const stroke = this.strokes[this.strokes.length - 1];
    if (stroke) this.paint(stroke, Math.max(0, stroke.points.length - 8));
  }

  paint(stroke: Stroke, from: number): void {
    const c = this.context;
    c.strokeStyle = "#fff";
    c.fillStyle = "#fff";
    c.lineWidth = stroke.width;
    c.lineCap = "round";
    c.lineJoin = "round";
    const points = stroke.points;
    if (points.length === 1) {
      c.beginPath();
      c.arc(points[0][0], points[0][1], stroke.width / 2, 0, 2 * Math.PI);
      c.fill();
      return;
    }
    c.beginPath();
    c.moveTo(points[from][0], points[from][1]);
    for (let i = from + 1; i < points.length; i++) c.lineTo(points[i][0], points[i][1]);
    c.stroke();
  }
}

function base64(values: Float32Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i]);
  return btoa(text);
}

const instances = new WeakMap<object, Instance>();

declare global {
  interface Window {
    lenetLive?: { instances: Instance[]; latencies: number[]; strokeEnds: number[]; downloads: () => number };
  }
}

export default function (args: Args): () => void {
  let instance = instances.get(args.parentElement);
  if (!instance) {
    instance = new Instance(args);
    instances.set(args.parentElement, instance);
    window.lenetLive = window.lenetLive || { instances: [], latencies: [], strokeEnds: [], downloads: () => downloads };
    window.lenetLive.instances.push(instance);
  }
  instance.setStateValue = args.setStateValue;
  instance.setTriggerValue = args.setTriggerValue;
  instance.update(args.data);
  const mounted = instance;
  return () => {
    // Unmounted (another model, a new canvas after a donation, another tab): forget it.
    console.debug("LeNet Lab: canvas cleanup");
    instances.delete(args.parentElement);
    const list = window.lenetLive!.instances;
    if (list.includes(mounted)) list.splice(list.indexOf(mounted), 1);
  };
}
