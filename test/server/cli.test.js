// The `lede` command, spawned as a user runs it (node bin/lede.js), against the npm build.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const SEED = 'demo/data/seed-story.json';

function lede(args, input) {
  const run = spawnSync(process.execPath, ['bin/lede.js', ...args], { input, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('lede render', () => {
  it('renders a file as the element, in the language asked for', () => {
    const { status, stdout, stderr } = lede([
      'render',
      SEED,
      '--element',
      'lede-article',
      '--lang',
      'ur',
    ]);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.match(
      stdout,
      /^<lede-article lang="ur" dir="rtl" lede-ssr="ur ur"><template shadowroot="open"/,
    );
    assert.match(stdout, /<script type="application\/json">/);
  });

  it('reads standard input and writes a whole page with --page', () => {
    const { status, stdout } = lede(
      ['render', '-', '--element', 'lede-article-card', '--page', '--assets', '/cdn/'],
      readFileSync(SEED, 'utf8'),
    );
    assert.equal(status, 0);
    assert.match(stdout, /^<!doctype html>\n<html lang="en" dir="ltr">/);
    assert.match(stdout, /<title>More than 6,000 Pakistani vendors/);
    assert.match(stdout, /<link rel="stylesheet" href="\/cdn\/lede\.css">/);
    assert.match(stdout, /<body>\n<lede-article-card /);
  });

  it('exits with 1 and lists the problems of an invalid story, writing no HTML', () => {
    const { status, stdout, stderr } = lede(['render', '-'], JSON.stringify({ body: [] }));
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /lede: the story cannot be rendered:\n {2}headline: /);
  });

  it('exits with 1 for input that is not JSON, and 2 for a wrong command line', () => {
    assert.equal(lede(['render', '-'], 'not json').status, 1);
    const wrong = lede(['render', SEED, '--element', 'lede-nothing']);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /--element must be one of lede-article/);
    assert.equal(lede(['draw', SEED]).status, 2);
  });
});
