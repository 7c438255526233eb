#!/usr/bin/env node
// Checks the JSON Schemas in assets/schema, which editors use through yaml-language-server:
//   1. they are valid draft-07, every key has English and Chinese help, and the definitions the
//      scenario and rubric schemas share are identical;
//   2. every shipped scenario, rubric and test plan starts with a modeline naming its schema;
//   3. the shipped files, tests/data and the complete examples in the docs pass their schema, and
//      `hallsim lint FILE` accepts each of them;
//   4. the schemas and `hallsim lint FILE` agree on the bad examples of docs/diagnostics.md and on
//      edits of valid files (variants.js): both refuse the bad ones, for the same reason and at
//      the same place, and both accept the good ones. What a schema cannot express is listed
//      too, and checked to be caught by lint.
// Usage: node check.js HALLSIM ROOT   (run.sh installs the npm packages first)
// SCHEMA_TEST_VERBOSE=1 prints every check; SCHEMA_TEST_KEEP=1 keeps the temporary files.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { execFile } = require('child_process');
const Ajv = require('ajv');
const YAML = require('yaml');
const variants = require('./variants');

const [hallsim, root] = process.argv.slice(2);
if (!hallsim || !root) {
  console.error('usage: node check.js HALLSIM ROOT');
  process.exit(2);
}
const verbose = process.env.SCHEMA_TEST_VERBOSE === '1';

const KINDS = { scenario: 'scenario.schema.json', rubric: 'rubric.schema.json', 'test-plan': 'test-plan.schema.json' };
const schemaDir = path.join(root, 'assets', 'schema');

// Which ajv keywords express each loader code: a refusal must come from one of them.
const KEYWORDS = {
  HS0020: ['type'],
  HS0021: ['additionalProperties'],
  HS0022: ['required', 'minItems', 'minProperties'],
  HS0023: ['type', 'additionalProperties', 'pattern'],
  HS0025: ['pattern', 'enum', 'minimum', 'maximum', 'not', 'const', 'propertyNames'],
  HS0031: ['oneOf'],
  HS0036: ['enum'],
  HS0037: ['minItems'],
  HS0038: ['minItems', 'pattern', 'required'],
};
// Problems of the YAML text itself: the YAML reader (and so the editor) reports them.
const YAML_CODES = ['HS0001', 'HS0003', 'HS0008', 'HS0009', 'HS0024'];

// How each code documented with an example in docs/diagnostics.md shows in an editor:
//   schema   the schema refuses the example (with a keyword of KEYWORDS), as lint does
//   yaml     the YAML reader refuses it
//   lint     only lint finds it (names, conditions, duplicates): the schema accepts the example
//   warning  a lint warning: the schema accepts the example
//   alias    YAML readers resolve aliases, so no schema sees them (the example also lacks
//            required keys, so the schema's verdict on it means nothing)
const DOC_CODES = {
  HS0001: 'yaml', HS0003: 'yaml', HS0007: 'alias', HS0008: 'yaml', HS0009: 'yaml',
  HS0020: 'schema', HS0021: 'schema', HS0022: 'schema', HS0023: 'schema', HS0024: 'yaml', HS0025: 'schema',
  HS0026: 'lint', HS0030: 'lint', HS0031: 'schema', HS0032: 'lint', HS0033: 'lint', HS0034: 'lint', HS0035: 'lint',
  HS0036: 'schema', HS0037: 'schema', HS0038: 'schema',
  HS0039: 'lint', HS0040: 'lint', HS0041: 'lint', HS0042: 'lint', HS0043: 'lint',
  HS0100: 'warning', HS0101: 'warning', HS0102: 'warning', HS0103: 'warning', HS0104: 'warning',
  HS0105: 'warning', HS0107: 'warning', HS0109: 'warning', HS0112: 'warning', HS0113: 'warning', HS0114: 'warning',
  HS0115: 'warning',
};

// [SECTION] Helpers

