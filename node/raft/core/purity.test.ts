// The Raft core is pure: it may not reach the outside world. Every import of every file under
// node/raft/core (tests aside), followed transitively through relative imports, is checked
// against what a pure module may use.
import test from 'ava';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const coreDir = dirname(fileURLToPath(import.meta.url));
const FORBIDDEN = [/^node:/, /^(fs|path|os|net|http|http2|child_process|worker_threads|timers|crypto|dgram|cluster|process)$/, /^lmdb/, /^@grpc\//, /^grpc/, /^pino/];
const ALLOWED_BARE = [/^protobufjs\/minimal\.js$/];
const BANNED_CALLS = [/\bMath\.random\b/, /\bDate\.now\b/, /\bnew Date\b/, /\bperformance\.now\b/, /\bsetTimeout\b/, /\bsetInterval\b/, /\bsetImmediate\b/, /\bprocess\./];

function stripComments(src: string): string {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function importsOf(file: string): string[] {
  const src = stripComments(readFileSync(file, 'utf8'));
  const specs: string[] = [];
  for (const m of src.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]/g)) specs.push(m[1]!);
  for (const m of src.matchAll(/import\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  for (const m of src.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) specs.push(m[1]!);
  for (const m of src.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g)) specs.push(m[1]!);
  return specs;
}

function walk(file: string, seen: Set<string>, problems: string[]): void {
  if (seen.has(file)) return;
  seen.add(file);
  const src = stripComments(readFileSync(file, 'utf8'));
  if (!file.includes(`${join('proto', 'gen')}`)) {
    for (const re of BANNED_CALLS) if (re.test(src)) problems.push(`${file} uses ${re.source}`);
  }
  for (const spec of importsOf(file)) {
    if (spec.startsWith('.')) {
      walk(resolve(dirname(file), spec), seen, problems);
      continue;
    }
    if (FORBIDDEN.some((re) => re.test(spec))) problems.push(`${file} imports ${spec}`);
    else if (!ALLOWED_BARE.some((re) => re.test(spec))) problems.push(`${file} imports ${spec}, which is not on the pure list`);
  }
}

test('the Raft core imports nothing that does I/O, and reads no clock or ambient randomness', (t) => {
  const sources = (dir: string): string[] => readdirSync(join(coreDir, dir)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(dir, f));
  // The transcript interpreter (transcript/) is held to the same rule: only its test file reads files.
  const files = [...sources('.'), ...sources('transcript')];
  t.true(files.includes('raft.ts'));
  t.true(files.includes(join('transcript', 'env.ts')));
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const f of files) walk(join(coreDir, f), seen, problems);
  t.deepEqual(problems, []);
  // The generated protobuf module is reached (types and enums come from it), and checked too.
  t.true([...seen].some((f) => f.endsWith(join('proto', 'gen', 'fedmq.js'))));
});

test('the purity check itself reports a forbidden import and a clock read', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'fedmq-purity-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(join(dir, 'a.ts'), "import { b } from './b.ts';\n// Math.random in a comment is fine\nexport const a = b;\n");
  writeFileSync(join(dir, 'b.ts'), "import { readFileSync } from 'node:fs';\nexport const b = Date.now() + String(readFileSync);\n");
  const problems: string[] = [];
  walk(join(dir, 'a.ts'), new Set(), problems);
  t.is(problems.length, 2);
  t.regex(problems.join('\n'), /b\.ts imports node:fs/);
  t.regex(problems.join('\n'), /b\.ts uses .*Date/);
});
