'use strict';
// Tokenizes .toc text with the engine VS Code uses (vscode-textmate + Oniguruma)
// and checks the scopes the grammar gives: on snippets with known answers, and on
// every example, against a small independent reading of the same lines.
//
// usage: node test/grammar.test.js [--vocabulary words.json] [--grammar file] [FILE.toc ...]
// Without --vocabulary the words are asked from scripts/gen_tmlanguage.py (python3).

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const vsctm = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

const ROOT = path.resolve(__dirname, '..', '..', '..');

function parseArguments(argv) {
  const options = { vocabulary: null, grammar: path.join(ROOT, 'grammar', 'toc.tmLanguage.json'), files: [] };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--vocabulary') options.vocabulary = argv[++i];
    else if (argv[i] === '--grammar') options.grammar = argv[++i];
    else options.files.push(argv[i]);
  }
  if (options.files.length === 0) {
    const examples = path.join(ROOT, 'examples');
    options.files = fs.readdirSync(examples).filter((f) => f.endsWith('.toc')).sort()
      .map((f) => path.join(examples, f));
  }
  return options;
}

const options = parseArguments(process.argv.slice(2));
const vocabulary = JSON.parse(options.vocabulary
  ? fs.readFileSync(options.vocabulary, 'utf8')
  : execFileSync('python3', [path.join(ROOT, 'scripts', 'gen_tmlanguage.py'), '--vocabulary'], { encoding: 'utf8' }));

async function loadGrammar(grammarPath) {
  const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => (scopeName === 'source.toc'
      ? vsctm.parseRawGrammar(fs.readFileSync(grammarPath, 'utf8'), grammarPath)
      : null),
  });
  return registry.loadGrammar('source.toc');
}

const grammarReady = loadGrammar(options.grammar);

// Tokenize a text; returns, per line, a function from column to the scopes there.
async function tokenize(text) {
  const grammar = await grammarReady;
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return { line, scopesAt: (column) => result.tokens.find((t) => t.startIndex <= column && column < t.endIndex).scopes };
  });
}

// The scopes of the first occurrence of `needle` on line `lineIndex` (after `from`).
async function scopesOf(text, needle, lineIndex = 0, from = 0) {
  const lines = await tokenize(text);
  const column = lines[lineIndex].line.indexOf(needle, from);
  assert.notEqual(column, -1, `"${needle}" is not on line ${lineIndex + 1}`);
  return lines[lineIndex].scopesAt(column);
}

function hasScope(scopes, prefix) {
  return scopes.some((s) => s.startsWith(prefix));
}

async function expectScope(text, needle, prefix, lineIndex = 0, from = 0) {
  const scopes = await scopesOf(text, needle, lineIndex, from);
  assert.ok(hasScope(scopes, prefix), `"${needle}" in ${JSON.stringify(text)} has ${scopes.join(' ')}, expected ${prefix}`);
}

async function expectNoScope(text, needle, prefix, lineIndex = 0) {
  const scopes = await scopesOf(text, needle, lineIndex);
  assert.ok(!hasScope(scopes, prefix), `"${needle}" in ${JSON.stringify(text)} has ${scopes.join(' ')}, expected no ${prefix}`);
}

test('theory headers are keywords in both languages', async () => {
  await expectScope('theory "A plan" { lang: en }', 'theory', 'keyword.other.theory.toc');
  await expectScope('theorie "Een plan" { taal: nl }', 'theorie', 'keyword.other.theory.toc');
  await expectScope('theorie "Een plan" { taal: nl }', 'taal', 'support.type.property-name.toc');
  await expectScope('theorie "Een plan" { taal: nl }', 'nl', 'constant.language.enum.toc');
  await expectScope('gebruik "gedeeld.toc"', 'gebruik', 'keyword.control.import.toc');
});

test('every declaration keyword is a keyword, and the id after it is a name', async () => {
  for (const word of vocabulary.declarations) {
    const text = `${word} some_id "Label"`;
    await expectScope(text, word, 'keyword.other.declaration');
    await expectScope(text, 'some_id', 'entity.name.type');
  }
});

test('ids that look like keywords stay ids in a link', async () => {
  await expectScope('impact -> effect', 'impact', 'variable.other.node.toc');
  await expectScope('impact -> effect', 'effect', 'variable.other.node.toc');
  await expectScope('counterfactual -> context', 'counterfactual', 'variable.other.node.toc');
  await expectScope('tegenfeitelijk thuis_wonen, zorg {', 'tegenfeitelijk', 'keyword.other.counterfactual.toc');
  await expectScope('counterfactual {', 'counterfactual', 'keyword.other.counterfactual.toc');
});

