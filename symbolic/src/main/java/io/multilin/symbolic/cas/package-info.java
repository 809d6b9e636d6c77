/**
 * The one door to Symja (docs/MEANING.md section 3, exact algebra): every evaluation of the
 * symbolic side goes through a {@link io.multilin.symbolic.cas.SymjaSession}, which runs with a
 * time limit, and the first session applies {@link io.multilin.symbolic.cas.SymjaSettings},
 * Symja's global switches (file system, network, Java and system functions off; size limits).
 * Expressions are built with Symja's Java API ({@code F.*}) from values already checked by the
 * claim grammars; nothing here parses a string. It depends on Symja only.
 */
package io.multilin.symbolic.cas;
