package io.multilin.check.plan;

import io.multilin.architecture.Quantity;

/** One quantity and what the assertion expects of it. */
public record Expectation(Quantity quantity, Property property) {
}
