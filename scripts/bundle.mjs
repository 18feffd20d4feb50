/**
 * The second build step (after tsc): the CLI and its worker, each bundled
 * into one file from dist/, and the CLI's V8 code cache.
 *
 * Resolving and compiling some hundred ES modules (zod alone is 95) was most
 * of the start-up of a run over one small report. src/cli/boot.ts loads
 * dist/bundle/extract.cjs instead, compiled from the code cache written
 * here by running it once on a fixture; V8 ignores a cache that does not fit
 * the file or the Node version, and the file is then compiled as usual.
 *
 * cheerio stays outside the bundle: it is required only when a page is met.
 */
import { spawnSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const OUT = `${ROOT}dist/bundle/`;
const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  // white space and syntax only: names are kept, so an internal error's stack still reads
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: "warning",
  absWorkingDir: ROOT,
};

/**
 * commander requires node:child_process when it loads, for executable
 * subcommands, which this CLI has none of; with the modules behind it
 * (dgram, net) that was 4–7 ms of every start. Inside commander it becomes a
 * stand-in that requires the real module on first use.
 */
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) => (/[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy" } : undefined));
    b.onLoad({ filter: /.*/, namespace: "lazy" }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: "js",
    }));
  },
};

await build({
  ...common,
  entryPoints: ["dist/cli/main.js"],
  plugins: [lazyChildProcess],
  outfile: `${OUT}extract.cjs`,
  // CommonJS, which node:vm can compile with a code cache; `import.meta.url`
  // (the worker's path, package.json, cheerio) becomes the bundle's own URL
  format: "cjs",
  define: { "import.meta.url": "__importMetaUrl" },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
await build({
  ...common,
  entryPoints: ["dist/pipeline/worker.js"],
  // beside extract.cjs, where the pool looks for `./worker.js`
  outfile: `${OUT}worker.js`,
  format: "esm",
  // CommonJS packages inside an ES module bundle require node's own modules
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
});

const cache = `${OUT}extract.cjs.cache`;
rmSync(cache, { force: true });
const run = spawnSync(process.execPath, [`${ROOT}bin/extract`, `${ROOT}fixtures/001_d33448f198e4ce00.txt`, "--format", "json", "--quiet"], {
  env: { ...process.env, SOLIEU_CODE_CACHE: "write" },
  stdio: ["ignore", "ignore", "inherit"],
});
if (run.status !== 0 || !existsSync(cache)) {
  console.error(`bundle: the bundled CLI failed on a fixture (exit ${run.status}); no code cache written`);
  process.exit(1);
}
