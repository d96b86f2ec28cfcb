#!/usr/bin/env bash
# The lint benchmark (issue #12, "Speed"): assistconf lint against ajv-cli, in one run.
# Generates a corpus (generate-corpus.js) under benchmarks/target/lint-bench, installs ajv-cli there,
# and times with hyperfine: lint on the corpus, lint on one file, ajv-cli on the canonical twin of the
# corpus (six invocations, one per schema, one after the other and two at a time), ajv-cli on one file;
# then the JVM start-up alone (--version) and lint through bin/assistconf, which adds an AppCDS archive.
# Usage: benchmarks/lint/run.sh [COUNT] [SEED] [RUNS]   (from anywhere; needs java, node, npm, hyperfine,
# and the CLI jar: mvn -B -pl cli -am package -DskipTests)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
count=${1:-10000} seed=${2:-42} runs=${3:-5}
out=$root/benchmarks/target/lint-bench
jar=$root/cli/target/assistconf.jar
schemas=$root/schemas/src/main/resources/assistconf/schemas
java=${JAVA:-java}

[ -f "$jar" ] || { echo "no $jar: run mvn -B -pl cli -am package -DskipTests" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed (apt-get install hyperfine)" >&2; exit 2; }

rm -rf "$out/corpus" "$out/canonical"
node "$root/benchmarks/lint/generate-corpus.js" "$root/test-kit/src/main/resources/fixtures" "$out" "$count" "$seed"
[ -x "$out/ajv/node_modules/.bin/ajv" ] ||
  npm install --prefix "$out/ajv" --no-audit --no-fund ajv-cli@5.0.0 ajv-formats@2.1.1 >/dev/null
ajv=$out/ajv/node_modules/.bin/ajv

# One ajv command per variant and kind folder: the schema, and object.json for the $ref of create.json.
ajv_cmd() { # variant kind data...
  local variant=$1 kind=$2; shift 2
  local refs=()
  [ "$kind" = object ] || refs=(-r "$schemas/$variant/object.json")
  local data=()
  for d in "$@"; do data+=(-d "'$d'"); done # quoted: ajv expands the glob itself
  echo "$ajv validate --spec=draft7 --strict=false -c ajv-formats -s $schemas/$variant/$kind.json ${refs[*]} ${data[*]}"
}
: >"$out/ajv-corpus.cmds"
for dir in "$out"/canonical/*/*; do
  kind=$(basename "$dir") variant=$(basename "$(dirname "$dir")")
  ajv_cmd "$variant" "$kind" "$dir/*" >>"$out/ajv-corpus.cmds"
done
first=("$out"/corpus/freddy/object/*)
one=freddy/object/$(basename "${first[0]}")

echo "corpus: $(find "$out/corpus" -type f -name '[0-9]*' | wc -l) files; one file: $one"
echo "lint verdicts:  $( (cd "$out" && "$java" -jar "$jar" lint corpus || true) | tail -1)"
echo "ajv invalid files: $( (cd "$out" && bash -c "$(paste -sd';' ajv-corpus.cmds)" 2>&1 || true) | grep -c ' invalid$')"

cd "$out"
# The launcher with its AppCDS archive, written by this first run of it.
rm -f "${jar%.jar}.jsa"
"$root/bin/assistconf" lint "corpus/$one" >/dev/null || true
cds=$root/bin/assistconf

hyperfine --warmup 1 --runs "$runs" -i --export-json "$out/hyperfine.json" --export-markdown "$out/hyperfine.md" \
  -n "lint corpus" "$java -jar $jar lint corpus" \
  -n "ajv corpus" "bash -c \"\$(paste -sd';' ajv-corpus.cmds)\"" \
  -n "ajv corpus, $(nproc) at a time" "xargs -P $(nproc) -d '\n' -I{} bash -c {} < ajv-corpus.cmds" \
  -n "lint one file" "$java -jar $jar lint corpus/$one" \
  -n "ajv one file" "$(ajv_cmd "${one%%/*}" object "canonical/$one")" \
  -n "java -jar --version" "$java -jar $jar --version" \
  -n "bin/assistconf one file" "$cds lint corpus/$one" \
  -n "bin/assistconf corpus" "$cds lint corpus"

files=$(find corpus -type f -name '[0-9]*' | wc -l)
node -e '
const r = require(process.argv[1]).results, files = Number(process.argv[2]);
const m = Object.fromEntries(r.map((x) => [x.command, x.median]));
for (const x of r) {
  const n = x.command.includes("corpus") ? files : 1;
  console.log(`${x.command.padEnd(24)} median ${x.median.toFixed(3)} s  ${(n / x.median).toFixed(0).padStart(6)} files/s`);
}
console.log(`corpus: lint/ajv files per second = ${(m["ajv corpus"] / m["lint corpus"]).toFixed(2)} (target >= 2)`);
console.log(`with bin/assistconf (AppCDS): corpus ${(m["ajv corpus"] / m["bin/assistconf corpus"]).toFixed(2)}, one file ${(m["bin/assistconf one file"] / m["ajv one file"]).toFixed(2)}`);
console.log(`one file: lint time / ajv time = ${(m["lint one file"] / m["ajv one file"]).toFixed(2)} (target <= 1)`);
' "$out/hyperfine.json" "$files"
