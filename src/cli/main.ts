/**
 * extract [inputs…]: the command line over the library. Parses options, picks
 * writers, streams every file's result through them, prints one summary line,
 * and is the one place that maps outcomes to exit codes:
 *   0 every input extracted · 1 some input failed (the others are written) · 2 usage error
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "commander";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { DEFAULT_MAX_BYTES, extractFiles, renderFiles, renderResult, type FileOptions, type RenderedResult } from "../pipeline/files.js";
import { recordJsonSchema, TABLE_NAMES, type DocumentRecord, type TableName } from "../schema.js";
import { csvWriter } from "../writers/csv.js";
import { jsonArrayWriter } from "../writers/json.js";
import { ndjsonWriter } from "../writers/ndjson.js";
import { RunReport } from "../writers/run-report.js";
import { fileTarget, removeTemporariesSync, stdoutTarget } from "../writers/target.js";
import type { RecordWriter } from "../writers/writer.js";
import { ProgressLine, progressWanted } from "./progress.js";
import { openSinks, SinkUsageError, type Sink } from "./sinks.js";

const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };

export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;

interface Options {
  out: string;
  format?: "json" | "ndjson" | "csv";
  table: TableName;
  quiet: boolean;
  schema: boolean;
  includeText: boolean;
  maxBytes: number;
  jobs: number;
  bom: boolean;
  check?: string;
  update: boolean;
  report?: string;
}

function positiveInteger(what: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number of ${what}`);
    return n;
  };
}

function program(): Command {
  return new Command("extract")
    .description("Find the figures, document references, people and metadata in Vietnamese reports.\nInputs: files, folders (recursive: .txt, .text, .md, .html, .htm) or - for stdin.")
    .version(version, "-V, --version")
    .argument("[inputs...]", "files, folders, or - for standard input")
    .option("-o, --out <dir>", "folder for records.json and the CSV tables (when no --format is given)", "out")
    .addOption(new Option("-f, --format <format>", "write one format to stdout instead of files").choices(["json", "ndjson", "csv"]))
    .addOption(new Option("-t, --table <table>", "the CSV table --format csv writes").choices(TABLE_NAMES).default("figures"))
    .option("--include-text", "add the normalised text (which all offsets point into) to each record", false)
    .option("--max-bytes <n>", "refuse files larger than this", positiveInteger("bytes"), DEFAULT_MAX_BYTES)
    .option("-j, --jobs <n>", "worker threads extracting files side by side; the output is the same for any number (default: the number of cores)", positiveInteger("worker threads"), availableParallelism())
    .option("--bom", "start CSV on stdout with a UTF-8 byte-order mark (files in --out always have one)", false)
    .option("--check <dir>", "compare with the expected records <dir>/<id>.json instead of writing files; exit 1 when they differ")
    .option("--update", "with --check: rewrite the expected files (refused when CI is set)", false)
    .option("--report <file>", "also write a self-contained HTML page with every finding highlighted in its text")
    .option("--schema", "print the JSON Schema of a record and exit", false)
    .option("-q, --quiet", "no summary line on stderr", false)
    .showHelpAfterError("(run extract --help for usage)")
    .exitOverride();
}

async function writersFor(options: Options): Promise<RecordWriter[]> {
  if (options.format === "json") return [jsonArrayWriter(stdoutTarget())];
  if (options.format === "ndjson") return [ndjsonWriter(stdoutTarget())];
  if (options.format === "csv") return [csvWriter(stdoutTarget(), options.table, { bom: options.bom })];
  const writers: RecordWriter[] = [jsonArrayWriter(await fileTarget(join(options.out, "records.json")))];
  for (const table of TABLE_NAMES) writers.push(csvWriter(await fileTarget(join(options.out, `${table}.csv`)), table, { bom: true }));
  return writers;
}

/**
 * Each input's result rendered for the writers. A run that only writes gets
 * them rendered where they were extracted (renderFiles); --check and
 * --report read every record, with its text, so records come back to this
 * thread and are rendered here (without the text unless --include-text).
 */
