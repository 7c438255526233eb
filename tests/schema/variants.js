// The files check.js feeds to both the JSON Schemas and `hallsim lint`: edits of a valid base file,
// each changing one thing.
//   bad   both must refuse: lint with `code`, the schema with an error at or below the edited place
//   good  both must accept
//   gap   lint refuses with `code`, the schema accepts: what a JSON Schema cannot express
//   stricter (test plans) the schema refuses values the loader reads but that can never hold, so
//         `hallsim test` fails the plan
//
// An edit is one of
//   del(path)               remove a key or list item (the schema reports a missing key at the parent)
//   set(path, value)        set a value (reported at the path)
//   add(path, value)        add a key the format does not have (reported at the parent)
//   text(fn, at)            change the text itself (for what a YAML tree cannot show: quoting, aliases, tabs)
// Paths are lists of keys and list indexes into the base file.

const del = (path) => ({ kind: 'delete', path, at: path.slice(0, -1) });
const set = (path, value) => ({ kind: 'set', path, value, at: path });
const add = (path, value) => ({ kind: 'set', path, value, at: path.slice(0, -1) });
const text = (fn, at = []) => ({ kind: 'text', fn, at });
const replace = (from, to, at) =>
  text((s) => {
    if (!s.includes(from)) throw new Error(`the base file no longer contains ${JSON.stringify(from)}`);
    return s.replace(from, to);
  }, at);

const OPENING = ['nodes', 'opening'];
const CHOICE = [...OPENING, 'choices', 1];  // the accept choice: scores, effects, minutes, step
const COND_CHOICE = [...OPENING, 'choices', 2];  // the choice with `when`
const CHECK = ['nodes', 'check', 'free_text'];
const INLINE = ['nodes', 'check_again', 'free_text', 'rubric'];
const NEXT = ['nodes', 'colleague', 'next'];
const END = ['nodes', 'angrier', 'end'];
const CUE = ['rubrics', 'wait-basics', 0];

