// yarn-bound (Yarn Spinner 2 dialogue on bondage.js), a peer for HallSim's benchmarks.
//   node yarn.js load FILE.yarn         read + new YarnBound({dialogue}) up to the first line.
//                                       bondage splits the file into nodes here and parses each
//                                       node's body only when the dialogue enters it, every time.
//   node yarn.js parse FILE.yarn        load, then parse every node's body once: the work a
//                                       checker of the whole file does (HallSim validates all)
//   node yarn.js run FILE.yarn [SECONDS] [SEED]
//                                       random playthroughs: jump to Start, advance() through
//                                       lines, advance(i) with a random available option
'use strict';
const fs = require('fs');
const { performance } = require('perf_hooks');
const YarnBound = require('yarn-bound');

function load(file) {
  const src = fs.readFileSync(file, 'utf8');
  return new YarnBound({ dialogue: src, startAt: 'Start' });
}

function rng(seed) {  // mulberry32, as in ink.js
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
  const yb = load(file);
  const rnd = rng(seed);
  let plays = 0, steps = 0, chars = 0, elapsed = 0;
  const t = performance.now();
  do {
    for (let batch = 0; batch < 16; ++batch) {
      yb.history = [];
      yb.jump('Start');
      for (;;) {
        const r = yb.currentResult;
        if (r instanceof YarnBound.OptionsResult) {
          const open = [];
          r.options.forEach((o, i) => { if (o.isAvailable) open.push(i); });
          if (open.length === 0) break;
          yb.advance(open[rnd(open.length)]);
          ++steps;
        } else {
          if (r.text) chars += r.text.length;
          if (r.isDialogueEnd) break;
          yb.advance();
        }
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
if ((cmd === 'load' || cmd === 'parse') && file) {
  const base = process.memoryUsage().rss;
  const t = performance.now();
  const yb = load(file);
  if (cmd === 'parse') for (const title of Object.keys(yb.runner.yarnNodes)) yb.runner.getParserNodes(title);
  const ms = performance.now() - t;
  if (!yb.currentResult) process.exit(1);
  console.log(`yarn_${cmd}_ms ${ms.toFixed(3)} ms`);
  console.log(`peak_rss ${process.resourceUsage().maxRSS * 1024 - base} B`);
} else if (cmd === 'run' && file) run(file, a ? Number(a) : 2, b ? Number(b) : 1);
else {
  console.error('usage: node yarn.js load FILE.yarn | parse FILE.yarn | run FILE.yarn [SECONDS] [SEED]');
  process.exit(2);
}
