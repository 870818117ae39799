#!/usr/bin/env bash
# make restore FROM=backups/<time> [FORCE=1]: a backup made by make backup into the configured database (which
# must exist and be empty unless FORCE=1) and file store.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
from="${1:-}"
[ -n "$from" ] && [ -f "$from/database.dump" ] || { echo "Say which backup: make restore FROM=backups/<time> (a directory with database.dump)." >&2; exit 1; }
from="$(cd "$from" && pwd)"

say "Checking the backup's SHA-256 sums"
(cd "$from" && sha256sum --quiet -c SHA256SUMS)

use_install
psql_value() { "$(pg_bin_dir)/psql" -X -v ON_ERROR_STOP=1 -qtAc "$1"; }
user_schemas="n.nspname <> 'information_schema' and n.nspname not like 'pg\_%'"
objects="$(psql_value "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace where $user_schemas")"
if [ "$objects" != 0 ]; then
  if [ "${FORCE:-}" != 1 ]; then
    echo "Database $PGDATABASE on $PGHOST:$PGPORT is not empty ($objects tables, sequences and the like); nothing was changed." >&2
    echo "Restore into an empty database, or replace everything in this one with FORCE=1." >&2
    exit 1
  fi
  say "FORCE=1: emptying database $PGDATABASE"
  psql_value "do \$\$ declare s name; begin
      for s in select n.nspname from pg_namespace n where $user_schemas loop execute format('drop schema %I cascade', s); end loop;
      create schema public; end \$\$"
fi

say "Database $PGDATABASE on $PGHOST:$PGPORT ← $from/database.dump"
# Owned by and granted to whoever restores: the roles of the backed-up server need not exist here.
"$(pg_bin_dir)/pg_restore" --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$from/database.dump"

if [ -f "$from/files.tar.gz" ]; then
  # Files are named by their content's hash, so one already there is the same file: unpacking over it changes nothing.
  say "Files in $FILES_ROOT ← $from/files.tar.gz"
  mkdir -p "$FILES_ROOT"
  tar -C "$FILES_ROOT" -xzf "$from/files.tar.gz"
fi
say "Restored $from"
