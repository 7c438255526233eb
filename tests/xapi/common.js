// Shared by the Node checks: running hallsim, making transcripts, counting results.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [hallsim, root] = process.argv.slice(2);
const scenario = path.join(root, 'tests/data/features.yaml');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'hallsim-xapi-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));

// Runs hallsim; returns {status, stdout, stderr}.
function run(args, env = {}) {
  const r = spawnSync(hallsim, args, { encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.error) throw r.error;
  return r;
}

// Plays features.yaml with these replies and returns the transcript's path.
const plays = {
  best: ['--choices', '2,1', '--say', '抱歉让您久等，前面还有两位，大约五分钟，我理解您的心情', '--response-s', '5'],
  failing: ['--choices', '1'],
  unfinished: ['--choices', '2'],
  late: ['--choices', '3,2', '--say', '我查一下', '--say', '大约十分钟，我会回来告诉您', '--response-s', '25'],
};
function transcript(name, play, trainee = '张三') {
  const file = path.join(work, `${name}.json`);
  const r = run(['run', scenario, ...plays[play], '--trainee', trainee, '--transcript', file]);
  if (!fs.existsSync(file)) throw new Error(`hallsim run wrote no transcript:\n${r.stderr}`);
  return file;
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

// Counts checks and prints the closing line CTest and CI read.
const tally = { passed: 0, failed: 0 };
function check(ok, what, detail = '') {
  if (ok) tally.passed += 1;
  else {
    tally.failed += 1;
    console.log(`FAIL: ${what}${detail ? `\n  ${String(detail).replace(/\n/g, '\n  ')}` : ''}`);
  }
  return ok;
}
function finish() {
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exit(tally.failed ? 1 : 0);
}

module.exports = { hallsim, root, scenario, work, run, transcript, readJson, check, finish };