let failures = 0;
function fail(what, details = []) {
  failures++;
  console.log(`FAIL: ${what}`);
  for (const d of details) console.log(`      ${d}`);
}
function note(what) {
  if (verbose) console.log(`  ok: ${what}`);
}
const read = (p) => fs.readFileSync(p, 'utf8');
const rel = (p) => path.relative(root, p) || p;
const listYaml = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(dir, f)) : [];
// As `hallsim lint` tells them apart.
const kindOf = (p) =>
  p.endsWith('.test.yaml') ? 'test-plan' : path.basename(path.dirname(p)) === 'rubrics' ? 'rubric' : 'scenario';
const pointer = (p) => p.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hallsim-schema-'));
process.on('exit', () => {
  if (process.env.SCHEMA_TEST_KEEP === '1') console.log(`(temporary files kept in ${tmp})`);
  else fs.rmSync(tmp, { recursive: true, force: true });
});
function writeFile(p, text) {
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, text);
  return p;
}
function copyYaml(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const f of listYaml(from)) fs.copyFileSync(f, path.join(to, path.basename(f)));
}

// The schema side: the YAML reader yaml-language-server uses (YAML 1.2), then ajv.
const ajv = new Ajv({
  allErrors: true,
  strict: true,
  strictTypes: false,  // `minimum` in if/then and `minItems` in anyOf apply only to numbers and lists
  strictRequired: false,  // oneOf [{required: [choices]}, ...] says "exactly one of"
  allowUnionTypes: true,  // a scalar is ["string", "number", "boolean"]
  allowMatchingProperties: true,  // zh-CN and en are listed for completion and match the locale pattern
});
// yaml-language-server shows `patternErrorMessage` instead of "does not match the pattern".
ajv.addVocabulary(['patternErrorMessage']);
const schemas = {};
const validators = {};

function schemaVerdict(kind, text) {
  const doc = YAML.parseDocument(text);
  if (doc.errors.length) return { ok: false, yaml: doc.errors.map((e) => `${e.code}: ${e.message.split('\n')[0]}`), errors: [] };
  const validate = validators[kind];
  const ok = validate(doc.toJS());
  return { ok, yaml: [], errors: ok ? [] : validate.errors.slice() };
}
function describe(v) {
  if (v.yaml.length) return v.yaml.slice(0, 4).map((e) => `YAML: ${e}`);
  return v.errors.slice(0, 8).map((e) => `schema: ${e.instancePath || '/'} ${e.keyword}: ${e.message} ${JSON.stringify(e.params)}`);
}

// Does the schema refuse for the reason lint gives, at the edited place (`at`, a path; null for
// anywhere)? Every error must lie on the way to the edit or below it (or in an alternative of an
// anyOf/oneOf on that way), and one below it must use a keyword that expresses `code`.
function refusesLike(v, code, at) {
  if (YAML_CODES.includes(code)) return v.yaml.length ? null : 'the YAML reader accepts it';
  if (v.yaml.length) return 'the YAML reader refuses it (expected a schema error)';
  if (v.ok) return 'the schema accepts it';
  const a = pointer(at || []);
  const below = (p) => p === a || p.startsWith(a + '/');
  const above = (p) => p === '' || a.startsWith(p + '/');
  const choices = v.errors.filter((e) => ['anyOf', 'oneOf'].includes(e.keyword) && (above(e.instancePath) || e.instancePath === a));
  const alternative = (p) => choices.some((e) => p.startsWith(e.instancePath + '/'));
  const astray = v.errors.filter((e) => !below(e.instancePath) && !above(e.instancePath) && !alternative(e.instancePath));
  if (at && astray.length) return `the schema also complains elsewhere: ${astray[0].instancePath} ${astray[0].keyword}`;
  const fits = v.errors.filter((e) => (!at || below(e.instancePath)) && (KEYWORDS[code] || []).includes(e.keyword));
  if (!fits.length) return `no schema error ${at ? `at ${a || '/'} ` : ''}with a keyword for ${code} (${(KEYWORDS[code] || []).join(', ')})`;
  return null;
}