// tests/data/features.yaml: a scenario that uses every key of the format.
const scenario = {
  base: 'tests/data/features.yaml',
  bad: [
    // HS0022: a required key is missing, or a list that needs an item is empty
    ['scenario without id', del(['id']), 'HS0022'],
    ['scenario without title', del(['title']), 'HS0022'],
    ['scenario without citizen', del(['citizen']), 'HS0022'],
    ['scenario without start', del(['start']), 'HS0022'],
    ['scenario without nodes', del(['nodes']), 'HS0022'],
    ['citizen without name', del(['citizen', 'name']), 'HS0022'],
    ['choice without reply', del([...CHOICE, 'reply']), 'HS0022'],
    ['choice without to', del([...CHOICE, 'to']), 'HS0022'],
    ['end without outcome', del([...END, 'outcome']), 'HS0022'],
    ['free_text without rubric', del([...CHECK, 'rubric']), 'HS0022'],
    ['free_text without routes', del([...CHECK, 'routes']), 'HS0022'],
    ['route without to', del([...NEXT, 2, 'to']), 'HS0022'],
    ['rating rule without level', del(['rating', 0, 'level']), 'HS0022'],
    ['cue without id', del([...CUE, 'id']), 'HS0022'],
    ['mood without start', del(['mood', 'anger', 'start']), 'HS0022'],
    ['clock without start', del(['clock', 'start']), 'HS0022'],
    ['no nodes at all', set(['nodes'], {}), 'HS0022'],
    ['empty list of next routes', set(NEXT, []), 'HS0022'],
    ['empty list of free_text routes', set([...CHECK, 'routes'], []), 'HS0022'],
    // HS0021: a key the format does not have
    ['unknown top-level key', add(['titel'], 'x'), 'HS0021'],
    ['unknown citizen key', add(['citizen', 'mood'], 'calm'), 'HS0021'],
    ['unknown node key', add(['nodes', 'narrator', 'speeker'], 'narrator'), 'HS0021'],
    ['unknown choice key', add([...CHOICE, 'score'], { empathy: 1 }), 'HS0021'],
    ['unknown free_text key', add([...CHECK, 'rubrics'], 'wait-basics'), 'HS0021'],
    ['unknown route key', add([...NEXT, 0, 'goto'], 'partial'), 'HS0021'],
    ['unknown end key', add([...END, 'result'], 'ok'), 'HS0021'],
    ['unknown cue key', add([...CUE, 'phrases'], ['分钟']), 'HS0021'],
    ['unknown score dimension', add([...CHOICE, 'scores', 'empathie'], 1), 'HS0021'],
    ['unknown weight', add(['scoring', 'weights', 'speed'], 1), 'HS0021'],
    ['unknown scoring key', add(['scoring', 'passmark'], 60), 'HS0021'],
    ['unknown clock key', add(['clock', 'end'], '12:00'), 'HS0021'],
    ['unknown mood key', add(['mood', 'anger', 'initial'], 5), 'HS0021'],
    ['mood label as a list', add(['mood', 'anger', 'label'], ['怒气']), 'HS0023'],
    ['unknown rating rule key', add(['rating', 0, 'rating'], 'satisfied'), 'HS0021'],
    // HS0023: the wrong type
    ['version as a word', set(['version'], 'two'), 'HS0023'],
    ['version in quotes', set(['version'], '2'), 'HS0023'],
    ['difficulty as a word', set(['difficulty'], 'hard'), 'HS0023'],
    ['age as a word', set(['citizen', 'age'], 'old'), 'HS0023'],
    ['age with a fraction', set(['citizen', 'age'], 35.5), 'HS0023'],
    ['tags as a map', set(['tags'], { a: 'b' }), 'HS0023'],
    ['title as a list', set(['title'], ['a', 'b']), 'HS0023'],
    ['title with a language that is no locale', set(['title'], { 'zh-CN': '标题', english: 'Title' }), 'HS0023'],
    ['title cut short by an unquoted comma',
     replace('title: {zh-CN: 功能样例, en: Feature sample}', 'title: {zh-CN: 功能样例, en: Feature, one}', ['title']),
     'HS0023'],
    ['citizen as text', set(['citizen'], '李女士'), 'HS0023'],
    ['mood as a list', set(['mood'], ['anger']), 'HS0023'],
    ['mood start in quotes', set(['mood', 'anger'], '60'), 'HS0023'],
    ['var as a word', set(['vars', 'asked'], 'maybe'), 'HS0023'],
    ['boolean var in quotes', set(['vars', 'has_number'], 'true'), 'HS0023'],
    ['effect as a word', set([...CHOICE, 'effects', 'anger'], 'lots'), 'HS0023'],
    ['effect with nothing', set([...CHOICE, 'effects', 'anger'], null), 'HS0023'],
    ['score as a word', set([...CHOICE, 'scores', 'empathy'], 'high'), 'HS0023'],
    ['nodes as a list', set(['nodes'], ['opening']), 'HS0023'],
    ['choices as a map', set([...OPENING, 'choices'], { a: 'b' }), 'HS0023'],
    ['rating as a map', set(['rating'], { a: 'b' }), 'HS0023'],
    ['clock as text', set(['clock'], '11:20'), 'HS0023'],
    ['reply_time_limit with a unit', set(['reply_time_limit'], '20s'), 'HS0023'],
    ['minutes as a word', set([...CHOICE, 'minutes'], 'ten'), 'HS0023'],
    ['weight as a word', set(['scoring', 'weights', 'empathy'], 'high'), 'HS0023'],
    ['pass as a word', set(['scoring', 'pass'], 'sixty'), 'HS0023'],
    ['any as a map', set([...CUE, 'any'], { a: 'b' }), 'HS0023'],
    ['say as a list', set(['nodes', 'check', 'say'], ['a', 'b']), 'HS0023'],
    ['rubric as a map', set([...CHECK, 'rubric'], { a: 'b' }), 'HS0023'],
    ['free_text as text', set(CHECK, 'x'), 'HS0023'],
    ['end as text', set(END, 'resolved'), 'HS0023'],
    ['when as a list', set([...COND_CHOICE, 'when'], ['asked < 1']), 'HS0023'],
    ['next as a map', set(NEXT, { to: 'partial' }), 'HS0023'],
    ['next routes as plain ids', set(NEXT, ['partial']), 'HS0023'],
    // HS0025: the right type, but out of range or not an allowed word
    ['id with capitals and a space', set(['id'], 'Feature Sample'), 'HS0025'],
    ['id starting with a dash', set(['id'], '-features'), 'HS0025'],
    ['version 0', set(['version'], 0), 'HS0025'],
    ['difficulty 7', set(['difficulty'], 7), 'HS0025'],
    ['difficulty 0', set(['difficulty'], 0), 'HS0025'],
    ['age 131', set(['citizen', 'age'], 131), 'HS0025'],
    ['age -1', set(['citizen', 'age'], -1), 'HS0025'],
    ['disc X', set(['citizen', 'disc'], 'X'), 'HS0025'],
    ['disc DI', set(['citizen', 'disc'], 'DI'), 'HS0025'],
    ['portrait that is no preset and no path', set(['citizen', 'portrait'], 'grumpy'), 'HS0025'],
    ['portrait image above the scenario folder', set(['citizen', 'portrait'], '../faces/li.png'), 'HS0025'],
    ['portrait image at an absolute path', set(['citizen', 'portrait'], '/home/li.png'), 'HS0025'],
    ['portrait image for a mood band out of the folder', add(['citizen', 'portrait_images'], { angry: 'faces/../../li.png' }), 'HS0025'],
    ['portrait image for an unknown mood band', add(['citizen', 'portrait_images'], { grumpy: 'faces/li.png' }), 'HS0021'],
    ['outcome won', set([...END, 'outcome'], 'won'), 'HS0025'],
    ['speaker gaurd (a typo)', set(['nodes', 'narrator', 'speaker'], 'gaurd'), 'HS0025'],
    ['presents as a girl (not a choice)', add(['citizen', 'presents'], 'girl'), 'HS0025'],
    ['rating level happy', set(['rating', 0, 'level'], 'happy'), 'HS0025'],
    ['clock start 25:00', set(['clock', 'start'], '25:00'), 'HS0025'],
    ['clock close 11.20', set(['clock', 'close'], '11.20'), 'HS0025'],
    ['clock close 7:5', set(['clock', 'close'], '7:5'), 'HS0025'],
    ['reply_time_limit 0', set(['reply_time_limit'], 0), 'HS0025'],
    ['time_limit 4000', set([...OPENING, 'time_limit'], 4000), 'HS0025'],
    ['choice minutes -1', set([...CHOICE, 'minutes'], -1), 'HS0025'],
    ['node minutes 2000', set(['nodes', 'check', 'minutes'], 2000), 'HS0025'],
    ['pass 150', set(['scoring', 'pass'], 150), 'HS0025'],
    ['weight -1', set(['scoring', 'weights', 'timeliness'], -1), 'HS0025'],
    ['late_penalty -1', set(['scoring', 'late_penalty'], -1), 'HS0025'],
    ['late_penalty 1001', set(['scoring', 'late_penalty'], 1001), 'HS0025'],
    ['every weight 0', set(['scoring', 'weights'], { empathy: 0, timeliness: 0, solution: 0 }), 'HS0025'],
    ['score 2000', set([...CHOICE, 'scores', 'empathy'], 2000), 'HS0025'],
    ['score "+1001" in quotes', set([...CHOICE, 'scores', 'empathy'], '+1001'), 'HS0025'],
    ['effect 200000', set([...CHOICE, 'effects', 'anger'], 200000), 'HS0025'],
    ['mood shorthand 150 (over the default max 100)', set(['mood', 'anger'], 150), 'HS0025'],
    ['mood start 150 over the default max', set(['mood', 'anger'], { start: 150, min: 0 }), 'HS0025'],
    ['mood start -5 under the default min', set(['mood', 'anger'], { start: -5, max: 100 }), 'HS0025'],
    ['mood max beyond a million', set(['mood', 'anger', 'max'], 2000000), 'HS0025'],
    ['var beyond a million', set(['vars', 'asked'], 2000000), 'HS0025'],
    ['var named like a built-in', add(['vars', 'turn'], 0), 'HS0025'],
    ['mood variable with a dash', add(['mood', 'bad-name'], { start: 1 }), 'HS0025'],
    // HS0031: exactly one of choices, free_text, next, end
    ['node with next and end', add(['nodes', 'narrator', 'end'], { outcome: 'resolved' }), 'HS0031'],
    ['node with nothing after the line', del(['nodes', 'narrator', 'next']), 'HS0031'],
    // HS0036, HS0037, HS0038
    ['step calm', set([...CHOICE, 'step'], 'calm'), 'HS0036'],
    ['step Accept (capital)', set([...CHOICE, 'step'], 'Accept'), 'HS0036'],
    ['empty list of choices', set([...OPENING, 'choices'], []), 'HS0037'],
    ['cue without phrases', del([...CUE, 'any']), 'HS0038'],
    ['cue with an empty any', set([...CUE, 'any'], []), 'HS0038'],
    ['phrase made of punctuation', set([...CUE, 'any'], ['分钟', '！？']), 'HS0038'],
    ['phrase made of spaces', set([...INLINE, 1, 'all'], ['回来', '   ']), 'HS0038'],
    // YAML-level problems: the YAML reader (and so the editor) refuses them
    ['duplicate key', replace('difficulty: 2\n', 'difficulty: 2\ndifficulty: 3\n'), 'HS0024'],
    ['YAML syntax error', replace('title: {zh-CN', 'title: 时间: 11:40 {zh-CN'), 'HS0001'],
    ['tab indentation', replace('  partial:\n    say:', '  partial:\n\tsay:'), 'HS0003'],
    ['two documents', text((s) => s + '---\nid: second\n'), 'HS0009'],
    // HS0020: the top level is not a map
    ['top level a list', text(() => '- id: features\n- title: T\n'), 'HS0020'],
    ['empty file', text(() => ''), 'HS0020'],
  ],
  good: [
    ['the base file, re-emitted', set(['id'], 'features')],
    ['step in Chinese', set([...CHOICE, 'step'], '安抚民众')],
    ['step in short Chinese', set([...CHOICE, 'step'], '安抚')],
    ['when: true (a YAML boolean)', set(['nodes', 'propose', 'choices', 1, 'when'], true)],
    ['mood shorthand', set(['mood', 'trust'], 30)],
    ['mood start only, range by default', set(['mood', 'trust'], { start: 30 })],
    ['mood start 150 with a max of 200', set(['mood', 'anger'], { start: 150, max: 200 })],
    ['mood values in quotes', set(['mood', 'anger'], { start: '+60', min: '0', max: '100' })],
    ['mood with its own label', set(['mood', 'trust'], { start: 30, label: { 'zh-CN': '信任感', en: 'sense of trust' } })],
    ['mood label as plain text', set(['mood', 'trust'], { start: 30, label: '信任感' })],
    ['portrait image path (a warning only if missing)', set(['citizen', 'portrait'], 'faces/li.png')],
    ['portrait preset anxious', set(['citizen', 'portrait'], 'anxious')],
    ['portrait preset young', set(['citizen', 'portrait'], 'young')],
    ['citizen presents as a woman', add(['citizen', 'presents'], 'woman')],
    ['citizen presents as a man', add(['citizen', 'presents'], 'man')],
    ['speaker guard', set(['nodes', 'narrator', 'speaker'], 'guard')],
    ['speaker phone', set(['nodes', 'colleague', 'speaker'], 'phone')],
    ['portrait images by mood band (warnings only if missing)', add(['citizen', 'portrait_images'], { calm: 'faces/a.png', angry: 'faces/b.png' })],
    ['a number among the phrases', set([...CUE, 'any'], ['分钟', 12345])],
    ['a single phrase without a list', set([...CUE, 'any'], '分钟')],
    ['all without any', set([...INLINE, 0], { id: 'minutes', all: ['分钟'], scores: { solution: 1 } })],
    ['effect in quotes', set([...CHOICE, 'effects', 'anger'], '-15')],
    ['effect written +15', replace('effects: {anger: -15, trust: +10}', 'effects: {anger: +15, trust: +10}')],
    ['score in quotes with a plus', set([...CHOICE, 'scores', 'empathy'], '+2')],
    ['score at the limit', set([...CHOICE, 'scores', 'empathy'], 1000)],
    ['var in quotes', set(['vars', 'asked'], '+0')],
    ['var True (capital)', replace('has_number: true', 'has_number: True')],
    ['a single tag without a list', set(['tags'], 'wait')],
    ['plain text instead of a language map (warns: no en)', set(['summary'], '覆盖格式的每一个键')],
    ['a number as text', set(['nodes', 'narrator', 'say'], 12345)],
    ['a third locale (warns: missing translations)', set(['title'], { 'zh-CN': '功能样例', en: 'Feature sample', 'zh-Hant': '功能樣例' })],
    ['next as one id', set(NEXT, 'partial')],
    ['one rubric by name', set([...CHECK, 'rubric'], 'wait-basics')],
    ['a list of one rubric name', set([...CHECK, 'rubric'], ['wait-basics'])],
    ['clock 9:05', set(['clock'], { start: '9:05', close: '23:59' })],
    ['a fractional weight', set(['scoring', 'weights', 'empathy'], 1.5)],
    ['two weights 0, the third by default', set(['scoring', 'weights'], { empathy: 0, timeliness: 0 })],
    ['a fractional pass mark', set(['scoring', 'pass'], 72.5)],
    ['an id of digits', set(['id'], 2024)],
    ['language en', set(['language'], 'en')],
    ['a rating rule without when', set(['rating', 1], { level: 'basic' })],
    ['version, difficulty, age and disc at their limits', text((s) =>
      s.replace('version: 3', 'version: 1000000').replace('difficulty: 2', 'difficulty: 5')
        .replace('age: 35, disc: I', 'age: 130, disc: C'))],
  ],
  gap: [
    // Names that must exist elsewhere in the file (or beside it)
    ['choice to a node that does not exist', set([...CHOICE, 'to'], 'chekc'), 'HS0030'],
    ['start at a node that does not exist', set(['start'], 'nowhere'), 'HS0030'],
    ['an unknown rubric', set([...CHECK, 'rubric'], ['wait-basics', 'no-such-rubric']), 'HS0032'],
    ['a route testing an unknown cue', set([...CHECK, 'routes', 1, 'when'], 'cue.deflect'), 'HS0033'],
    ['an effect on an undeclared variable', add([...CHOICE, 'effects', 'angry'], -5), 'HS0034'],
    ['a number effect on a true/false var', add([...CHOICE, 'effects', 'has_number'], 1), 'HS0035'],
    ['a cue id used twice in a rubric', set(['rubrics', 'wait-basics', 1, 'id'], 'concrete_time'), 'HS0026'],
    ['a variable in both mood and vars', add(['vars', 'anger'], 0), 'HS0026'],
    // Conditions: a small language of its own
    ['a condition with a syntax error', set([...COND_CHOICE, 'when'], 'asked <'), 'HS0040'],
    ['a condition with an unknown name', set([...COND_CHOICE, 'when'], 'askd < 1'), 'HS0041'],
    ['a condition with a type error', set([...COND_CHOICE, 'when'], 'has_number > 1'), 'HS0042'],
    ['a cue tested outside free-text routes', set([...COND_CHOICE, 'when'], 'cue.deflection'), 'HS0043'],
    // Comparisons between values
    ['mood start above its own max', set(['mood', 'anger'], { start: 50, min: 0, max: 40 }), 'HS0025'],
    // How a number is written: YAML reads these as whole numbers, the loader wants plain digits
    ['difficulty written +2', replace('difficulty: 2', 'difficulty: +2'), 'HS0023'],
    ['difficulty written 2.0', replace('difficulty: 2', 'difficulty: 2.0'), 'HS0023'],
    ['age written in hex', replace('age: 35', 'age: 0x23'), 'HS0023'],
    // YAML features the loader refuses but a YAML reader (and the editor) resolves
    ['an alias', text((s) => s.replace('title: {', 'title: &t {').replace(/^summary: .*$/m, 'summary: *t')), 'HS0007'],
  ],
};

