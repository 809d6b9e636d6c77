package io.multilin.architecture.notation;

/**
 * One method per kind of {@link Notation}: readers of the tree (the report's typesetting)
 * implement it, so that a new kind of notation is a compile error until each of them handles it.
 */
public interface NotationCases<R> {

    R name(Notation.Name n);

    R symbolic(Notation.Symbolic n);

    R initial(Notation.Initial n);

    R transpose(Notation.Transpose n);

    R sqrt(Notation.Sqrt n);

    R integer(Notation.Int n);

    R ratio(Notation.Ratio n);

    R decimal(Notation.Decimal n);

    R listOf(Notation.ListOf n);

    R quantityOf(Notation.QuantityOf n);

    R operator(Notation.Operator n);

    R power(Notation.Power n);

    R call(Notation.Call n);

    R neg(Notation.Neg n);

    R derivative(Notation.Derivative n);

    R sumOver(Notation.SumOver n);

    R sub(Notation.Sub n);

    R indexed(Notation.Indexed n);

    R at(Notation.At n);

    R prime(Notation.Prime n);

    R norm(Notation.Norm n);

    R abs(Notation.Abs n);

    R paren(Notation.Paren n);

    R layerSet(Notation.LayerSet n);

    R sup(Notation.Sup n);

    R row(Notation.Row n);
}
