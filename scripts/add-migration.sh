#!/usr/bin/env bash
# Adds a migration of the same name and id to all three providers' migrations assemblies.
# Usage: scripts/add-migration.sh NameOfChange
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh NameOfChange}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/RackHouse.Conduct.Data >/dev/null
id=""
for provider in Sqlite SqlServer PostgreSql; do
  project="src/RackHouse.Conduct.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations >/dev/null
  generated=$(ls "$project"/Migrations/*_"$name".cs | grep -v Designer | head -n1)
  this_id=$(basename "$generated" .cs)
  if [[ -z "$id" ]]; then
    id="$this_id"
  elif [[ "$this_id" != "$id" ]]; then
    # The timestamp can tick between providers: give every provider the first provider's id.
    mv "$project/Migrations/$this_id.cs" "$project/Migrations/$id.cs"
    mv "$project/Migrations/$this_id.Designer.cs" "$project/Migrations/$id.Designer.cs"
    sed -i "s/\[Migration(\"$this_id\")\]/[Migration(\"$id\")]/" "$project/Migrations/$id.Designer.cs"
  fi
  echo "$provider: $id"
done