test('strings, escapes and unfinished strings', async () => {
  const text = 'actor a "say \\"hi\\"\\n \\q"';
  await expectScope(text, '"say', 'string.quoted.double.toc');
  await expectScope(text, '\\"', 'constant.character.escape.toc');
  await expectScope(text, '\\n', 'constant.character.escape.toc');
  await expectScope(text, '\\q', 'invalid.illegal');
  // A label stays on one line: an unclosed quote must not colour the next line.
  const unclosed = 'actor a "no end\nactor b "B"';
  await expectScope(unclosed, 'actor', 'keyword.other.declaration.actor.toc', 1);
});

test('comments, also after Unicode text', async () => {
  const text = 'outcome één "Één ding 🙂" # opmerking 🙂 -> "x"';
  await expectScope(text, 'outcome', 'keyword.other.declaration.outcome.toc');
  await expectScope(text, 'één', 'entity.name.type.outcome.toc');
  await expectScope(text, '# opmerking', 'comment.line.number-sign.toc');
  await expectScope(text, '-> "x"', 'comment.line.number-sign.toc');
  await expectScope(text, '"x"', 'comment.line.number-sign.toc');
  await expectNoScope(text, '"x"', 'string');
  await expectScope('# alleen commentaar', 'alleen', 'comment.line.number-sign.toc');
});

test('arrows: causes and hinders', async () => {
  await expectScope('a, b -> c -| d', '->', 'keyword.operator.arrow.causes.toc');
  await expectScope('a, b -> c -| d', '-|', 'keyword.operator.arrow.hinders.toc');
  await expectScope('a, b -> c -| d', ',', 'punctuation.separator.comma.toc');
  await expectScope('a, b -> c -| d', 'd', 'variable.other.node.toc');
});

test('attributes, enumerated values, ids, flags and numbers', async () => {
  const text = 'effect t "T" { unintended negatief  horizon: short  niveau: groep  by: partner  rol: partner }';
  await expectScope(text, 'unintended', 'storage.modifier.flag.toc');
  await expectScope(text, 'negatief', 'storage.modifier.flag.toc');
  await expectScope(text, 'horizon', 'support.type.property-name.toc');
  await expectScope(text, 'short', 'constant.language.enum.toc');
  await expectScope(text, 'niveau', 'support.type.property-name.toc');
  await expectScope(text, 'groep', 'constant.language.enum.toc');
  // `partner` is an enumerated value of role:, but after by: it is an id.
  await expectScope(text, 'partner', 'variable.other.node.toc');
  await expectScope(text, 'partner', 'constant.language.enum.toc', 0, text.indexOf('rol:'));
  // kind: takes different values on a context and on an indicator.
  await expectScope('{ kind: enabling }', 'enabling', 'constant.language.enum.toc');
  await expectScope('{ kind: story }', 'story', 'constant.language.enum.toc');
  const numbers = '{ deadweight: 20%  baseline: 2.1  target: -3 }';
  await expectScope(numbers, '20%', 'constant.numeric.percentage.toc');
  await expectScope(numbers, '2.1', 'constant.numeric.toc');
  await expectScope(numbers, '-3', 'constant.numeric.toc');
  await expectScope('{ colour: red }', 'colour', 'entity.other.attribute-name.toc');
  await expectScope('{ description: "x" }', 'description', 'support.type.property-name.toc');
});

test('nested indicators and value lists over several lines', async () => {
  const text = 'outcome o "O" {\n  indicator "I" { kind: number  baseline: 1 }\n  valued_by: a,\n    b\n}\no -> p';
  await expectScope(text, 'indicator', 'keyword.other.indicator.toc', 1);
  await expectScope(text, 'number', 'constant.language.enum.toc', 1);
  await expectScope(text, 'b', 'variable.other.node.toc', 3);
  await expectScope(text, '}', 'punctuation.section.block.end.toc', 4);
  await expectScope(text, '->', 'keyword.operator.arrow.causes.toc', 5);
  await expectNoScope(text, '->', 'meta.block.attributes.toc', 5);
});

