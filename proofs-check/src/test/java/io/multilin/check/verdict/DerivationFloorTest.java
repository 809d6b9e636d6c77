package io.multilin.check.verdict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.multilin.architecture.Exponent;
import io.multilin.architecture.Quantity;
import io.multilin.check.sides.Fit;
import io.multilin.check.sides.Measurement;
import io.multilin.check.verdict.DerivationCheck.Remedy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * docs/VERDICTS.md section 3.2, the noise floor: values falling to it agree with a vanishing
 * derivation (p < 0 or identically zero) and contradict one with p >= 0; an identically zero
 * derivation agrees with values at the floor everywhere and is contradicted by values above it
 * everywhere; a slope needs at least 3 widths above the floor. The widths are 64..1024.
 */
class DerivationFloorTest {

    private static final Quantity Q = new Quantity.HessianNorm();
    private static final double TOL = 0.15;
    private static final Exponent HALF = Exponent.of(-1, 2);
    private static final Exponent FLAT = Exponent.of(0, 1);
    private static final Exponent ZERO = Exponent.ZERO_FUNCTION;

    private static DerivationCheck check(Exponent p, Measurement m) {
        return DerivationCheck.of(Q, p, m, TOL);
    }

    /** The largest width at the floor: the values fall to it; no fit to lean on. */
    private static Measurement fallingWithoutFit() {
        return Sweeps.sweep(Q, Optional.empty(), true, false, false, false, false, true);
    }

    /** Every width at the floor, though the producer did not flag a fall. */
    private static Measurement everywhereAtFloorNotFlagged() {
        return Sweeps.sweep(Q, Optional.empty(), false, true, true, true, true, true);
    }

    @Test
    void fallingToTheFloorAloneAgreesWithAVanishingDerivation() {
        DerivationCheck falls = check(HALF, fallingWithoutFit());
        assertEquals(Agreement.AGREES, falls.agreement());
        assertEquals("sup ||H|| (derived m^-1/2): the values fall to the noise floor as m grows", falls.reason());
        assertEquals(Agreement.AGREES, check(ZERO, fallingWithoutFit()).agreement());
    }

    @Test
    void fallingToTheFloorContradictsADerivationThatDoesNotVanish() {
        // p = 0 sits exactly on "p >= 0"
        DerivationCheck flat = check(FLAT, fallingWithoutFit());
        assertEquals(Agreement.CONTRADICTS, flat.agreement());
        assertEquals("sup ||H|| (derived m^0): the values fall to the noise floor as m grows, but the derivation does"
                + " not vanish", flat.reason());
        assertEquals(Remedy.LARGER_WIDTHS, flat.remedy());
    }

    @Test
    void valuesAtTheFloorEverywhereCountAsFallingEvenUnflagged() {
        Measurement zero = everywhereAtFloorNotFlagged();
        DerivationCheck identically = check(ZERO, zero);
        assertEquals(Agreement.AGREES, identically.agreement());
        assertEquals("sup ||H|| (derived identically 0): zero within precision at every width",
                identically.reason());
        // a power that vanishes cannot be measured from zeros: its exponent is unknown
        DerivationCheck half = check(HALF, zero);
        assertEquals(Agreement.CANNOT_TELL, half.agreement());
        assertEquals("sup ||H|| (derived m^-1/2): zero within precision at every width, so its exponent cannot be"
                + " measured", half.reason());
        assertEquals(Agreement.CONTRADICTS, check(FLAT, zero).agreement());
    }

    @Test
    void anIdenticallyZeroDerivationAboveTheFloorAtSomeWidthsOnlyCannotTell() {
        // the smallest width at the floor, the others above, no fall: neither zero nor clearly not
        Measurement partly = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.5, -0.6, -0.4, 4)), false,
                true, false, false, false, false);
        DerivationCheck some = check(ZERO, partly);
        assertEquals(Agreement.CANNOT_TELL, some.agreement());
        assertEquals("sup ||H|| (derived identically 0): above the noise floor at some widths only",
                some.reason());
        // above the floor everywhere: a quantity derived zero that is not
        DerivationCheck above = check(ZERO, Sweeps.clean(Q, Sweeps.fit(-0.5, -0.6, -0.4)));
        assertEquals(Agreement.CONTRADICTS, above.agreement());
        assertEquals("sup ||H|| (derived identically 0): above the noise floor at every width (slope -0.5"
                + " [-0.6, -0.4] (3 seeds, 95%))", above.reason());
        // above the floor everywhere but without a fit: nothing to show, so it cannot tell
        Measurement unfitted = Sweeps.sweep(Q, Optional.empty(), false, false, false, false, false, false);
        assertEquals(Agreement.CANNOT_TELL, check(ZERO, unfitted).agreement());
    }

    @Test
    void threeWidthsAboveTheFloorAreEnoughForASlope() {
        // the two smallest widths at the floor, three above, fitted on those three (MIN_WIDTHS = 3)
        Measurement three = Sweeps.sweep(Q, Optional.of(Sweeps.fit(-0.5, -0.6, -0.4, 3)), false,
                true, true, false, false, false);
        assertEquals(Agreement.AGREES, check(HALF, three).agreement());
    }

    @Test
    void twoWidthsAboveTheFloorAreTooFewWhateverTheFitSays() {
        // a fit claiming 3 widths beside a sweep with only 2 above the floor: the sweep decides
        Fit claimsThree = Sweeps.fit(-0.5, -0.6, -0.4, 3);
        Measurement two = Sweeps.sweep(Q, Optional.of(claimsThree), false, true, true, true, false, false);
        DerivationCheck sparse = check(HALF, two);
        assertEquals(Agreement.CANNOT_TELL, sparse.agreement());
        assertEquals("sup ||H|| (derived m^-1/2): only 2 widths above the noise floor, a slope needs 3",
                sparse.reason());
        assertEquals(Remedy.NONE, sparse.remedy());
        // five widths above the floor but a fit over two of them: too few as well
        Measurement fitOnTwo = Sweeps.clean(Q, Sweeps.fit(-0.5, -0.6, -0.4, 2));
        assertEquals(Agreement.CANNOT_TELL, check(HALF, fitOnTwo).agreement());
    }
}
