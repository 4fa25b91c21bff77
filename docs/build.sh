#!/usr/bin/env bash
# Builds the documentation site (docfx.json at the repository root) into docs/_site, which is generated and not
# committed, and fails on a broken link: docfx checks every link between pages and into the repository, every
# #anchor and every cross-reference (xref) to the API reference, and this script turns its warnings into errors.
# External links are only listed (docs/_site/external-links.txt), never fetched.
# Usage: docs/build.sh    (from anywhere; needs only the .NET SDK that global.json pins)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
configuration="${CONFIGURATION:-Debug}"

dotnet tool restore >/dev/null

# The API reference is read from the built assemblies and their XML documentation: docfx compiles sources without
# running source generators, and the models' members come from one. Every library under src/ is documented (the
# command-line tool and the build-time generator are not libraries); the packages they use are handed to docfx as
# references, so their types resolve.
input="docs/obj/api-input"
references="docs/obj/api-references"
rm -rf "$input" "$references" docs/api/*.yml docs/api/.manifest docs/_site
mkdir -p "$input" "$references"
for project in src/*/*.csproj; do
  name="$(basename "$project" .csproj)"
  case "$name" in Guildhall.Cli|Guildhall.WireGenerator) continue ;; esac
  # One build that also reports what the project compiled against (MSBuild's -getItem prints it as JSON).
  if ! dotnet build "$project" --configuration "$configuration" --nologo -t:Build -getItem:ReferencePath > "$references/items.json"; then
    dotnet build "$project" --configuration "$configuration" --nologo   # again, to show why it failed
    exit 1
  fi
  cp "src/$name/bin/$configuration/net10.0/$name.dll" "src/$name/bin/$configuration/net10.0/$name.xml" "$input/"
  grep -o '"FullPath": "[^"]*"' "$references/items.json" | cut -d'"' -f4 \
    | { grep -v -e '/packs/' -e "^$root/src/" || true; } | while read -r reference; do cp "$reference" "$references/"; done
done
rm "$references/items.json"

dotnet docfx metadata docfx.json
dotnet docfx build docfx.json --warningsAsErrors

# External links of the site's Markdown (inline links and <autolinks>), listed for a reader with a network to check
# by hand.
git ls-files -z -- README.md 'docs/*.md' 'src/**/README.md' 'samples/**/README.md' 'bench/README.md' \
  | { xargs -0 grep -ohE '\]\(https?://[^) ]+|<https?://[^> ]+>' || true; } \
  | sed -E 's/^\]\(//; s/^<//; s/>$//' | sort -u > docs/_site/external-links.txt
echo "Site: docs/_site/index.html. No broken link. External links, not fetched: $(wc -l < docs/_site/external-links.txt) (docs/_site/external-links.txt)."
