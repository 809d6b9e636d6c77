#!/usr/bin/env bash
# Java benchmarks outside `multilin bench` (which times the kernels and the expansion: see
# bench/README.md): memory of a Hessian-norm point, training steps, calibration of intervals.
# Usage: bench/run-java.sh [hessian-memory|training] [widths or depths...]   (CSV on stdout)
#        bench/run-java.sh calibration [baseSeeds [seeds [csvPath]]]   (table on stdout, CSV to bench/results/)
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
cd "$top"
mvn -q -B -DskipTests -pl bench -am install >&2
# An absolute path: a relative one is resolved inside the module (bench/bench/target/...).
mvn -q -B -pl bench dependency:build-classpath -Dmdep.outputFile="$top/bench/target/classpath.txt" >&2
cp="bench/target/classes:$(cat bench/target/classpath.txt)"
case "${1:-}" in
  # 3 GB: weights (0.54 GB at m = 4096) plus the dense path's vectors, the comparison case;
  # at m = 8192 (weights 2.15 GB, dense path skipped) BENCH_HEAP=3500m shows the cell's bound
  hessian-memory) shift; exec java -Xmx"${BENCH_HEAP:-3g}" -cp "$cp" io.multilin.bench.HessianMemoryBenchmark "$@" ;;
  training) shift; exec java -Xmx2g -cp "$cp" io.multilin.bench.TrainingBenchmark "$@" ;;
  # coverage of the slope interval on known exponents (issue 10); networks [4, m, 1], small heap
  calibration) shift; exec java -Xmx1g -cp "$cp" io.multilin.bench.CalibrationBenchmark "$@" ;;
  *) echo "usage: bench/run-java.sh hessian-memory|training|calibration [args...]" >&2; exit 2 ;;
esac