// The lint side. Every check that runs hallsim is queued and run a few at a time.
const tasks = [];
function run(args) {
  return new Promise((resolve) => {
    execFile(hallsim, args, { encoding: 'utf8', timeout: 120000, maxBuffer: 64 << 20 }, (error, stdout, stderr) => {
      if (error && typeof error.code === 'string') {  // ENOENT, EACCES: nothing else can be checked
        console.log(`FAIL: cannot run ${hallsim}: ${error.message}`);
        process.exit(1);
      }
      // killed (by the 120 s timeout, or a crash): a status no check accepts
      const status = !error ? 0 : error.signal ? `${error.killed ? 'timed out, ' : ''}${error.signal}` : error.code;
      resolve({ status, stdout, stderr });
    });
  });
}
async function lint(file, extra = []) {
  const r = await run(['lint', '--json', ...extra, file]);
  let diagnostics;
  try {
    diagnostics = JSON.parse(r.stdout);
  } catch (e) {
    diagnostics = [{ severity: 'error', code: '?', line: 0, column: 0, message: `lint printed no JSON: ${r.stdout} ${r.stderr}` }];
  }
  const errors = diagnostics.filter((d) => d.severity === 'error');
  return { status: r.status, diagnostics, errors, codes: diagnostics.map((d) => d.code) };
}
const showLint = (l) => [
  `lint exit ${l.status}`,
  ...l.diagnostics.slice(0, 6).map((d) => `lint: ${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`),
];

// [SECTION] 1. The schemas

for (const [kind, file] of Object.entries(KINDS)) {
  const p = path.join(schemaDir, file);
  try {
    schemas[kind] = JSON.parse(read(p));
    if (schemas[kind].$schema !== 'http://json-schema.org/draft-07/schema#') fail(`${rel(p)}: $schema is not draft-07`);
    validators[kind] = ajv.compile(schemas[kind]);  // also checks it against the draft-07 meta-schema
    note(`${rel(p)} compiles`);
  } catch (e) {
    fail(`${rel(p)} does not compile`, [e.message]);
  }
}
if (failures) process.exit(1);

// The schemas are self-contained (editors do not all resolve a $ref to another file), so the
// definitions they share must not drift apart.
for (const [name, def] of Object.entries(schemas.rubric.definitions))
  if (!util.isDeepStrictEqual(def, schemas.scenario.definitions[name]))
    fail(`definition '${name}' differs between rubric.schema.json and scenario.schema.json`);
if (!util.isDeepStrictEqual(schemas['test-plan'].definitions.scalar, schemas.scenario.definitions.scalar))
  fail(`definition 'scalar' differs between test-plan.schema.json and scenario.schema.json`);

// Every key has hover help in English and Chinese.
function checkHelp(kind) {
  const schema = schemas[kind];
  const target = (s) => (s.$ref ? schema.definitions[s.$ref.replace('#/definitions/', '')] || {} : {});
  let keys = 0;
  const visit = (s, where) => {
    if (!s || typeof s !== 'object') return;
    for (const [k, sub] of Object.entries(s.properties || {})) {
      keys++;
      const help = sub.description !== undefined ? sub.description : target(sub).description || '';
      if (!/[\u4e00-\u9fff]/.test(help) || !/[A-Za-z]{3}/.test(help))
        fail(`${KINDS[kind]}: ${where}/${k} has no description in English and Chinese`);
      visit(sub, `${where}/${k}`);
    }
    if (typeof s.additionalProperties === 'object') visit(s.additionalProperties, `${where}/*`);
    if (s.items) visit(s.items, `${where}/[]`);
    // anyOf branches that only add `required` are constraints, not shapes with keys of their own
    for (const b of s.anyOf || []) if (!b.required) visit(b, where);
  };
  visit(schema, '');
  for (const [name, def] of Object.entries(schema.definitions || {})) visit(def, `#${name}`);
  return keys;
}
const helpKeys = Object.keys(KINDS).reduce((n, kind) => n + checkHelp(kind), 0);

