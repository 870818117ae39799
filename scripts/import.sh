#!/usr/bin/env bash
# make import FILE=... [DRY_RUN=1] [CONFIRM=1]: import an official score file into the project's database.
# The import creates no province: the official ones (the old side of the shared provinces-2025.csv) are
# added first when the file is beside the checkout; those the database has already are left alone.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
FILE="${1:?usage: make import FILE=path/to/scores.csv}"
[ -f "$FILE" ] || { echo "No such file: $FILE" >&2; exit 1; }
FILE="$(cd "$(dirname "$FILE")" && pwd)/$(basename "$FILE")"

if [ -z "${ConnectionStrings__Default:-}" ]; then
  start_local_postgres
  trap stop_local_postgres EXIT
fi
PROVINCES="${PAPI_SHARED_DIR:-$REPO_ROOT/../shared}/reference/admin-2025/provinces-2025.csv"
dotnet build src/Api/Api.csproj -c Release -v quiet -nologo >/dev/null
api() { dotnet run --project src/Api/Api.csproj -c Release --no-build --no-launch-profile -v quiet -- "$@"; }
if [ -f "$PROVINCES" ]; then
  api import-provinces "$PROVINCES"
fi
flags=()
[ -n "${DRY_RUN:-}" ] && flags+=(--dry-run)
[ -n "${CONFIRM:-}" ] && flags+=(--confirm)
api import "$FILE" "${flags[@]}"
