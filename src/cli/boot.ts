/**
 * What bin/extract runs. Loads the whole CLI from dist/bundle/extract.cjs
 * (scripts/bundle.mjs) through V8's code cache, so a run over one small
 * report does not spend most of its start-up resolving and compiling a
 * hundred modules. Without the bundle (a build that stopped after tsc) the
 * modules are loaded as they are.
 */
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { CLI_V8_FLAGS, compileBundle, runBundle, writeCacheOnExit } from "./bundle.js";

setFlagsFromString(CLI_V8_FLAGS);

const bundle = compileBundle(fileURLToPath(new URL("../bundle/extract.cjs", import.meta.url)));
if (bundle === null) {
  await import("./main.js");
} else {
  // scripts/bundle.mjs runs the CLI once with this set
  if (process.env["SOLIEU_CODE_CACHE"] === "write") writeCacheOnExit(bundle);
  runBundle(bundle);
}
