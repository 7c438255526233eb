// inkjs, the peer for HallSim's benchmarks (bench/run-bench runs it; see docs/benchmarks.md).
//   node ink.js compile FILE.ink        source to ready: read + compile into a runtime Story
//   node ink.js json FILE.ink OUT.json  compiles once and writes the story's JSON
//   node ink.js load FILE.json          read + new Story(json): how shipped ink games load
//   node ink.js run FILE.json [SECONDS] [SEED]
//                                       random playthroughs: Continue() every line, pick a
//                                       random choice with ChooseChoiceIndex, ResetState per play
// Each prints `name value unit` lines, as bench_hallsim does.
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');
const { Compiler } = require('inkjs/compiler/Compiler');
const { Story } = require('inkjs');

function memory(baseRss) {
  const peak = process.resourceUsage().maxRSS * 1024;  // kB -> B
  console.log(`peak_rss ${peak - baseRss} B`);
}

function compile(file) {
  const base = process.memoryUsage().rss;
  const t = performance.now();
  const src = fs.readFileSync(file, 'utf8');
  const compiler = new Compiler(src);
  const story = compiler.Compile();
  const ms = performance.now() - t;
  if (!story || compiler.errors.length) {
    console.error(`ink.js: ${file}: ${compiler.errors.slice(0, 3).join('; ')}`);
    process.exit(1);
  }
  console.log(`ink_compile_ms ${ms.toFixed(3)} ms`);
  memory(base);
  return story;
}

// mulberry32: a small seeded PRNG; its cost is negligible next to a step.
function rng(seed) {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6D2B79F5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) % n);
  };
}

function run(file, seconds, seed) {
  const story = new Story(fs.readFileSync(file, 'utf8'));
  const rnd = rng(seed);
  let plays = 0, steps = 0, chars = 0, elapsed = 0;
  const t = performance.now();
  do {
    for (let batch = 0; batch < 64; ++batch) {
      story.ResetState();
      for (;;) {
        while (story.canContinue) chars += story.Continue().length;
        const n = story.currentChoices.length;
        if (n === 0) break;
        story.ChooseChoiceIndex(rnd(n));
        ++steps;
      }
      ++plays;
    }
    elapsed = (performance.now() - t) / 1000;
  } while (elapsed < seconds);
  console.log(`plays ${plays} count\nsteps ${steps} count\nseconds ${elapsed.toFixed(3)} s`);
  console.log(`plays_per_s ${(plays / elapsed).toFixed(1)} 1/s\nsteps_per_s ${(steps / elapsed).toFixed(1)} 1/s`);
  if (chars < 0) console.log(chars);
}

const [cmd, file, a, b] = process.argv.slice(2);
if (cmd === 'compile' && file) compile(file);
else if (cmd === 'json' && file && a) fs.writeFileSync(a, compile(file).ToJson());
else if (cmd === 'load' && file) {
  const base = process.memoryUsage().rss;
  const t = performance.now();
  const story = new Story(fs.readFileSync(file, 'utf8'));
  const ms = performance.now() - t;
  if (!story.canContinue) process.exit(1);
  console.log(`ink_load_json_ms ${ms.toFixed(3)} ms`);
  memory(base);
} else if (cmd === 'run' && file) run(file, a ? Number(a) : 2, b ? Number(b) : 1);
else {
  console.error('usage: node ink.js compile FILE.ink | json FILE.ink OUT.json | load FILE.json | run FILE.json [SECONDS] [SEED]');
  process.exit(2);
}
