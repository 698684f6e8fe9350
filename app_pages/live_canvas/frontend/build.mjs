// Builds the component's bundle into ../build (committed: neither the app nor the tests need Node).
// node build.mjs  (from app_pages/live_canvas/frontend, after `npm ci`)
import { build } from "esbuild";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";

const out = new URL("../build/", import.meta.url).pathname;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ["src/index.ts"],
  bundle: true,
  format: "esm",
  target: "es2020", // import.meta.url: the model files and the WebAssembly binaries lie beside the bundle,
  minify: true,
  legalComments: "eof",
  outfile: `${out}index.js`,
  logLevel: "info",
});
// The WebAssembly backend fetches its binary next to the bundle (setWasmPaths); the threaded
// build needs cross-origin isolation, which a Streamlit page does not have.
copyFileSync("src/index.css", `${out}index.css`);
for (const name of ["tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm.wasm"]) {
  copyFileSync(`node_modules/@tensorflow/tfjs-backend-wasm/dist/${name}`, `${out}${name}`);
}