async function* resultsFor(inputs: string[], writers: RecordWriter[], sinks: Sink[], options: Options, fileOptions: FileOptions): AsyncGenerator<RenderedResult & { record?: DocumentRecord }> {
  const renderings = writers.map((w) => w.rendering);
  if (sinks.length === 0) {
    yield* renderFiles(inputs, renderings, { ...fileOptions, includeText: options.includeText });
    return;
  }
  for await (const result of extractFiles(inputs, { ...fileOptions, includeText: true })) {
    if (!result.ok) {
      yield result;
      continue;
    }
    const { text: _text, ...withoutText } = result.record;
    yield { ...renderResult({ ...result, record: options.includeText ? result.record : withoutText }, renderings), record: result.record };
  }
}

function whereWritten(options: Options): string {
  return options.format ? `${options.format} on stdout` : `${options.out}/records.json, ${TABLE_NAMES.map((t) => `${t}.csv`).join(", ")} and run.json`;
}

export async function main(argv: string[]): Promise<number> {
  const command = program();
  try {
    command.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw e;
  }
  const options = command.opts<Options>();
  if (options.schema) {
    process.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + "\n");
    return EXIT_OK;
  }
  const inputs = command.args;
  if (inputs.length === 0) {
    process.stderr.write("extract: no input given: name files, folders, or - for standard input (extract --help)\n");
    return EXIT_USAGE;
  }

  let sinks: Sink[];
  try {
    sinks = await openSinks(options);
  } catch (e) {
    if (!(e instanceof SinkUsageError)) throw e;
    process.stderr.write(`extract: ${e.message}\n`);
    return EXIT_USAGE;
  }
  // --check is a verdict: it writes no files (a --format on stdout still works)
  const checkOnly = Boolean(options.check) && !options.format;
  const writers: RecordWriter[] = checkOnly ? [] : await writersFor(options);
  const report = !options.format && !checkOnly ? await RunReport.open(join(options.out, "run.json")) : null;
  const progress = progressWanted(process.stderr, process.env, options.quiet) ? new ProgressLine(process.stderr) : null;
  const say = (line: string) => (progress ? progress.print(line) : process.stderr.write(line));
  let agreed = true;
  let failures = 0;
  let documents = 0;
  let figures = 0;
  try {
    const results = resultsFor(inputs, writers, sinks, options, {
      maxBytes: options.maxBytes,
      jobs: options.jobs,
      onInputs: (count) => progress?.setTotal(count),
    });
    for await (const result of results) {
      await report?.add(result);
      progress?.advance(result.bytes);
      if (!result.ok) {
        failures++;
        for (const sink of sinks) sink.fail(result.failure);
        say(`extract: ${result.failure.source}: ${result.failure.status}: ${result.failure.message}\n`);
        continue;
      }
      for (const warning of result.summary.warnings) say(`extract: ${result.source}: warning: ${warning}\n`);
      documents++;
      figures += result.summary.figures;
      if (result.record) for (const sink of sinks) await sink.write(result.record);
      for (const [i, writer] of writers.entries()) await writer.write(result.rendered[i]!);
    }
    for (const writer of writers) await writer.close();
    for (const sink of sinks) agreed = (await sink.close()) && agreed;
    await report?.close();
  } catch (e) {
    progress?.clear();
    await Promise.all([...writers.map((w) => w.abort()), ...sinks.map((sink) => sink.abort()), report?.abort()]);
    throw e;
  }
  progress?.clear();
  if (!options.quiet) {
    const done = [...(checkOnly ? [] : [whereWritten(options)]), ...sinks.map((s) => s.done)].join("; ");
    process.stderr.write(`extract: ${documents} documents, ${figures} figures, ${failures} failures → ${done}\n`);
  }
  return failures > 0 || !agreed ? EXIT_FAILURES : EXIT_OK;
}

// A closed pipe (`extract … | head`) is the reader saying it has enough: leave quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => {
  if (e.code === "EPIPE") process.exit(EXIT_OK);
  throw e;
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    removeTemporariesSync();
    process.exit(128 + (signal === "SIGINT" ? 2 : 15));
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    removeTemporariesSync();
    process.stderr.write(`extract: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
    process.exitCode = 70;
  },
);
