package org.aimilestones.generate;

import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/** Synthetic artifacts: models, datasets, hardware, frameworks, products and publications, with creator, techniques and topic. */
final class SyntheticArtifacts {

    /** Artifact kinds with their English and Chinese names, drawn with equal chance. */
    private enum ArtifactKind {
        MODEL(AIMIL.Model, "model", "模型"),
        DATASET(AIMIL.Dataset, "dataset", "数据集"),
        HARDWARE(AIMIL.Hardware, "piece of hardware", "硬件"),
        SOFTWARE_FRAMEWORK(AIMIL.SoftwareFramework, "software framework", "软件框架"),
        PRODUCT(AIMIL.Product, "product", "产品"),
        PUBLICATION(AIMIL.Publication, "publication", "出版物");

        final Resource type;
        final String english;
        final String chinese;

        ArtifactKind(Resource type, String english, String chinese) {
            this.type = type;
            this.english = english;
            this.chinese = chinese;
        }
    }

    private final TripleOut out;
    private final RealConcepts concepts;

    SyntheticArtifacts(TripleOut out, RealConcepts concepts) {
        this.out = out;
        this.concepts = concepts;
    }

    /** The block's artifact, created by a person or an organization of this or an earlier block. */
    void artifact(Block block) {
        long i = block.artifact();
        Node artifact = SyntheticNames.artifact(i);
        ArtifactKind kind = ArtifactKind.values()[out.random().nextInt(ArtifactKind.values().length)];
        boolean byPerson = out.chance(50);
        long creatorNumber = out.upTo(byPerson ? block.lastPerson() : block.organization());
        Node creator = byPerson ? SyntheticNames.person(creatorNumber) : SyntheticNames.organization(creatorNumber);
        out.type(artifact, kind.type);
        out.describe(artifact, "Synthetic artifact " + i, "合成制品 " + i,
                "A synthetic " + kind.english + " created by synthetic " + (byPerson ? "person " : "organization ")
                        + creatorNumber + ", generated to test ai-milestones at scale.",
                "为大规模测试 ai-milestones 而生成的合成" + kind.chinese + "，由合成" + (byPerson ? "人物 " : "机构 ")
                        + creatorNumber + " 创建。");
        out.add(artifact, AIMIL.creator, creator);
        if (!concepts.techniques().isEmpty()) {
            int techniques = 1 + out.random().nextInt(2);
            for (int k = 0; k < techniques; k++) {
                out.add(artifact, AIMIL.usesTechnique, out.pick(concepts.techniques()));
            }
        }
        if (!concepts.topics().isEmpty()) {
            out.add(artifact, AIMIL.topic, out.pick(concepts.topics()));
        }
        out.add(artifact, AIMIL.statedIn, block.slide());
    }
}