const RUBRIC = ['shared-empathy', 0];

// tests/data/rubrics/shared.yaml: a shared rubric file.
const rubric = {
  base: 'tests/data/rubrics/shared.yaml',
  bad: [
    ['cue without id', del([...RUBRIC, 'id']), 'HS0022'],
    ['unknown cue key', add([...RUBRIC, 'phrase'], 'x'), 'HS0021'],
    ['unknown score dimension', add([...RUBRIC, 'scores', 'warmth'], 1), 'HS0021'],
    ['rubric as a map', set(['shared-empathy'], { id: 'x' }), 'HS0023'],
    ['cue as text', set(RUBRIC, 'apology'), 'HS0023'],
    ['effect as a word', set([...RUBRIC, 'effects', 'anger'], 'less'), 'HS0023'],
    ['label with a language that is no locale', set([...RUBRIC, 'label'], { 'zh-CN': '致歉', english: 'Apology' }), 'HS0023'],
    ['score 5000', set([...RUBRIC, 'scores', 'empathy'], 5000), 'HS0025'],
    ['cue without phrases', del([...RUBRIC, 'any']), 'HS0038'],
    ['phrase made of punctuation', set([...RUBRIC, 'any'], ['。。。']), 'HS0038'],
    ['top level a list', text(() => '- id: apology\n  any: [抱歉]\n'), 'HS0020'],
    ['duplicate rubric name', text((s) => s + 'shared-empathy: []\n'), 'HS0024'],
  ],
  good: [
    ['the base file, re-emitted', set([...RUBRIC, 'id'], 'apology')],
    ['an effect on any variable name', add([...RUBRIC, 'effects', 'anxiety'], -5)],
    ['all without any', set(RUBRIC, { id: 'apology', all: ['抱歉'] })],
    ['an empty rubric', add(['spare'], [])],
  ],
  gap: [
    ['a cue id used twice', set(['shared-empathy', 1, 'id'], 'apology'), 'HS0026'],
  ],
};

