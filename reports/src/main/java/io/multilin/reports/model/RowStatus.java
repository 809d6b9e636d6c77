package io.multilin.reports.model;

/**
 * How a table row is coloured. The model knows nothing of claims; a producer of verdict tables
 * maps VERIFIED to PASS, REFUTED to FAIL, DISAGREEMENT to CONFLICT, INCONCLUSIVE to UNDECIDED
 * and UNSUPPORTED to UNSUPPORTED. NONE leaves the row plain.
 */
public enum RowStatus { NONE, PASS, FAIL, CONFLICT, UNDECIDED, UNSUPPORTED }
