#!/usr/bin/env bash
# make import FILE=...: import an official score file into the project's database.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
FILE="${1:?usage: make import FILE=path/to/scores.csv}"
[ -f "$FILE" ] || { echo "No such file: $FILE" >&2; exit 1; }
FILE="$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")"

if [ -z "${ConnectionStrings__Default:-}" ]; then
  start_local_postgres
  trap stop_local_postgres EXIT
fi
dotnet run --project src/Api/Api.csproj -c Release --no-launch-profile -v quiet -- import "$FILE"
