package io.multilin.check.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a {@code --timeout}: {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m}, or plain seconds. */
final class TimeLimit {

    private static final Pattern SPELLING = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,7})m)?(?:(\\d{1,9})s?)?");

    private TimeLimit() {
    }

    /** The duration, or empty when the text is no positive duration in this form. */
    static Optional<Duration> parse(String text) {
        Matcher matcher = SPELLING.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (text.isBlank() || !matcher.matches()) {
            return Optional.empty();
        }
        long seconds = value(matcher.group(1)) * 3600 + value(matcher.group(2)) * 60 + value(matcher.group(3));
        return seconds > 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    }

    private static long value(String digits) {
        return digits == null ? 0 : Long.parseLong(digits);
    }
}
