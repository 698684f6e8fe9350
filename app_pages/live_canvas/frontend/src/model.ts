// The stored model, run in the page with TensorFlow.js: the file lenet_core/live_model.py packs
// (int8 kernels with a scale per output unit, float32 biases), and the forward pass that
// lenet_core/model.py's build_model describes (conv "same" + ReLU + 2x2 max-pool blocks, flatten,
// dense ReLU layers, softmax).
import * as tf from "@tensorflow/tfjs-core";
import "@tensorflow/tfjs-backend-cpu";
import "@tensorflow/tfjs-backend-webgl";
import { setWasmPaths } from "@tensorflow/tfjs-backend-wasm";

export interface Architecture {
  conv_filters: number[];
  dense_units: number[];
  kernel_size: number;
  width: number;
  height: number;
  depth: number;
  classes: number;
}

interface Header {
  format: number;
  model_id: string;
  version: string;
  architecture: Architecture;
  tensors: { shape: number[]; encoding: "int8" | "float32"; offset: number; scales?: number }[];
}

export interface LiveModel {
  header: Header;
  predict(image: Float32Array): Float32Array; // 28 * 28 in [0, 1] -> class probabilities
  dispose(): void;
}

let backendChosen: Promise<string> | null = null;

// WebAssembly first: for a network this small one image is 1-3 ms there, while WebGL pays a
// GPU round trip per answer (and is software-rendered where there is no GPU); the plain
// JavaScript backend works everywhere.
export function chooseBackend(order: string[] = ["wasm", "webgl", "cpu"]): Promise<string> {
  if (!backendChosen) {
    backendChosen = (async () => {
      setWasmPaths(new URL("./", import.meta.url).href);
      for (const name of order) {
        try {
          if (await tf.setBackend(name)) {
            await tf.ready();
            tf.tidy(() => tf.conv2d(tf.zeros([1, 8, 8, 1]) as tf.Tensor4D, tf.ones([3, 3, 1, 1]) as tf.Tensor4D, 1, "same").dataSync());
            return name;
          }
        } catch (error) {
          console.warn(`LeNet Lab: the ${name} backend is not available`, error);
        }
      }
      throw new Error("No TensorFlow.js backend works in this browser.");
    })();
  }
  return backendChosen;
}

export function parse(buffer: ArrayBuffer): { header: Header; weights: Float32Array[] } {
  const bytes = new Uint8Array(buffer);
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== "LNLV") throw new Error("not a LeNet Lab model file");
  const length = new DataView(buffer).getUint32(4, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + length))) as Header;
  const start = 8 + length + ((4 - ((8 + length) % 4)) % 4);
  const weights = header.tensors.map((tensor) => {
    const count = tensor.shape.reduce((a, b) => a * b, 1);
    if (tensor.encoding === "float32") return new Float32Array(buffer.slice(start + tensor.offset, start + tensor.offset + 4 * count));
    const values = new Int8Array(buffer, start + tensor.offset, count);
    const units = tensor.shape[tensor.shape.length - 1];
    const scales = new Float32Array(buffer.slice(start + tensor.scales!, start + tensor.scales! + 4 * units));
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = values[i] * scales[i % units];
    return out;
  });
  return { header, weights };
}

export function build(buffer: ArrayBuffer): LiveModel {
  const { header, weights } = parse(buffer);
  const a = header.architecture;
  const tensors = weights.map((values, i) => tf.tensor(values, header.tensors[i].shape));
  const convs = a.conv_filters.length;
  const predict = (image: Float32Array): Float32Array =>
    tf.tidy(() => {
      let x: tf.Tensor = tf.tensor4d(image, [1, a.height, a.width, a.depth]);
      for (let block = 0; block < convs; block++) {
        const conv = tf.conv2d(x as tf.Tensor4D, tensors[2 * block] as tf.Tensor4D, 1, "same");
        x = tf.maxPool(tf.relu(tf.add(conv, tensors[2 * block + 1])) as tf.Tensor4D, 2, 2, "valid");
      }
      x = tf.reshape(x, [1, -1]);
      const dense = (tensors.length - 2 * convs) / 2;
      for (let layer = 0; layer < dense; layer++) {
        const at = 2 * convs + 2 * layer;
        x = tf.add(tf.matMul(x as tf.Tensor2D, tensors[at] as tf.Tensor2D), tensors[at + 1]);
        x = layer < dense - 1 ? tf.relu(x) : tf.softmax(x);
      }
      return x.dataSync() as Float32Array;
    });
  return { header, predict, dispose: () => tensors.forEach((t) => t.dispose()) };
}

