#!/usr/bin/env node
// Writes the lint benchmark corpus from the valid create and object fixtures of test-kit:
//   <out>/corpus/<variant>/<kind>/NNNNN.{json,yaml}     what lint reads: half the files in camelCase
//   <out>/canonical/<variant>/<kind>/NNNNN.{json,yaml}  the same documents in the fixtures' snake_case, for ajv
// Every 20th file is invalid (a string property replaced by an object), the same in both trees.
// Deterministic: the same seed and count give the same files.
'use strict';
const fs = require('fs');
const path = require('path');

const [fixtures, out, count = '10000', seed = '42'] = process.argv.slice(2);
if (!fixtures || !out) {
  console.error('usage: generate-corpus.js FIXTURES_DIR OUT_DIR [COUNT] [SEED]');
  process.exit(2);
}

let state = Number(seed) >>> 0 || 1;
function random() { // xorshift32
  state ^= state << 13; state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5; state >>>= 0;
  return state / 0x100000000;
}

const templates = [];
for (const variant of ['freddy', 'cogsol', 'burki']) {
  const index = JSON.parse(fs.readFileSync(path.join(fixtures, variant, 'index.json'), 'utf8'));
  for (const entry of index) {
    // whole documents only (no fragments/ or invalid/ folders), in their own spelling
    const canonical = !entry.file.includes('/') && !/\.(camel|snake)\.json$/.test(entry.file) && entry.file.endsWith('.json');
    if (entry.valid && canonical && ['create', 'object'].includes(entry.kind)) {
      const body = JSON.parse(fs.readFileSync(path.join(fixtures, variant, entry.file), 'utf8'));
      templates.push({ variant, kind: entry.kind, body });
    }
  }
}

const groups = [...new Set(templates.map((t) => `${t.variant}/${t.kind}`))];

const camel = (key) => key.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
function camelKeys(value, inMetadata) {
  if (Array.isArray(value)) return value.map((v) => camelKeys(v, false));
  if (value === null || typeof value !== 'object') return value;
  const result = {};
  for (const [k, v] of Object.entries(value)) {
    // metadata maps hold the user's own keys: they keep their spelling
    result[inMetadata ? k : camel(k)] = inMetadata ? v : camelKeys(v, k === 'metadata');
  }
  return result;
}

function yaml(value, indent) {
  const pad = ' '.repeat(indent);
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value.map((v) => `\n${pad}-` + yaml(v, indent + 2).replace(/^\n */, ' ')).join('');
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    if (entries.length === 0) return ' {}';
    return entries.map(([k, v]) => `\n${pad}${JSON.stringify(k)}:` + yaml(v, indent + 2)).join('');
  }
  return ' ' + JSON.stringify(value); // JSON scalars are YAML flow scalars
}

function spoil(body) {
  const key = Object.keys(body).find((k) => typeof body[k] === 'string');
  body[key] = { not: 'a string' };
}

const total = Number(count);
for (let i = 0; i < total; i++) {
  const group = groups[Math.floor(random() * groups.length)]; // each variant and kind equally often
  const candidates = templates.filter((t) => `${t.variant}/${t.kind}` === group);
  const template = candidates[Math.floor(random() * candidates.length)];
  const body = structuredClone(template.body);
  if (typeof body.name === 'string') body.name = `${body.name} ${i}`;
  if (typeof body.id === 'string') body.id = `${body.id}_${i}`; // stored objects: no duplicate_id across files
  if (typeof body.id === 'number') body.id = i + 1;
  if (i % 20 === 19) spoil(body);
  const yamlFile = random() < 0.5;
  const camelCase = random() < 0.5;
  const name = String(i).padStart(5, '0') + (yamlFile ? '.yaml' : '.json');
  const write = (tree, doc) => {
    const dir = path.join(out, tree, template.variant, template.kind);
    fs.mkdirSync(dir, { recursive: true });
    const text = yamlFile ? yaml(doc, 0).slice(1) + '\n' : JSON.stringify(doc, null, 2) + '\n';
    fs.writeFileSync(path.join(dir, name), text);
  };
  write('corpus', camelCase ? camelKeys(body, false) : body);
  write('canonical', body);
}
// lint is told each folder's variant and kind, as ajv is told its schema
const config = groups.map((g) => `  - glob: ${g}/**\n    variant: ${g.split('/')[0]}\n    kind: ${g.split('/')[1]}\n`);
fs.writeFileSync(path.join(out, 'corpus', '.assistconf.yaml'), 'files:\n' + config.join(''));
console.log(`${total} files from ${templates.length} templates in ${out}/corpus and ${out}/canonical`);
