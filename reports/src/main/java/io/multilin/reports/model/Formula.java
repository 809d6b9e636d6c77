package io.multilin.reports.model;

/**
 * Trusted math: LaTeX math-mode source that the producer guarantees was built by a
 * computer-algebra system, never copied from user input. It is the only block whose text reaches
 * LaTeX unescaped, so the constructor still refuses anything that could read, write or redefine
 * (see {@link TrustedMathCheck}). {@code plainText} is an optional (nullable) readable
 * rendering for formats without math, e.g. {@code m^(-1/2)}; it is untrusted text.
 */
public record Formula(String latex, String plainText) implements Block {

    public Formula {
        TrustedMathCheck.require(latex);
    }

    public static Formula trustedMath(String latex) {
        return new Formula(latex, null);
    }
}
