#!/usr/bin/env bash
# Consumer test: uses the packages the way a vendor would. Packs SupportPlan.Model, .Rules, .Interop and the
# supportplan tool (SupportPlan.Cli) from a clean copy of the sources into a temporary folder, with a version of its
# own (0.1.0-ci.<time>.<pid>) so that no copy cached by an earlier run is used; creates a fresh console project that
# references the three libraries by that version from the folder (the machine's own package sources still serve their
# dependencies), builds and runs tests/consumer/Program.cs; installs the tool from the folder and runs it. The repository
# and its Debug build are not touched. Prints "consumer test: PASS" or "consumer test: FAIL (step)" last; exits 0 or 1.
set -uo pipefail

repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/supportplan-consumer.XXXXXX")"
version="0.1.0-ci.$(date -u +%Y%m%d%H%M%S).$$"
packages="$(dotnet nuget locals global-packages --list | sed -n 's/^global-packages: *//p')"
ids=(SupportPlan.Model SupportPlan.Rules SupportPlan.Interop SupportPlan.Cli)

cleanup() {
  rm -rf "$work"
  # This run's version of our packages, from the machine's package cache: nothing else uses it.
  for id in "${ids[@]}"; do
    if [[ -n "$packages" && -d "${packages%/}/${id,,}" ]]; then
      rm -rf "${packages%/}/${id,,}/$version"
      rmdir --ignore-fail-on-non-empty "${packages%/}/${id,,}"
    fi
  done
}
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
start=$SECONDS
log="$work/log"

fail() {
  echo "consumer test: step '$1' failed; its output:" >&2
  [[ -f "$log" ]] && tail -n 40 "$log" >&2
  echo "consumer test: FAIL ($1, $((SECONDS - start)) s)"
  exit 1
}

step() {
  local name="$1" at=$SECONDS
  shift
  "$@" >"$log" 2>&1 || fail "$name"
  echo "consumer test: $name ($((SECONDS - at)) s)"
}

# A clean copy of what the packages are built from (no bin/, obj/ or node_modules of the working tree).
mkdir -p "$work/src"
tar -C "$repo" --exclude=bin --exclude=obj -cf - \
    global.json .editorconfig Directory.Build.props Directory.Packages.props schemas src samples \
    | tar -C "$work/src" -xf - 2>"$log" || fail "copy sources"

# The code-style and quality analyzers already ran on these sources in the build dotnet test made; they do not change
# the output, and skipping them here makes the packing about three times faster. Source generators and the trim and
# AOT analyzers still run.
for project in src/SupportPlan.Model src/SupportPlan.Rules src/SupportPlan.Interop samples/SupportPlan.Cli; do
  step "pack $project $version" dotnet pack "$work/src/$project" -c Release -o "$work/feed" \
      -p:VersionSuffix="${version#0.1.0-}" -p:ContinuousIntegrationBuild=true \
      -p:EnforceCodeStyleInBuild=false -p:AnalysisLevel=none
done
for id in "${ids[@]}"; do
  [[ -f "$work/feed/$id.$version.nupkg" && ( $id == SupportPlan.Cli || -f "$work/feed/$id.$version.snupkg" ) ]] || { echo "missing $id.$version.nupkg or its .snupkg" >"$log"; fail "packages present"; }
done

# A fresh console project that knows the packages only from the folder.
cd "$work" || fail "cd"
step "dotnet new console" dotnet new console --no-restore -o app -n Consumer
cat >app/nuget.config <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <!-- Added to the machine's own sources, which serve the packages' dependencies. -->
    <add key="supportplan-consumer-test" value="$work/feed" />
  </packageSources>
</configuration>
EOF
cp "$repo/tests/consumer/Program.cs" app/Program.cs
for id in SupportPlan.Model SupportPlan.Rules SupportPlan.Interop; do
  step "reference $id $version" dotnet add app/Consumer.csproj package "$id" --version "$version" --no-restore
done
step "build the consumer" dotnet build app/Consumer.csproj -c Release
mkdir -p "$work/run"
step "run the consumer" dotnet run --no-build --project app/Consumer.csproj -c Release -- "$work/run"
grep -qx "CONSUMER OK" "$log" || fail "the consumer's result"
grep '^consumer:' "$log"

# The tool, installed from the folder; its Scenarios dependency travels inside the package.
step "install the supportplan tool" dotnet tool install SupportPlan.Cli --version "$version" --tool-path "$work/tools" \
    --add-source "$work/feed"
step "supportplan --help" "$work/tools/supportplan" --help
grep -q "supportplan demo" "$log" || fail "supportplan --help prints the usage"
step "supportplan sample --list" "$work/tools/supportplan" sample --list
[[ "$(grep -c . "$log")" -ge 7 ]] || fail "supportplan sample --list lists the scenarios"
step "supportplan validate (the consumer's package)" "$work/tools/supportplan" validate "$work/run/to-private-school.json" --lang en
grep -q "summary: 1 files, 1 valid, 0 invalid" "$log" || fail "supportplan validates the consumer's package"
step "supportplan demo" "$work/tools/supportplan" demo --out "$work/demo"

echo "consumer test: PASS ($((SECONDS - start)) s, version $version)"
