// Every statement HallSim makes, checked by the xapi-validation package (xAPI 1.0.3): passed,
// failed, unfinished and late attempts, and text chosen to break naive JSON or IRIs.
'use strict';
const path = require('path');
const validate = require('xapi-validation').default;
const { scenario, work, run, transcript, readJson, check, finish } = require('./common');

// The validator itself must catch a broken statement, or an empty warning list proves nothing.
check(validate({ id: 'not-a-uuid', actor: {}, verb: {}, object: {} }).length > 0, 'xapi-validation flags a broken statement');

const attempts = {
  passed: transcript('passed', 'best'),
  failed: transcript('failed', 'failing'),
  unfinished: transcript('unfinished', 'unfinished'),
  late: transcript('late', 'late'),
  hostile: transcript('hostile', 'best', '"><script>x</script> \u2028 ]]> [a](javascript:x) =1+1'),
  anonymous: transcript('anonymous', 'failing', ''),
};
const verbsFor = {
  passed: ['attempted', 'answered', 'answered', 'answered', 'completed', 'passed'],
  failed: ['attempted', 'answered', 'completed', 'failed'],
  unfinished: ['attempted', 'answered'],
};

let statements = 0;
for (const [name, file] of Object.entries(attempts)) {
  const out = path.join(work, `${name}.statements.json`);
  const homePage = name === 'anonymous' ? ['--home-page', 'https://training.example.gov.cn/'] : [];
  const r = run(['xapi', file, '--scenario', scenario, '-o', out, ...homePage]);
  if (!check(r.status === 0, `hallsim xapi ${name} exits 0`, r.stderr)) continue;
  const list = readJson(out);
  if (verbsFor[name]) {
    const verbs = list.map((s) => s.verb.id.replace('http://adlnet.gov/expapi/verbs/', ''));
    check(JSON.stringify(verbs) === JSON.stringify(verbsFor[name]), `${name}: verbs in order`, verbs.join(', '));
  }
  for (const [i, s] of list.entries()) {
    statements += 1;
    const warnings = validate(s);
    check(warnings.length === 0, `${name} statement ${i + 1} (${s.verb.id}) is valid xAPI`,
      warnings.map((w) => `${w.path.join('.')}: ${w.name}`).join('\n'));
  }
}
check(statements >= 19, `statements were checked (${statements})`);
finish();