// [SECTION] 2. Modelines in the shipped files

const shipped = [...listYaml(path.join(root, 'scenarios')), ...listYaml(path.join(root, 'scenarios', 'rubrics'))];
const MODELINE = /^# yaml-language-server: \$schema=(\S+)$/;
for (const file of shipped) {
  const first = read(file).split('\n')[0];
  const m = MODELINE.exec(first);
  const want = path.join(schemaDir, KINDS[kindOf(file)]);
  if (!m) fail(`${rel(file)}: the first line is not '# yaml-language-server: $schema=...'`, [first]);
  else if (path.resolve(path.dirname(file), m[1]) !== want)
    fail(`${rel(file)}: the modeline names ${m[1]}, not ${path.relative(path.dirname(file), want)}`);
  else note(`${rel(file)}: modeline`);
}

// [SECTION] 3. Valid files: the schema and lint both accept them

let validCount = 0;
function expectValid(file, kind, lintArgs) {
  validCount++;
  tasks.push(async () => {
    const v = schemaVerdict(kind, read(file));
    if (!v.ok) fail(`${rel(file)}: the ${kind} schema refuses a valid file`, describe(v));
    const l = await lint(file, lintArgs);
    if (l.status !== 0) fail(`${rel(file)}: hallsim lint ${lintArgs.join(' ')} refuses it`, showLint(l));
    if (v.ok && l.status === 0) note(`${rel(file)} (${kind})`);
  });
}
for (const file of shipped) expectValid(file, kindOf(file), ['--warnings-as-errors']);
const testData = [
  path.join(root, 'tests', 'data', 'features.yaml'),
  ...listYaml(path.join(root, 'tests', 'data')).filter((f) => f.endsWith('.test.yaml')),
  ...listYaml(path.join(root, 'tests', 'data', 'rubrics')),
];
for (const file of testData) expectValid(file, kindOf(file), []);

// The complete scenarios and test plans shown in the docs, and in the format contract when it is
// beside the project, are promises too.
let docExamples = 0;
const docs = [
  path.join(root, 'docs', 'authoring.md'),
  path.join(root, 'docs', 'scenario-format.md'),
  path.join(root, '..', 'shared', 'design', 'scenario-format.md'),
];
for (const [i, doc] of docs.entries()) {
  if (!fs.existsSync(doc)) continue;
  for (const [n, m] of [...read(doc).matchAll(/^```yaml\n([\s\S]*?)^```$/gm)].entries()) {
    const parsed = YAML.parseDocument(m[1]);
    const data = parsed.errors.length ? null : parsed.toJS();
    if (!data || typeof data !== 'object') continue;  // fragments
    // each in a folder of its own, like scenarios/, with the shipped rubrics beside it
    const dir = path.join(tmp, 'docs', `${i}-${n}`, 'scenarios');
    if ('id' in data && 'nodes' in data) {
      copyYaml(path.join(root, 'scenarios', 'rubrics'), path.join(dir, 'rubrics'));
      expectValid(writeFile(path.join(dir, `${data.id}.yaml`), m[1]), 'scenario', []);
    } else if ('scenario' in data && 'plays' in data) {
      // lint only checks that the plan's scenario exists
      writeFile(path.resolve(dir, String(data.scenario)), '# stands in for the scenario of a documentation example\n');
      expectValid(writeFile(path.join(dir, 'example.test.yaml'), m[1]), 'test-plan', []);
    } else {
      continue;
    }
    docExamples++;
  }
}
if (docExamples < 3) fail(`only ${docExamples} complete examples found in the docs (the authoring example and the test plans)`);

// [SECTION] 4a. The bad examples of docs/diagnostics.md

