#!/usr/bin/env bash
# make clients: the generated .NET client (NSwag) as a NuGet package and the TypeScript types as an npm package, both
# built from the committed client/openapi/v1.json into .build/packages. Publishing them is the operator's step.
source "$(dirname "$0")/lib.sh"
cd "$REPO_ROOT"
packages="$REPO_ROOT/.build/packages"
mkdir -p "$packages"
rm -f "$packages"/PapiTracker.Client.*.nupkg "$packages"/papitracker-api-types-*.tgz
dotnet pack src/Client -c Release -o "$packages" --nologo -v quiet

# The npm package is staged from what is committed (its package.json and README, the generated types, the document), never edited in place.
stage="$REPO_ROOT/.build/npm/api-types"
rm -rf "$stage" && mkdir -p "$stage"
cp client/packages/api-types/package.json client/packages/api-types/README.md "$stage/"
cp client/src/types/api.d.ts "$stage/index.d.ts"
cp client/openapi/v1.json "$stage/openapi.json"
(cd "$stage" && npm pack --silent --pack-destination "$packages" >/dev/null)
ls "$packages"
