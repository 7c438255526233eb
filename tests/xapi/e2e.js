// End to end against a real Learning Record Store: Learning Locker's statements service from npm
// (in-memory repos) on 127.0.0.1. An attempt sent while the LRS is down waits in the queue and is
// delivered later; a sent attempt reads back; a re-send adds nothing; a statement that differs
// under a kept id is set aside.
'use strict';
const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const { scenario, work, run, transcript, readJson, check, finish } = require('./common');

const auth = 'hallsim:test-only';
const env = { HALLSIM_LRS_AUTH: auth, XDG_CONFIG_HOME: path.join(work, 'config'), XDG_DATA_HOME: path.join(work, 'data') };
// The whole check stops by itself, whatever happens.
setTimeout(() => { console.log('FAIL: timed out'); process.exit(1); }, 240000).unref();

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on('error', reject);
  });
}

function get(url) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, {
      headers: { 'X-Experience-API-Version': '1.0.3', Authorization: `Basic ${Buffer.from(auth).toString('base64')}` },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', reject);
    req.setTimeout(10000, () => req.destroy(new Error('no answer in 10 s')));
  });
}

async function startLrs(port) {
  // It keeps access logs and attachments under ./storage: run it in the scratch folder.
  const child = spawn(process.execPath, [path.join(__dirname, 'lrs-launcher.js')], {
    cwd: work,
    env: { ...process.env, EXPRESS_PORT: String(port), MODELS_REPO: 'memory', STORAGE_REPO: 'memory', AUTH_REPO: 'test', EVENTS_REPO: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => { log += d; });
  child.stderr.on('data', (d) => { log += d; });
  process.on('exit', () => child.kill('SIGKILL'));
  const deadline = Date.now() + 60000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the LRS stopped:\n${log}`);
    try {
      if ((await get(`http://127.0.0.1:${port}/xAPI/about`)).status === 200) return { child, log: () => log };
    } catch (e) { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the LRS did not start in 60 s:\n${log}`);
}

function idsOf(file) {
  const ids = readJson(`${file}.xapi.json`);
  return [ids.attempted, ...ids.answered, ids.completed, ids.result];
}

function queued(dir) {
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

// Statements the LRS holds, all of them or one attempt's.
async function stored(endpoint, registration = '') {
  const r = await get(`${endpoint}statements?limit=1000${registration ? `&registration=${registration}` : ''}`);
  const page = JSON.parse(r.body);
  check(page.more === '', 'one page holds every statement asked for');
  return page.statements;
}

async function main() {
  const port = await freePort();
  const endpoint = `http://127.0.0.1:${port}/xAPI/`;
  const send = (file, ...more) => run(['xapi', file, '--scenario', scenario, '--lrs', endpoint, ...more], env);
  const early = transcript('early', 'failing');
  const flushed = transcript('flushed', 'late');
  const attempt = transcript('attempt', 'best');
  const queue = path.join(work, 'data/hallsim/xapi-queue');
  const otherQueue = path.join(work, 'other-queue');

  // The LRS is down: both attempts wait, each in its queue.
  let r = send(early);
  check(r.status === 2, 'a send while the LRS is down exits 2', r.stderr);
  check(/did not answer/.test(r.stderr) && /hallsim xapi --flush/.test(r.stderr), 'the user is told it waits and how to retry', r.stderr);
  check(queued(queue).length === 1, 'the attempt is queued');
  r = send(flushed, '--queue-dir', otherQueue);
  check(r.status === 2 && queued(otherQueue).length === 1, 'a second attempt waits in another queue', r.stderr);

  const lrs = await startLrs(port);
  check(/LRS listening on \{"address":"127\.0\.0\.1"/.test(lrs.log()), 'the LRS listens on 127.0.0.1 only', lrs.log());

  // A later send delivers its attempt and the queued one.
  r = send(attempt);
  check(r.status === 0, 'the send exits 0', r.stderr);
  check(/delivered 10 statements \(2 attempts\)/.test(r.stderr), 'the queued attempt went with it', r.stderr);
  check(queued(queue).length === 0, 'the queue is empty');
  for (const [file, count] of [[attempt, 6], [early, 4]]) {
    const ids = idsOf(file).slice(0, count);
    for (const id of ids) {
      const back = await get(`${endpoint}statements?statementId=${id}`);
      check(back.status === 200, `statement ${id} of ${path.basename(file)} reads back`, back.body);
      if (back.status === 200) check(JSON.parse(back.body).id === id, 'it is the statement asked for');
    }
  }
  const sent = readJson(`${attempt}.xapi.json`);
  const result = JSON.parse((await get(`${endpoint}statements?statementId=${sent.result}`)).body);
  check(result.verb.id === 'http://adlnet.gov/expapi/verbs/passed', 'the result statement says passed', result.verb.id);
  check(result.result && result.result.score.scaled === 1 && result.result.success === true, 'score and success arrive', JSON.stringify(result.result));
  check(result.actor.account.name === '张三', 'the trainee arrives in UTF-8', JSON.stringify(result.actor));

  // --flush delivers the other queue.
  r = run(['xapi', '--flush', '--queue-dir', otherQueue], env);
  check(r.status === 0 && queued(otherQueue).length === 0, 'xapi --flush delivers what waited', r.stderr);
  const flushedIds = readJson(`${flushed}.xapi.json`);
  const flushedBack = await stored(endpoint, flushedIds.registration);
  check(flushedBack.length === flushedIds.answered.length + 3, 'the flushed attempt is all there', flushedBack.length);

  // A re-send uses the same ids: nothing is added.
  const before = (await stored(endpoint)).length;
  check(before === 17, 'the LRS holds the three attempts', before);
  r = send(attempt);
  check(r.status === 0, 're-sending exits 0', r.stderr);
  check(JSON.stringify(readJson(`${attempt}.xapi.json`)) === JSON.stringify(sent), 'the kept ids did not change');
  check((await stored(endpoint)).length === before, 'a re-send adds no statement');

  // The same ids with other content (another home page) are refused by the LRS and set aside.
  r = send(attempt, '--home-page', 'https://elsewhere.example.org/');
  check(r.status === 1, 'a conflicting re-send exits 1', r.stderr);
  check(/holds a different statement with id/.test(r.stderr), 'the conflict is explained', r.stderr);
  check(fs.existsSync(path.join(queue, 'rejected', `${sent.registration}.json`)), 'the batch is kept in rejected/');
  check(queued(queue).length === 0, 'a rejected batch is not retried forever');
  finish();
}

main().catch((e) => { console.log(`FAIL: ${e.stack || e}`); process.exit(1); });
