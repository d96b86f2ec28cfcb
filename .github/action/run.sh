#!/usr/bin/env bash
# The GitHub action's step (action.yml at the repository root), runnable by hand: installs the assistconf CLI
# from a distribution archive and lints with it. Inputs come from the environment:
#   ASSISTCONF_ARCHIVE  URL (https://, file://) or path of assistconf-<version>.tar.gz; else ASSISTCONF_VERSION
#   ASSISTCONF_VERSION  a released version, fetched from Maven Central
#   ASSISTCONF_PATHS    what to lint, separated by white space; globs are passed to lint unexpanded (default .)
#   ASSISTCONF_FORMAT   the report written to ASSISTCONF_OUTPUT (default sarif)
#   ASSISTCONF_OUTPUT   that report's file (default assistconf.sarif)
#   ASSISTCONF_FAIL_ON  error (default): fail on errors; warning: on errors or warnings; never: only when lint
#                       could not run (exit status 2)
#   ASSISTCONF_HOME     where to install (default $RUNNER_TEMP/assistconf, else a temporary folder)
# A text report goes to the standard output. Exits with lint's status, or 0 where ASSISTCONF_FAIL_ON allows.
set -euo pipefail

fail() {
  echo "assistconf action: $*" >&2
  exit 2
}

central=https://repo1.maven.org/maven2/io/assistconf/assistconf-distribution
archive=${ASSISTCONF_ARCHIVE:-}
version=${ASSISTCONF_VERSION:-}
if [ -z "$archive" ]; then
  [ -n "$version" ] || fail "give either archive (a URL or path of assistconf-<version>.tar.gz) or version"
  archive=$central/$version/assistconf-distribution-$version.tar.gz
fi
format=${ASSISTCONF_FORMAT:-sarif}
output=${ASSISTCONF_OUTPUT:-assistconf.sarif}
fail_on=${ASSISTCONF_FAIL_ON:-error}
case $fail_on in
  error | warning | never) ;;
  *) fail "fail-on must be error, warning or never, not '$fail_on'" ;;
esac
home=${ASSISTCONF_HOME:-${RUNNER_TEMP:-$(mktemp -d)}/assistconf}

download=$(mktemp)
trap 'rm -f "$download"' EXIT
case $archive in
  http://* | https://*) curl --fail --silent --show-error --location --output "$download" "$archive" ||
    fail "cannot download $archive" ;;
  file://*) cp "${archive#file://}" "$download" 2>/dev/null || fail "no archive at $archive" ;;
  *) cp "$archive" "$download" 2>/dev/null || fail "no archive at $archive" ;;
esac
rm -rf "$home"
mkdir -p "$home"
tar -xzf "$download" -C "$home" --strip-components=1 || fail "$archive is not a .tar.gz distribution archive"
[ -x "$home/bin/assistconf" ] || fail "$archive holds no bin/assistconf"
echo "assistconf action: $("$home/bin/assistconf" --version), installed in $home"

# Globs stay as written (an array expanded in quotes is not globbed): lint expands them.
read -r -a paths <<<"${ASSISTCONF_PATHS//$'\n'/ }"
[ ${#paths[@]} -gt 0 ] || paths=(.)
options=(--format "$format" --output "$output" --format text)
[ "$fail_on" = warning ] && options+=(--max-warnings 0)

status=0
"$home/bin/assistconf" lint "${options[@]}" "${paths[@]}" || status=$?
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  { echo "report=$output"; echo "exit-code=$status"; } >>"$GITHUB_OUTPUT"
fi
if [ "$fail_on" = never ] && [ "$status" -eq 1 ]; then
  exit 0
fi
exit "$status"
