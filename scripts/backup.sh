#!/usr/bin/env bash
# make backup: the database (pg_dump, custom format) and the file store (a tar.gz) into BACKUP_DIR/<UTC time>/,
# with their SHA-256 sums. BACKUP_DIR defaults to backups/ in the checkout: copy it off the machine (README "Backups").
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
use_install
target="${BACKUP_DIR:-$REPO_ROOT/backups}/$(date -u +%Y%m%dT%H%M%SZ)"
[ -e "$target" ] && { echo "$target exists already." >&2; exit 1; }
mkdir -p "$target"
chmod 700 "$target"

say "Database $PGDATABASE on $PGHOST:$PGPORT → $target/database.dump"
# One consistent snapshot of every table, taken without stopping the API.
"$(pg_bin_dir)/pg_dump" --format=custom --file="$target/database.dump"

# The files after the database: files are written before the rows that name them and never deleted, so every file
# the dump names is in the archive (a later upload may be too, unnamed and harmless).
if [ -d "$FILES_ROOT" ]; then
  say "Files in $FILES_ROOT → $target/files.tar.gz"
  tar -C "$FILES_ROOT" --exclude='./.upload-*' -czf "$target/files.tar.gz" .
fi

(cd "$target" && sha256sum -- * > SHA256SUMS)
say "Backup written: $target (restore it with: make restore FROM=$target)"
