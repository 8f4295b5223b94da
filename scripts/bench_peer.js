// A peer of the benchmark (scripts/bench.sh): parse every date of a corpus with
// chrono-node or compromise-dates, installed in a scratch folder, and print how many
// were found, so the work cannot be skipped.
//
//   node scripts/bench_peer.js chrono|compromise NODE_MODULES_PARENT PATH...
//
// A PATH is a file or a folder (every .txt file below it, in sorted order).
"use strict";
const fs = require("fs");
const path = require("path");
const { createRequire } = require("module");

const [peer, modules, ...inputs] = process.argv.slice(2);
const load = createRequire(path.join(path.resolve(modules), "package.json"));

function files(p, out) {
  if (fs.statSync(p).isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) files(path.join(p, name), out);
  } else if (p.endsWith(".txt")) {
    out.push(p);
  }
  return out;
}

let parse;
if (peer === "chrono") {
  const chrono = load("chrono-node");
  parse = (text) => chrono.parse(text).length;
} else if (peer === "compromise") {
  const nlp = load("compromise");
  nlp.extend(load("compromise-dates"));
  parse = (text) => nlp(text).dates().json().length;
} else {
  console.error(`bench_peer: unknown peer ${peer}`);
  process.exit(2);
}

let found = 0;
let docs = 0;
for (const input of inputs) {
  for (const f of files(input, [])) {
    found += parse(fs.readFileSync(f, "utf8"));
    docs += 1;
  }
}
console.log(`${peer}: ${docs} documents, ${found} dates`);
