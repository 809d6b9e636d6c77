package io.multilin.check.report;

import io.multilin.check.run.SweepDefaults;
import io.multilin.check.verdict.Mode;
import java.time.Duration;
import java.time.Instant;

/** Facts about one run that a report states: version, mode, seeds and sweep, when and how long. */
public record RunMetadata(String version, Mode mode, SweepDefaults sweep, Instant started, Duration elapsed,
                          boolean interrupted) {
}
