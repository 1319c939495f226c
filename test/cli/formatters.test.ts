import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lint } from '../../server/core';
import { FORMATTERS, type RunResult } from '../../server/cli/formatters';

// In-process checks of the formatters on edge cases the examples do not have.
const text = JSON.stringify({ protocol: 'tcp/22', dns: { type: 'CNAME', name: 'ssh.example.com' } }, null, 2);
const findings = lint(text).findings.filter((f) => f.id === '11000');

function run(display: string, message: string): RunResult {
  return { cwd: '/w', files: [{ path: '/w/' + display, display, findings: findings.map((f) => ({ ...f, message })), suppressed: [] }] };
}

test('github escapes %, CR and LF in messages, and : and , in properties', () => {
  const out = FORMATTERS.github(run('dir,with:odd/app.json', '100% wrong\r\nsecond line'), { color: false });
  assert.equal(out.trim().split('\n').length, 1);
  assert.match(out, /^::error file=dir%2Cwith%3Aodd\/app\.json,line=2,col=3,endLine=2,endColumn=13,title=11000::100%25 wrong%0D%0Asecond line$/m);
});

test('sarif: files outside the working folder are file URIs; special characters are encoded', () => {
  const log = JSON.parse(FORMATTERS.sarif({ cwd: '/w', files: [{ ...run('x', 'm').files[0], path: '/elsewhere/a b.json', display: '/elsewhere/a b.json' }] }, { color: false }));
  const loc = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
  assert.equal(loc.uri, 'file:///elsewhere/a%20b.json');
  assert.equal(loc.uriBaseId, undefined);
  const inside = JSON.parse(FORMATTERS.sarif(run('sub dir/a#1.json', 'm'), { color: false }));
  assert.equal(inside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, 'sub%20dir/a%231.json');
});

test('stylish aligns positions and severities, and a run without files says so', () => {
  const out = FORMATTERS.stylish(run('a.json', 'msg'), { color: false });
  assert.match(out, /^a\.json\n  2:3  error  msg  11000\n {14}\S/);
  assert.match(FORMATTERS.stylish({ cwd: '/w', files: [] }, { color: false }), /No problems in 0 files/);
  assert.deepEqual(JSON.parse(FORMATTERS.json({ cwd: '/w', files: [] }, { color: false })), { files: [], summary: { errors: 0, warnings: 0, infos: 0 } });
  assert.equal(FORMATTERS.github({ cwd: '/w', files: [] }, { color: false }), '');
});

test('stylish counts hints as hints, infos as infos, and names infos when there is neither', () => {
  const one = (severity: 'information' | 'hint') => ({ ...findings[0], severity });
  const summary = (sevs: Array<'information' | 'hint'>) => {
    const out = FORMATTERS.stylish({ cwd: '/w', files: [{ path: '/w/a.json', display: 'a.json', findings: [...findings, ...sevs.map(one)], suppressed: [] }] }, { color: false });
    return /\((.*)\) in 1 file/.exec(out)?.[1];
  };
  assert.equal(summary([]), '1 error, 0 warnings, 0 infos');
  assert.equal(summary(['hint']), '1 error, 0 warnings, 1 hint');
  assert.equal(summary(['information', 'hint', 'hint']), '1 error, 0 warnings, 1 info, 2 hints');
  // The JSON summary keeps its documented meaning: infos are information and hints.
  const json = JSON.parse(FORMATTERS.json({ cwd: '/w', files: [{ path: '/w/a.json', display: 'a.json', findings: [one('hint')], suppressed: [] }] }, { color: false }));
  assert.deepEqual(json.summary, { errors: 0, warnings: 0, infos: 1 });
});
