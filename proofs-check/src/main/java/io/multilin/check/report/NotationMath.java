package io.multilin.check.report;

import io.multilin.architecture.notation.Notation;
import io.multilin.architecture.notation.NotationCases;
import io.multilin.architecture.notation.Op;
import io.multilin.architecture.notation.Step;
import io.multilin.reports.model.Inline;
import io.multilin.reports.model.MathNode;
import io.multilin.reports.model.RichText;
import io.multilin.reports.model.Symbol;

import java.util.ArrayList;
import java.util.List;

import static io.multilin.reports.model.MathNode.sym;

/**
 * A derivation {@link Step} as report text: words stay text, the architecture's
 * {@link Notation} becomes report math. Symbols, the initial point, transposes and square roots
 * are nodes of their own there, so nothing here reads structure back from a name.
 */
final class NotationMath {

    private NotationMath() {
    }

    static RichText steps(List<Step> steps) {
        List<Inline> spans = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (i > 0) {
                spans.add(new Inline.Text("; "));
            }
            spans.addAll(step(steps.get(i)).spans());
        }
        return new RichText(spans);
    }

    static RichText step(Step step) {
        List<Inline> spans = new ArrayList<>();
        for (Step.Piece piece : step.pieces()) {
            if (piece instanceof Step.Piece.Math m && m.notation() instanceof Notation.QuantityOf q) {
                // as in the tables: its words (the "across" of a mixed derivative) may break the line
                spans.addAll(QuantityMath.text(q.quantity()).spans());
            } else {
                spans.add(piece instanceof Step.Piece.Math m ? new Inline.Math(of(m.notation()))
                        : new Inline.Text(((Step.Piece.Words) piece).text()));
            }
        }
        return new RichText(spans);
    }

    static MathNode of(Notation n) {
        return n.accept(TO_MATH);
    }

    /** One case per kind of notation: a new kind does not compile until it is typeset here. */
    private static final NotationCases<MathNode> TO_MATH = new NotationCases<>() {
        @Override
        public MathNode name(Notation.Name name) {
            return MathNode.var(name.name());
        }

        @Override
        public MathNode symbolic(Notation.Symbolic symbolic) {
            return sym(symbol(symbolic.sym()));
        }

        @Override
        public MathNode initial(Notation.Initial initial) {
            return MathNode.sub(of(initial.base()), new MathNode.Num(0));
        }

        @Override
        public MathNode transpose(Notation.Transpose t) {
            return MathNode.pow(of(t.base()), sym(Symbol.TOP));
        }

        @Override
        public MathNode sqrt(Notation.Sqrt r) {
            return new MathNode.Sqrt(of(r.body()));
        }

        @Override
        public MathNode integer(Notation.Int i) {
            return new MathNode.Num(i.value());
        }

        @Override
        public MathNode decimal(Notation.Decimal d) {
            return new MathNode.Decimal(d.digits());
        }

        @Override
        public MathNode listOf(Notation.ListOf l) {
            List<MathNode> items = new ArrayList<>();
            for (Notation item : l.items()) {
                if (!items.isEmpty()) {
                    items.add(sym(Symbol.COMMA));
                }
                items.add(of(item));
            }
            return new MathNode.Group(new MathNode.Row(items), true);
        }

        @Override
        public MathNode quantityOf(Notation.QuantityOf q) {
            return QuantityMath.of(q.quantity());
        }

        @Override
        public MathNode ratio(Notation.Ratio r) {
            return new MathNode.Frac(r.value().getNumerator(), r.value().getDenominator());
        }

        @Override
        public MathNode operator(Notation.Operator o) {
            return sym(symbol(o.op()));
        }

        @Override
        public MathNode power(Notation.Power p) {
            return MathNode.pow(of(p.base()), of(p.exponent()));
        }

        @Override
        public MathNode sub(Notation.Sub s) {
            return MathNode.sub(of(s.base()), of(s.index()));
        }

        @Override
        public MathNode call(Notation.Call c) {
            return MathNode.row(of(c.function()), new MathNode.Group(of(c.argument()), false));
        }

        @Override
        public MathNode neg(Notation.Neg g) {
            return MathNode.row(sym(Symbol.MINUS), of(g.body()));
        }

        @Override
        public MathNode derivative(Notation.Derivative d) {
            return MathNode.row(sym(Symbol.PARTIAL), of(d.of()), sym(Symbol.SLASH), sym(Symbol.PARTIAL), of(d.by()));
        }

        @Override
        public MathNode sumOver(Notation.SumOver s) {
            return MathNode.sub(sym(Symbol.SUM), of(s.index()));
        }

        @Override
        public MathNode indexed(Notation.Indexed x) {
            return MathNode.sub(of(x.base()), new MathNode.Group(MathNode.row(of(x.from()), sym(Symbol.RANGE), of(x.to())), true));
        }

        @Override
        public MathNode at(Notation.At a) {
            return MathNode.row(of(a.base()), new MathNode.Group(of(a.argument()), true));
        }

        @Override
        public MathNode prime(Notation.Prime p) {
            return new MathNode.Prime(of(p.base()), p.count());
        }

        @Override
        public MathNode norm(Notation.Norm norm) {
            return new MathNode.Norm(of(norm.body()), switch (norm.kind()) {
                case PLAIN -> null;
                case TWO -> new MathNode.Num(2);
                case OPERATOR -> new MathNode.Word("op");
            });
        }

        @Override
        public MathNode abs(Notation.Abs a) {
            return new MathNode.Abs(of(a.body()));
        }

        @Override
        public MathNode paren(Notation.Paren p) {
            return new MathNode.Group(of(p.body()), false);
        }

        @Override
        public MathNode layerSet(Notation.LayerSet s) {
            return new MathNode.SetOf(s.layers().stream().map(l -> (MathNode) new MathNode.Num(l)).toList());
        }

        @Override
        public MathNode sup(Notation.Sup s) {
            return new MathNode.Sup(null, of(s.body()));
        }

        @Override
        public MathNode row(Notation.Row r) {
            return new MathNode.Row(r.items().stream().map(NotationMath::of).toList());
        }
    };

    private static Symbol symbol(Notation.Sym sym) {
        return switch (sym) {
            case ALPHA -> Symbol.ALPHA;
            case BETA -> Symbol.BETA;
            case ETA -> Symbol.ETA;
            case SIGMA -> Symbol.SIGMA;
            case PHI -> Symbol.VARPHI;
            case DELTA -> Symbol.DELTA;
            case NABLA -> Symbol.NABLA;
            case ELL -> Symbol.ELL;
            case INFINITY -> Symbol.INFTY;
        };
    }

    private static Symbol symbol(Op op) {
        return switch (op) {
            case SIM -> Symbol.SIM;
            case IMPLIES -> Symbol.IMPLIES;
            case LEQ -> Symbol.LEQ;
            case GEQ -> Symbol.GEQ;
            case LESS -> Symbol.LESS;
            case GREATER -> Symbol.GREATER;
            case TIMES -> Symbol.CDOT;
            case PLUS -> Symbol.PLUS;
            case MINUS -> Symbol.MINUS;
            case EQUALS -> Symbol.EQUALS;
            case COMMA -> Symbol.COMMA;
        };
    }
}