test('a half-typed attribute does not swallow the end of its block', async () => {
  const text = 'outcome x "X" { by: }\nx -> y';
  await expectScope(text, '}', 'punctuation.section.block.end.toc');
  await expectNoScope(text, '->', 'meta.block.attributes.toc', 1);
  await expectScope('{ by: valued_by: a }', 'valued_by', 'support.type.property-name.toc');
});

// An independent reading of example lines: where strings, comments, arrows,
// keywords, attribute names, enumerated values, flags and numbers are.
const WORD = /^[\p{L}_][\p{L}\p{N}_]*/u;
const NUMBER = /^-?\d+(?:\.\d+)?%?/;

function expectations(text) {
  const found = [];
  let depth = 0;
  let valueOf = null; // the attribute whose value(s) come next
  text.split(/\r?\n/).forEach((line, row) => {
    let firstWord = true;
    let i = 0;
    const expect = (start, end, prefix, what) => found.push({ row, start, end, prefix, what });
    while (i < line.length) {
      const rest = line.slice(i);
      const ch = line[i];
      if (/\s/.test(ch)) { i += 1; continue; }
      if (ch === '#') { expect(i, line.length, 'comment.line.number-sign.toc', rest); break; }
      if (ch === '"') {
        let j = i + 1;
        while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
        expect(i, Math.min(j + 1, line.length), 'string.quoted.double.toc', line.slice(i, j + 1));
        i = j + 1; firstWord = false; valueOf = null; continue;
      }
      if (rest.startsWith('->') || rest.startsWith('-|')) {
        expect(i, i + 2, 'keyword.operator.arrow', rest.slice(0, 2)); i += 2; firstWord = false; continue;
      }
      const number = NUMBER.exec(rest);
      if (number) {
        const prefix = number[0].endsWith('%') ? 'constant.numeric.percentage.toc' : 'constant.numeric.toc';
        expect(i, i + number[0].length, prefix, number[0]); i += number[0].length; valueOf = null; continue;
      }
      const word = WORD.exec(rest);
      if (word) {
        const w = word[0];
        const after = line.slice(i + w.length);
        const end = i + w.length;
        if (depth === 0 && firstWord && vocabulary.keywords.includes(w)) {
          expect(i, end, 'keyword.', w);
        } else if (depth === 0) {
          expect(i, end, '', w); // an id: checked below to be no keyword
        } else if (/^\s*:/.test(after)) {
          assert.ok(vocabulary.attributes.includes(w), `unknown attribute ${w} in an example`);
          expect(i, end, 'support.type.property-name.toc', w);
          valueOf = w;
        } else if (valueOf && vocabulary.enum_attributes.includes(valueOf)) {
          expect(i, end, 'constant.language.enum.toc', w); valueOf = null;
        } else if (valueOf) {
          expect(i, end, 'variable.other.node.toc', w);
          valueOf = /^\s*,/.test(after) ? valueOf : null;
        } else if (vocabulary.indicator.includes(w) && /^\s*"/.test(after)) {
          expect(i, end, 'keyword.other.indicator.toc', w);
        } else if (vocabulary.flags.includes(w)) {
          expect(i, end, 'storage.modifier.flag.toc', w);
        }
        i = end; firstWord = false; continue;
      }
      if (ch === '{') depth += 1;
      if (ch === '}') { depth -= 1; valueOf = null; }
      i += 1;
    }
  });
  return found;
}

for (const file of options.files) {
  test(`example ${path.basename(file)}`, async () => {
    const text = fs.readFileSync(file, 'utf8');
    const lines = await tokenize(text);
    const found = expectations(text);
    assert.ok(found.some((e) => e.prefix === 'keyword.'), 'the example has keywords');
    for (const { row, start, end, prefix, what } of found) {
      for (let column = start; column < end; column += 1) {
        const scopes = lines[row].scopesAt(column);
        const where = `${path.basename(file)}:${row + 1}:${column + 1} (${what})`;
        if (prefix) assert.ok(hasScope(scopes, prefix), `${where} has ${scopes.join(' ')}, expected ${prefix}`);
        else assert.ok(!hasScope(scopes, 'keyword'), `${where} is an id but has ${scopes.join(' ')}`);
      }
    }
    lines.forEach(({ line, scopesAt }, row) => {
      for (let column = 0; column < line.length; column += 1) {
        const scopes = scopesAt(column);
        assert.ok(!hasScope(scopes, 'invalid'), `${path.basename(file)}:${row + 1}:${column + 1} is marked invalid`);
      }
    });
  });
}
