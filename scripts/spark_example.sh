#!/usr/bin/env bash
# claimcheck on Apache Spark, in local mode on the fixtures: extraction as the map,
# documents bucketed into stories by the extract stream's signatures, `claimcheck
# reconcile` per bucket, and a check that the findings equal one run's (exit 1 when
# they differ). See "Beyond one machine" in the README.
#
# Installs what is missing: a Java runtime from Debian's packages
# (openjdk-17-jre-headless) and pyspark from PyPI into a virtual environment under
# ${CLAIMCHECK_SPARK_HOME:-~/.cache/claimcheck-spark}. Skips (exit 0, with a message)
# only when no Java runtime can be had.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "spark_example: $*"; }

home=${CLAIMCHECK_SPARK_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/claimcheck-spark}
mkdir -p "$home"

# Java 17 or newer (Spark 4 needs 17).
java_ok() {
    command -v java >/dev/null 2>&1 || return 1
    local v
    v=$(java -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    [ -n "$v" ] && [ "$v" -ge 17 ]
}
if ! java_ok; then
    if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
        say "installing a Java runtime from Debian's packages"
        apt-get update -qq >/dev/null || true
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null || true
    fi
fi
if ! java_ok; then
    say "SKIPPED: no Java runtime 17 or newer, and it could not be installed (apt-get install openjdk-17-jre-headless)"
    exit 0
fi

# pyspark: the one on the path if it imports, else a virtual environment of our own.
py=python3
if ! "$py" -c 'import pyspark' >/dev/null 2>&1; then
    py=$home/venv/bin/python
    if ! "$py" -c 'import pyspark' >/dev/null 2>&1; then
        say "installing pyspark from PyPI into $home/venv"
        if ! python3 -m venv "$home/venv" >/dev/null 2>&1; then
            if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
                apt-get update -qq >/dev/null || true
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >/dev/null
            fi
            rm -rf "$home/venv"
            python3 -m venv "$home/venv"
        fi
        "$home/venv/bin/pip" install -q --disable-pip-version-check 'pyspark>=3.5,<5'
    fi
fi

cargo build --release --locked -q
bin=${CARGO_TARGET_DIR:-target}/release/claimcheck

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export PYSPARK_PYTHON=$py PYSPARK_DRIVER_PYTHON=$py
export PYSPARK_SUBMIT_ARGS="--driver-memory 1g pyspark-shell"
start=$(date +%s)
"$py" scripts/spark_example.py --claimcheck "$bin" --fixtures fixtures --work "$work" --master 'local[2]'
say "done in $(($(date +%s) - start)) s"
