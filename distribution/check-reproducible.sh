#!/usr/bin/env bash
# Builds the project twice from clean and compares the checksums of every jar and archive the builds make
# (decision P4). Exits 1 naming the files that differ. Maven options (such as -o or -Dmaven.repo.local=...)
# are passed on: distribution/check-reproducible.sh -o
set -euo pipefail
cd "$(dirname "$0")/.."
sums() {
  mvn -B -q "$@" clean package -DskipTests >&2
  find . -path '*/target/*' -maxdepth 3 \( -name '*.jar' -o -name '*.zip' -o -name '*.tar.gz' \) \
    -not -name 'original-*' -print0 | sort -z | xargs -0 sha256sum
}
first=$(mktemp)
trap 'rm -f "$first"' EXIT
sums "$@" >"$first"
sleep 2 # a later clock for the second build: a time that leaked into a file would show
if ! diff <(cat "$first") <(sums "$@"); then
  echo "the two builds differ in the files above" >&2
  exit 1
fi
echo "$(wc -l <"$first") jars and archives, byte-identical in two builds"