const PLAY = ['plays', 0];
const EXPECT = [...PLAY, 'expect'];

// tests/data/features.test.yaml: a test plan.
const plan = {
  base: 'tests/data/features.test.yaml',
  bad: [
    ['plan without scenario', del(['scenario']), 'HS0022'],
    ['plan without plays', del(['plays']), 'HS0022'],
    ['play without replies', del([...PLAY, 'replies']), 'HS0022'],
    ['unknown plan key', add(['plan'], 'x'), 'HS0021'],
    ['unknown play key', add([...PLAY, 'respones_s'], 5), 'HS0021'],
    ['unknown expect key', add([...EXPECT, 'score'], { empathy: 100 }), 'HS0021'],
    ['unknown percentage', add([...EXPECT, 'scores', 'total'], 100), 'HS0021'],
    ['overall is no raw total', add([...EXPECT, 'raw', 'overall'], 10), 'HS0021'],
    ['unknown steps key', add([...EXPECT, 'steps', 'skipped'], []), 'HS0021'],
    ['plays as a map', set(['plays'], { name: 'x' }), 'HS0023'],
    ['replies as one number', set([...PLAY, 'replies'], 1), 'HS0023'],
    ['a reply as a map', set([...PLAY, 'replies', 0], { choice: 2 }), 'HS0023'],
    ['response_s as a word', set([...PLAY, 'response_s'], 'fast'), 'HS0023'],
    ['a comparison in words', set([...EXPECT, 'scores', 'empathy'], 'about 90'), 'HS0023'],
    ['a comparison without a number', set([...EXPECT, 'scores', 'empathy'], '>='), 'HS0023'],
    ['a comparison as true', set([...EXPECT, 'scores', 'empathy'], true), 'HS0023'],
    ['passed as yes', set([...EXPECT, 'passed'], 'yes'), 'HS0023'],
    ['steps as a list', set([...EXPECT, 'steps'], ['accept']), 'HS0023'],
    ['a mood expectation as true', set(['plays', 2, 'expect', 'mood', 'asked'], true), 'HS0023'],
    ['reply number 0', set([...PLAY, 'replies', 0], 0), 'HS0025'],
    ['reply number 1001', set([...PLAY, 'replies', 0], 1001), 'HS0025'],
  ],
  good: [
    ['the base file, re-emitted', set([...PLAY, 'name'], 'best path')],
    ['a bare number as a comparison', set([...EXPECT, 'scores', 'empathy'], 100)],
    ['a comparison in quotes without a space', set([...EXPECT, 'raw', 'empathy'], '>=5')],
    ['steps in Chinese', set([...EXPECT, 'steps', 'performed'], ['受理投诉', '提出建议'])],
    ['a fractional response time', set([...PLAY, 'response_s'], 5.5)],
    ['a single name without a list', set([...EXPECT, 'visits'], 'check')],
  ],
  gap: [
    ['a scenario file that does not exist', set(['scenario'], 'nothere.yaml'), 'HS0010'],
    ['a reply written +2', replace('replies: [2,', 'replies: [+2,'), 'HS0025'],
  ],
  // Read by the loader, but can never hold: `hallsim test` fails the play. The schema refuses them.
  stricter: [
    ['rating great', set([...EXPECT, 'rating'], 'great')],
    ['outcome won', set(['plays', 1, 'expect', 'outcome'], 'won')],
    ['an unknown step', set([...EXPECT, 'steps', 'performed'], ['accept', 'calm'])],
  ],
};

module.exports = { scenario, rubric, plan };