const docCount = { schema: 0, yaml: 0, lint: 0, warning: 0, alias: 0 };
function checkDiagnosticExample(code, example) {
  const how = DOC_CODES[code];
  if (!how) {
    fail(`docs/diagnostics.md ${code}: not classified in DOC_CODES of tests/schema/check.js`);
    return;
  }
  docCount[how]++;
  const file = writeFile(path.join(tmp, 'diagnostics', `${code}.yaml`), example);
  tasks.push(async () => {
    const v = schemaVerdict('scenario', example);
    const l = await lint(file);
    const problems = [];
    if (!l.codes.includes(code)) problems.push(`lint does not report ${code}`);
    if (how === 'warning' ? l.status !== 0 : l.status !== 1) problems.push(`lint exits ${l.status}`);
    if (how === 'schema' || how === 'yaml') {
      const why = refusesLike(v, code, null);
      if (why) problems.push(why);
    } else if (how !== 'alias' && !v.ok) {
      problems.push('the schema refuses an example that only lint can judge');
    }
    if (problems.length) fail(`docs/diagnostics.md ${code} (${how}): ${problems.join('; ')}`, [...describe(v), ...showLint(l)]);
    else note(`docs/diagnostics.md ${code} (${how})`);
  });
}
{
  // The first ```yaml block of each "## HSxxxx" section, as tests/unit/test_docs.cpp reads them.
  const lines = read(path.join(root, 'docs', 'diagnostics.md')).split('\n');
  const seen = new Set();
  let code = null;
  for (let i = 0; i < lines.length; i++) {
    const heading = /^## (HS[0-9]{4})/.exec(lines[i]);
    if (heading) code = heading[1];
    if (lines[i] !== '```yaml' || !code || seen.has(code)) continue;
    seen.add(code);
    const block = [];
    for (let j = i + 1; j < lines.length && lines[j] !== '```'; j++) block.push(lines[j]);
    checkDiagnosticExample(code, block.join('\n') + '\n');
  }
}

// [SECTION] 4b. Edits of valid files

function applyEdit(base, edit) {
  if (edit.kind === 'text') {
    const text = edit.fn(base);
    if (text === base) throw new Error('the edit changes nothing');
    return text;
  }
  const doc = YAML.parseDocument(base);
  const exists = doc.hasIn(edit.path);
  const adding = edit.kind === 'set' && pointer(edit.at) !== pointer(edit.path);
  if (!adding && !exists) throw new Error(`the base file has nothing at ${pointer(edit.path)}`);
  if (adding && (exists || (edit.at.length && !doc.hasIn(edit.at)))) throw new Error(`cannot add ${pointer(edit.path)} to the base file`);
  if (edit.kind === 'delete') doc.deleteIn(edit.path);
  else doc.setIn(edit.path, edit.value);
  return doc.toString({ lineWidth: 0 });
}

