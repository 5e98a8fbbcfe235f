#!/usr/bin/env bash
# The one command that reproduces docs/performance.md: builds the server jar, runs every fleet-scale scenario of
# issue 11 against it (simulated devices on loopback, the manager in its own process), prints one table and writes
# it as JSON, then runs the JMH hot-path benchmarks, the features' own benchmarks, the fuzz tests with long
# budgets and the database outage at its full 30 s. Run it on a quiet machine: everything shares its cores.
#
#   bench/run.sh                 the full run (about two hours)
#   bench/run.sh --quick         every scenario briefly, at a small size, to prove it works (figures say nothing)
#   bench/run.sh --only polling  scenarios whose name contains a word (also: --jar FILE, --json FILE)
#   SKIP_BUILD=1 SKIP_JMH=1 SKIP_FEATURES=1 SKIP_FUZZ=1 SKIP_OUTAGE=1 bench/run.sh ...   leave parts out
#   SHELLY_MANAGER_JAVA_OPTS=...   added to the manager's JVM options (a collector, -Xlog:gc, a JFR recording)
#   BENCH_JAVA_OPTS=...            added to the scenario runner's, e.g. -Dbench.api.trace=FILE (see ApiListScenario)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# shellcheck source=bin/find-java.sh
source "$root/bin/find-java.sh"
java="$(find_java bench/run.sh)"
export JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$java")")")"

quick=false
for arg in "$@"; do
    [ "$arg" = "--quick" ] && quick=true
done

# Each simulated device listens on its own socket; the manager holds one connection per device in flight.
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true

if [ -z "${SKIP_BUILD:-}" ]; then
    ./mvnw -B -q -DskipTests install -pl device,simulator,manager,bench
fi
./mvnw -B -q -pl bench dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
classpath="bench/target/classes:$(cat bench/target/classpath.txt)"

# The stretch's 100,000 devices share one listener per port on the wildcard address, which the simulator allows only
# where every network interface is loopback: the fleet scenarios run in a network namespace of their own (an
# unprivileged user namespace, `unshare -rn`) when the system allows one; without it the stretch reports that.
netns=()
if unshare -rn true 2>/dev/null; then
    netns=(unshare -rn sh -c 'ip link set lo up && exec "$0" "$@"')
fi
echo "== fleet scenarios (load average: $(cut -d' ' -f1-3 /proc/loadavg); network namespace: ${netns:+yes}${netns:-no})"
# shellcheck disable=SC2086 # BENCH_JAVA_OPTS holds several options
"${netns[@]}" "$java" --enable-native-access=ALL-UNNAMED -Xmx3g ${BENCH_JAVA_OPTS:-} -cp "$classpath" org.shellymanager.bench.BenchRunner "$@"

if [ -z "${SKIP_JMH:-}" ]; then
    echo "== JMH hot paths"
    if $quick; then jmh=(-f 1 -wi 1 -w 1s -i 2 -r 1s); else jmh=(-f 2 -wi 3 -w 5s -i 5 -r 5s); fi
    "$java" -cp "$classpath" org.openjdk.jmh.Main "${jmh[@]}" -jvmArgsAppend --enable-native-access=ALL-UNNAMED -rf json -rff bench/target/jmh-results.json \
        'org.shellymanager.bench.jmh.*'
fi

if [ -z "${SKIP_FEATURES:-}" ]; then
    echo "== the features' own benchmarks"
    "$java" --enable-native-access=ALL-UNNAMED -cp "$classpath" org.shellymanager.bench.ui.PageRenderBenchmark manager/target/shelly-manager.jar
fi

if [ -z "${SKIP_FUZZ:-}" ]; then
    echo "== fuzzing with long budgets"
    if $quick; then tries=2000; else tries=200000; fi
    ./mvnw -B -q -pl device,manager test -Djqwik.tries.default=$tries -Dsurefire.failIfNoSpecifiedTests=false \
        -Dtest='*Fuzz*'
fi

if [ -z "${SKIP_OUTAGE:-}" ]; then
    echo "== the database outage at its full length"
    if $quick; then outage=12; else outage=30; fi
    ./mvnw -B -q -pl manager test -Dresilience.outage-seconds=$outage -Dsurefire.failIfNoSpecifiedTests=false \
        -Dtest=DatabaseOutageTest
fi
