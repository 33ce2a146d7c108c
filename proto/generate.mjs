#!/usr/bin/env node
// Generates typed protobufjs code for every .proto under proto/fedmq/v1 into proto/gen/.
// The output is committed, so a fresh clone runs without generating anything; `npm run build`
// regenerates it and proto/gen.test.ts fails when the committed copy drifts from the .proto files.
//
//   node proto/generate.mjs            write proto/gen/fedmq.{js,d.ts}
//   node proto/generate.mjs --out DIR  write into DIR instead (the drift test uses a temp dir)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? process.argv[outIndex + 1] : join(here, 'gen');
const protoDir = join(here, 'fedmq', 'v1');
const protos = readdirSync(protoDir).filter((f) => f.endsWith('.proto')).sort().map((f) => join(protoDir, f));
const pbjs = createRequire(import.meta.url).resolve('protobufjs-cli/bin/pbjs');

mkdirSync(outDir, { recursive: true });
const outJs = join(outDir, 'fedmq.js');
execFileSync(process.execPath, [
  pbjs, '-t', 'static-module', '-w', 'esm', '--force-number',
  '--no-verify', '--no-convert', '--no-delimited', '--no-typeurl', '--no-service',
  '-p', here, '-d', '-o', outJs, ...protos,
], { stdio: 'inherit' });

// 64-bit fields are typed `number` (--force-number) but protobufjs decodes them as Long objects
// whenever the `long` package is installed. Turn Long off for this runtime so that decoded values
// are plain numbers, as the types say. Every 64-bit value in fedmq stays below 2^53.
const importLine = 'import $protobuf from "protobufjs/minimal.js";';
const js = readFileSync(outJs, 'utf8');
if (!js.includes(importLine)) throw new Error(`generated code no longer imports protobufjs as expected: ${importLine}`);
writeFileSync(outJs, js.replace(importLine,
  `${importLine}\n\n// fedmq: 64-bit integers decode to numbers (see proto/generate.mjs).\n$protobuf.util.Long = undefined;\n$protobuf.configure();`));
