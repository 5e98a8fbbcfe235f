# Sourced by the scripts of this checkout (bin/shelly-manager, bin/shelly-simulator, bench/run.sh).
# find_java NAME prints the path of a java of version 21 or newer: JAVA_HOME's when it is one, else the first of
# /usr/lib/jvm/temurin-25*, else the one on PATH; without one it says so, in the name of NAME, and exits.

# A JDK's major version from its release file, without starting a JVM (two of those cost about 0.2 s of every
# start); from the JVM itself where there is no such file.
java_major() {
    local release
    release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
    if [ -f "$release" ]; then
        sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
    else
        "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
    fi
}

usable_java() {
    [ -x "$1" ] && [ "$(java_major "$1")" -ge 21 ] 2>/dev/null
}

find_java() {
    if [ -n "${JAVA_HOME:-}" ] && usable_java "$JAVA_HOME/bin/java"; then
        echo "$JAVA_HOME/bin/java"
        return
    fi
    for candidate in /usr/lib/jvm/temurin-25*/bin/java; do
        if usable_java "$candidate"; then
            echo "$candidate"
            return
        fi
    done
    if command -v java >/dev/null && usable_java "$(command -v java)"; then
        command -v java
        return
    fi
    echo "$1: needs Java 21 or newer; set JAVA_HOME to such a JDK (found: ${JAVA_HOME:-no JAVA_HOME}," \
        "$(command -v java || echo 'no java on PATH'))" >&2
    exit 1
}