const counts = {};
function checkEdits(group, kind, dir, fileName) {
  const base = read(path.join(root, group.base));
  // Re-emitting the base must not change its meaning, or every edit would test something else.
  if (!util.isDeepStrictEqual(YAML.parse(YAML.parseDocument(base).toString({ lineWidth: 0 })), YAML.parse(base)))
    fail(`${group.base}: re-emitting it with the yaml package changes its content`);
  const c = (counts[kind] = { bad: 0, good: 0, gap: 0, stricter: 0 });
  let n = 0;
  const each = (list, check) => {
    for (const [label, edit, code] of list || []) {
      let text;
      try {
        text = applyEdit(base, edit);
      } catch (e) {
        fail(`${kind} '${label}': ${e.message}`);
        continue;
      }
      const file = writeFile(path.join(dir, fileName(String(++n).padStart(3, '0'))), text);
      tasks.push(async () => {
        const v = schemaVerdict(kind, text);
        const l = await lint(file);
        const problem = await check(v, l, edit, code, file);
        if (problem) fail(`${kind} '${label}'${code ? ` (${code})` : ''}: ${problem}`, [`file: ${file}`, ...describe(v), ...showLint(l)]);
        else note(`${kind} '${label}'`);
      });
    }
  };
  // bad: both refuse, lint with `code`, the schema for the same reason at the edited place
  each(group.bad, (v, l, edit, code) => {
    c.bad++;
    const problems = [];
    if (l.status !== 1) problems.push(`lint exits ${l.status}, not 1`);
    if (!l.errors.some((d) => d.code === code)) problems.push(`lint reports no ${code} error`);
    const why = refusesLike(v, code, edit.at);
    if (why) problems.push(why);
    return problems.join('; ');
  });
  // good: both accept
  each(group.good, (v, l) => {
    c.good++;
    const problems = [];
    if (!v.ok) problems.push('the schema refuses it');
    if (l.status !== 0) problems.push(`lint exits ${l.status}`);
    return problems.join('; ');
  });
  // gap: only lint refuses it; the schema cannot express the rule
  each(group.gap, (v, l, edit, code) => {
    c.gap++;
    if (!v.ok || l.status !== 1 || !l.errors.some((d) => d.code === code))
      return `expected the schema to accept it and lint to refuse it with ${code}`;
    return '';
  });
  // stricter: the loader reads it, but `hallsim test` fails the plan; the schema refuses it
  each(group.stricter, async (v, l, edit, code, file) => {
    c.stricter++;
    const t = await run(['test', file]);
    if (v.ok || !v.errors.some((e) => e.keyword === 'enum') || l.status !== 0 || t.status !== 1)
      return `expected the schema to refuse it (enum), lint to accept it and hallsim test to fail (exit ${t.status})`;
    return '';
  });
}

// Scenario edits sit beside a copy of the rubrics their base uses; rubric edits in a folder named
// rubrics (which is how lint tells them apart); test plans beside a copy of their scenario.
const scenarioDir = path.join(tmp, 'scenario');
copyYaml(path.join(root, 'tests', 'data', 'rubrics'), path.join(scenarioDir, 'rubrics'));
checkEdits(variants.scenario, 'scenario', scenarioDir, (n) => `edit-${n}.yaml`);
checkEdits(variants.rubric, 'rubric', path.join(tmp, 'rubric', 'rubrics'), (n) => `edit-${n}.yaml`);
const planDir = path.join(tmp, 'plan');
copyYaml(path.join(root, 'tests', 'data', 'rubrics'), path.join(planDir, 'rubrics'));
fs.copyFileSync(path.join(root, 'tests', 'data', 'features.yaml'), path.join(planDir, 'features.yaml'));
checkEdits(variants.plan, 'test-plan', planDir, (n) => `edit-${n}.test.yaml`);

// [SECTION] Run the queued checks, then sum up

(async () => {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]();
  };
  await Promise.all(Array.from({ length: Math.max(4, 2 * os.cpus().length) }, worker));

  const sum = (k) => Object.values(counts).reduce((n, c) => n + c[k], 0);
  console.log(`schemas: ${Object.keys(KINDS).length}, ${helpKeys} keys checked for English and Chinese help`);
  console.log(`modelines checked: ${shipped.length} shipped files`);
  console.log(`valid files checked: ${validCount} (shipped ${shipped.length}, tests/data ${testData.length}, complete doc examples ${docExamples})`);
  console.log(`docs/diagnostics.md examples checked: ${Object.entries(docCount).map(([k, n]) => `${n} ${k}`).join(', ')}`);
  for (const [kind, c] of Object.entries(counts))
    console.log(`${kind} edits checked: ${c.bad} bad (both refuse), ${c.good} good (both accept), ${c.gap} only lint can refuse` +
      (c.stricter ? `, ${c.stricter} the schema refuses and hallsim test fails` : ''));
  console.log(`edits in all: ${sum('bad') + sum('good') + sum('gap') + sum('stricter')}`);
  if (failures) {
    console.log(`${failures} check(s) failed`);
    process.exit(1);
  }
  console.log('the schemas and hallsim lint agree');
})();
