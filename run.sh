#!/usr/bin/env bash
# Builds grassroots and runs the district distribution in the foreground (Karaf console).
#   ./run.sh           build, then start (data kept in runtime/district/data between runs)
#   ./run.sh --fresh   build, then start from an empty database (demo data is loaded again)
set -euo pipefail
cd "$(dirname "$0")"

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  export JAVA_HOME
fi

echo "Building grassroots (first build downloads dependencies; later builds take about a minute)..."
mvn -q -B -ntp -DskipTests install

home=runtime/district
if [ "${1:-}" = "--fresh" ]; then
  rm -rf "$home"
fi
mkdir -p "$home"

# Replace the program files with the new build; keep data/ (database, logs) and any etc/ file you edited.
unpacked="$(mktemp -d)"
tar xzf distribution/district/target/grassroots-district-*.tar.gz -C "$unpacked"
build="$(echo "$unpacked"/*)"
for part in bin lib system deploy; do
  rm -rf "${home:?}/$part"
  cp -r "$build/$part" "$home/$part"
done
mkdir -p "$home/etc"
cp -rn "$build/etc/." "$home/etc/"
cp "$build/etc/org.apache.karaf.features.cfg" "$build/etc/startup.properties" "$home/etc/"
rm -rf "$unpacked"

echo "Starting the district distribution in $home (the ready banner with the URLs follows in a minute)..."
exec "$home/bin/karaf"
