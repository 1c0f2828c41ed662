package org.aimilestones.generate;

import org.aimilestones.vocab.AIMIL;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Synthetic claims and amounts: performance claims about research results, prices of acquisitions. */
final class SyntheticClaims {

    private static final String[] CURRENCIES = {"USD", "CNY", "EUR", "GBP"};

    private final TripleOut out;
    private final RealConcepts concepts;

    SyntheticClaims(TripleOut out, RealConcepts concepts) {
        this.out = out;
        this.concepts = concepts;
    }

    /** A performance claim {@code event-i/accuracy} about the event and the artifact it produced, in the deck's words. */
    void performance(Block block, long i, Node event, Node artifact) {
        Node claim = SyntheticNames.ofEvent(i, "accuracy");
        int percent = 50 + out.random().nextInt(50);
        out.type(claim, AIMIL.PerformanceClaim);
        out.describe(claim, "Synthetic event " + i + ": " + percent + "% accuracy",
                "合成事件 " + i + "：准确率 " + percent + "%",
                "The synthetic deck claims " + percent + "% accuracy for the result of synthetic event " + i + ".",
                "合成幻灯片称合成事件 " + i + " 的成果准确率为 " + percent + "%。");
        out.add(claim, AIMIL.about, artifact);
        out.add(claim, AIMIL.about, event);
        out.bilingual(claim, AIMIL.metric, "accuracy", "准确率");
        out.literal(claim, AIMIL.value, Integer.toString(percent), XSDDatatype.XSDinteger);
        out.literal(claim, AIMIL.unitText, "%", XSDDatatype.XSDstring);
        out.add(claim, AIMIL.quote, NodeFactory.createLiteralLang(
                "合成事件" + i + "以" + percent + "%的准确率取得突破", "zh"));
        if (!concepts.performanceLevels().isEmpty() && out.chance(50)) {
            out.add(claim, AIMIL.performanceLevel, out.pick(concepts.performanceLevels()));
        }
        if (out.chance(10)) {
            out.literal(claim, AIMIL.isFirst, "true", XSDDatatype.XSDboolean);
        }
        out.add(claim, AIMIL.statedIn, block.slide());
    }

    /** The price {@code event-i/price} of an acquisition: a whole number of millions in one of four currencies. */
    void price(Block block, long i, Node event) {
        Node price = SyntheticNames.ofEvent(i, "price");
        long millions = 1 + out.random().nextInt(2000);
        String currency = CURRENCIES[out.random().nextInt(CURRENCIES.length)];
        out.add(event, AIMIL.price, price);
        out.type(price, AIMIL.MonetaryAmount);
        out.describe(price, currency + " " + millions + " million (price in synthetic event " + i + ")",
                millions + " 百万 " + currency + "（合成事件 " + i + " 中的价格）",
                "The price of the synthetic acquisition " + i + ", as the synthetic deck states it.",
                "合成幻灯片所述合成收购事件 " + i + " 的价格。");
        out.literal(price, AIMIL.value, millions + "000000", XSDDatatype.XSDinteger);
        out.literal(price, AIMIL.currency, currency, XSDDatatype.XSDstring);
        out.add(price, AIMIL.statedIn, block.slide());
    }
}
