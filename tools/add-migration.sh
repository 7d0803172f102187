#!/usr/bin/env bash
# Adds a migration with the same name for both database providers.
# Usage: bash tools/add-migration.sh AddSomething
set -euo pipefail
name=${1:?usage: tools/add-migration.sh MigrationName}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" -p Onboarding.Domain -s Onboarding.Domain \
    --context "${provider}OnboardingDbContext" -o "Data/Migrations/${provider}"
done
