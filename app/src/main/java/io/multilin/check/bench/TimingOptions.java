package io.multilin.check.bench;

import picocli.CommandLine.Option;

/** How often a bench task runs: warm-up runs, then timed runs whose median is reported. */
final class TimingOptions {

    @Option(names = "--warmups", paramLabel = "N", description = "Untimed runs first (default ${DEFAULT-VALUE})")
    int warmups = 3;

    @Option(names = "--repeats", paramLabel = "N", description = "Timed runs; the median is reported (default ${DEFAULT-VALUE})")
    int repeats = 7;

    MedianTimer timer() {
        return new MedianTimer(warmups, repeats);
    }
}
