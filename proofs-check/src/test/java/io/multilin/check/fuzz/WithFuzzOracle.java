package io.multilin.check.fuzz;

import net.jqwik.api.lifecycle.AfterProperty;

/**
 * The base of the fuzz properties: jqwik makes one instance per property, so each property gets
 * its own {@link FuzzOracle}, finished (sentinel checked, counts saved) after its last case.
 */
abstract class WithFuzzOracle {

    final FuzzOracle oracle = new FuzzOracle();

    @AfterProperty
    void finishOracle() {
        oracle.finish();
    }
}
