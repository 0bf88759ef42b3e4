#!/bin/sh
# Rebuilds the API baseline (the released 0.1 API of grassroots-core-api and grassroots-rest) from git,
# byte for byte: see docs/decisions.md, "API stability". Usage: baseline/build.sh [extra maven arguments]
# e.g. baseline/build.sh -o -Dmaven.repo.local=/path/to/repo
set -eu
RELEASE_COMMIT=f0061dce348ec6ac208959ae70fbefc4a99a1d63   # main when issue 12 started: the API that industrial, rural and the archetype were built on
RELEASE_VERSION=0.1.0
TIMESTAMP=2026-12-02T00:00:00Z  # fixed, so the jars are reproducible (project.build.outputTimestamp)

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git -C "$root" archive "$RELEASE_COMMIT" | tar -x -C "$work"
# the release is the snapshot of that commit with its version fixed
find "$work" -name pom.xml -exec sed -i "s/0\.1\.0-SNAPSHOT/$RELEASE_VERSION/g" {} +
mvn -B -ntp -f "$work/pom.xml" "$@" -pl bundles/core-api,bundles/rest -am package -DskipTests \
    -Dproject.build.outputTimestamp=$TIMESTAMP

for artifact in grassroots-core-api:core-api grassroots-rest:rest; do
  id=${artifact%%:*}; dir=${artifact##*:}
  target="$here/repository/org/grassroots/$id/$RELEASE_VERSION"
  mkdir -p "$target"
  cp "$work/bundles/$dir/target/$id-$RELEASE_VERSION.jar" "$target/"
  cat > "$target/$id-$RELEASE_VERSION.pom" <<POM
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>org.grassroots</groupId>
  <artifactId>$id</artifactId>
  <version>$RELEASE_VERSION</version>
  <description>API baseline only (bnd-baseline-maven-plugin); built by baseline/build.sh from $RELEASE_COMMIT</description>
</project>
POM
  (cd "$target" && sha1sum "$id-$RELEASE_VERSION.jar" | cut -d' ' -f1 > "$id-$RELEASE_VERSION.jar.sha1" \
     && sha1sum "$id-$RELEASE_VERSION.pom" | cut -d' ' -f1 > "$id-$RELEASE_VERSION.pom.sha1")
done
echo "baseline written to $here/repository"
