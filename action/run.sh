#!/usr/bin/env bash
# The GitHub Action's run step (action.yml). Inputs arrive as environment variables, never
# interpolated into this script: INPUT_PATHS (one path per line; spaces kept), INPUT_FORMAT,
# INPUT_OUTPUT, INPUT_SARIF, INPUT_FAIL_ON, INPUT_SELECT, INPUT_IGNORE, INPUT_LANGUAGE,
# INPUT_CONFIG, INPUT_BASELINE. Writes annotations and the job summary (format github), the
# SARIF file for upload, the report in INPUT_FORMAT to INPUT_OUTPUT if asked, and the step's
# outputs (sarif, exit-code) to $GITHUB_OUTPUT. Exits with pat-lint's exit status.
set -uo pipefail

args=(check --no-progress)
[ -n "${INPUT_FAIL_ON:-}" ] && args+=(--fail-on "$INPUT_FAIL_ON")
[ -n "${INPUT_SELECT:-}" ] && args+=(--select "$INPUT_SELECT")
[ -n "${INPUT_IGNORE:-}" ] && args+=(--ignore "$INPUT_IGNORE")
[ -n "${INPUT_LANGUAGE:-}" ] && args+=(--language "$INPUT_LANGUAGE")
[ -n "${INPUT_CONFIG:-}" ] && args+=(--config "$INPUT_CONFIG")
[ -n "${INPUT_BASELINE:-}" ] && args+=(--baseline "$INPUT_BASELINE")

paths=()
while IFS= read -r line; do
  line="${line#"${line%%[![:space:]]*}"}"  # trim leading and trailing blanks
  line="${line%"${line##*[![:space:]]}"}"
  [ -n "$line" ] && paths+=("$line")
done <<< "${INPUT_PATHS:-.}"
[ ${#paths[@]} -eq 0 ] && paths=(.)
args+=(--)  # a path that starts with '-' is still a path

# The files are read and checked once; the later runs take their results from the cache.
if [ -n "${INPUT_SARIF:-}" ]; then
  pat-lint "${args[@]:0:2}" --format sarif --output "$INPUT_SARIF" "${args[@]:2}" "${paths[@]}" >/dev/null
  [ -n "${GITHUB_OUTPUT:-}" ] && echo "sarif=$INPUT_SARIF" >>"$GITHUB_OUTPUT"
fi
format="${INPUT_FORMAT:-github}"
if [ -n "${INPUT_OUTPUT:-}" ] && [ "$format" != github ]; then
  pat-lint "${args[@]:0:2}" --format "$format" --output "$INPUT_OUTPUT" "${args[@]:2}" "${paths[@]}" >/dev/null
fi
# Annotations on the pull request and the job summary; its exit status is the step's.
pat-lint "${args[@]:0:2}" --format github "${args[@]:2}" "${paths[@]}"
status=$?
[ -n "${GITHUB_OUTPUT:-}" ] && echo "exit-code=$status" >>"$GITHUB_OUTPUT"
exit "$status"