// Model files kept in the browser across reloads: IndexedDB (the Cache API needs HTTPS, and a
// class reaches the laptop over plain http://192.168...).
const DB = "lenet-lab-models";

let opened: Promise<IDBDatabase> | null = null; // one connection per page

function database(): Promise<IDBDatabase> {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 2);
    request.onupgradeneeded = () => {
      if (request.result.objectStoreNames.contains("files")) request.result.deleteObjectStore("files");
      request.result.createObjectStore("files"); // name -> { data, used }
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

interface Kept {
  data: ArrayBuffer;
  used: number; // Date.now() of the last load: the least recently used go first
}

async function stored(name: string): Promise<ArrayBuffer | undefined> {
  try {
    const db = await database();
    const kept = await new Promise<Kept | undefined>((resolve) => {
      const request = db.transaction("files").objectStore("files").get(name);
      request.onsuccess = () => resolve(request.result as Kept | undefined);
      request.onerror = () => resolve(undefined);
    });
    if (kept) db.transaction("files", "readwrite").objectStore("files").put({ ...kept, used: Date.now() }, name);
    return kept?.data;
  } catch {
    return undefined; // private windows may refuse IndexedDB: then the file is fetched each load
  }
}

async function store(name: string, data: ArrayBuffer, keep: number): Promise<void> {
  try {
    const db = await database();
    const files = db.transaction("files", "readwrite").objectStore("files");
    files.put({ data, used: Date.now() } as Kept, name);
    const all = await new Promise<{ key: IDBValidKey; used: number }[]>((resolve) => {
      const found: { key: IDBValidKey; used: number }[] = [];
      const request = files.openCursor();
      request.onsuccess = () => {
        const cursor = request.result;
        if (!cursor) return resolve(found);
        found.push({ key: cursor.key, used: (cursor.value as Kept).used || 0 });
        cursor.continue();
      };
      request.onerror = () => resolve(found);
    });
    // A class's browsers see a handful of models; names carry the version, so a re-saved model's
    // old file is never used again and ages out with the rest.
    all.sort((a, b) => a.used - b.used);
    for (const { key } of all.filter(({ key }) => key !== name).slice(0, Math.max(0, all.length - keep))) files.delete(key);
  } catch {
    /* not kept: fetched again next time */
  }
}

// Models built in this page: the current one and the one before (a switch back costs nothing);
// older ones are disposed (a 10 M-parameter model is 40 MB of tensors on a phone).
const KEEP_BUILT = 2;
const loaded = new Map<string, Promise<LiveModel>>();
export let downloads = 0; // files fetched from the server by this page (the tests read it)

export function load(url: string, name: string): Promise<LiveModel> {
  let model = loaded.get(name);
  if (!model) {
    model = (async () => {
      let data = await stored(name);
      if (!data) {
        const response = await fetch(new URL(url, import.meta.url)); // beside the bundle, under any base path
        if (!response.ok) throw new Error(`the model file answered ${response.status}`);
        data = await response.arrayBuffer();
        downloads++;
        await store(name, data, 8);
      }
      await chooseBackend(); // a file from IndexedDB can arrive before the backend is ready
      return build(data);
    })();
    model.catch(() => loaded.delete(name));
  }
  loaded.delete(name);
  loaded.set(name, model); // most recently used last
  while (loaded.size > KEEP_BUILT) {
    const [oldest, built] = loaded.entries().next().value!;
    loaded.delete(oldest);
    built.then((old) => old.dispose(), () => undefined);
  }
  return model;
}
