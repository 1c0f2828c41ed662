package org.aimilestones.generate;

import org.aimilestones.vocab.AIMIL;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.DCTerms;

/** The synthetic deck, its sections (one per {@value Block#SLIDES_PER_SECTION} slides, each with a year) and slides. */
final class SyntheticSources {

    private final TripleOut out;

    SyntheticSources(TripleOut out) {
        this.out = out;
    }

    /** The deck every synthetic slide belongs to. */
    void deck() {
        Node deck = SyntheticNames.deck();
        out.type(deck, AIMIL.SlideDeck);
        out.describe(deck, "Synthetic deck", "合成幻灯片",
                "A synthetic slide deck: the source every synthetic event and claim is stated in. It exists to test ai-milestones at scale and states nothing true.",
                "合成的幻灯片：所有合成事件与论断的出处。仅用于大规模测试 ai-milestones，其内容均非事实。");
        out.bilingual(deck, AIMIL.title, "Synthetic deck", "合成幻灯片");
        out.bilingual(deck, DCTerms.rights, "Synthetic test data made by ai-milestones generate: it credits no one and"
                + " states nothing true.", "由 ai-milestones generate 生成的合成测试数据：不涉及任何人的著作，内容均非事实。");
        out.add(deck, AIMIL.creator, SyntheticNames.author());
        for (int year = Block.FIRST_YEAR; year < Block.FIRST_YEAR + Block.YEARS; year++) {
            out.literal(deck, AIMIL.coversYear, Integer.toString(year), XSDDatatype.XSDgYear);
        }
        Node author = SyntheticNames.author();
        out.type(author, AIMIL.Organization);
        out.describe(author, "Synthetic author", "合成作者",
                "The author of the synthetic deck: a made-up organization that stands for the author of a source.",
                "合成幻灯片的作者：代表来源作者的虚构机构。");
        out.add(author, AIMIL.statedIn, SyntheticNames.slide(1));
    }

    /** The block's section if it opens one, then its slide. */
    void slide(Block block) {
        Node section = SyntheticNames.section(block.sectionNumber());
        if (block.opensSection()) {
            section(section, block.sectionNumber());
        }
        long number = block.slideNumber();
        Node slide = block.slide();
        out.type(slide, AIMIL.Slide);
        out.describe(slide, "Synthetic deck, slide " + number, "合成幻灯片第 " + number + " 页",
                "Slide " + number + " of the synthetic deck, on the year " + block.year() + ".",
                "合成幻灯片的第 " + number + " 页，讲述 " + block.year() + " 年。");
        out.literal(slide, AIMIL.number, Long.toString(number), XSDDatatype.XSDinteger);
        out.bilingual(slide, AIMIL.title, block.year() + ": synthetic events, part " + number,
                block.year() + " 年：合成事件（" + number + "）");
        out.add(slide, AIMIL.inSection, section);
        out.add(slide, AIMIL.inDeck, SyntheticNames.deck());
    }

    private void section(Node section, long number) {
        int year = Block.sectionYear(number);
        out.type(section, AIMIL.Section);
        out.describe(section, "Synthetic deck, section " + number + ": " + year,
                "合成幻灯片第 " + number + " 章：" + year + " 年",
                "Section " + number + " of the synthetic deck, on the synthetic events of " + year + ".",
                "合成幻灯片的第 " + number + " 章，讲述 " + year + " 年的合成事件。");
        out.literal(section, AIMIL.number, Long.toString(number), XSDDatatype.XSDinteger);
        out.bilingual(section, AIMIL.title, "Synthetic events of " + year, year + " 年的合成事件");
        out.literal(section, AIMIL.sectionYear, Integer.toString(year), XSDDatatype.XSDgYear);
        out.add(section, AIMIL.inDeck, SyntheticNames.deck());
    }
}
