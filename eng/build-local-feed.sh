#!/usr/bin/env bash
# Rebuilds the one package of the local feed (eng/local-feed) from its nuspec.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dotnet pack "$here/patched-distributedlock/Patched.DistributedLock.Postgres.csproj" \
  --output "$here/local-feed" -p:NoDefaultExcludes=true
