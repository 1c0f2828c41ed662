package org.aimilestones.generate;

import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * Synthetic events of the real kinds, each with the participants and results its kind has in the real data, a date of
 * mixed precision in its section's year (a few undated), topics, and its slide; acquisitions may carry a price.
 */
final class SyntheticEvents {

    /** Event kinds with their English and Chinese names; a founding is only drawn as the block's first event. */
    private enum EventKind {
        FOUNDING(AIMIL.Founding, "founding", "成立事件"),
        RESEARCH_RESULT(AIMIL.ResearchResult, "research result", "研究成果"),
        COMPETITION_RESULT(AIMIL.CompetitionResult, "competition result", "竞赛结果"),
        DEMONSTRATION(AIMIL.Demonstration, "demonstration", "展示"),
        PRODUCT_LAUNCH(AIMIL.ProductLaunch, "product launch", "产品发布"),
        ACQUISITION(AIMIL.Acquisition, "acquisition", "收购"),
        INVESTMENT(AIMIL.Investment, "investment", "投资"),
        APPOINTMENT(AIMIL.Appointment, "appointment", "任命"),
        RECOGNITION(AIMIL.Recognition, "recognition", "认可"),
        REGULATORY_MILESTONE(AIMIL.RegulatoryMilestone, "regulatory milestone", "监管里程碑"),
        INDUSTRY_TREND(AIMIL.IndustryTrend, "industry trend", "产业趋势"),
        CORPORATE_MEETING(AIMIL.CorporateMeeting, "corporate meeting", "公司会议");

        final Resource type;
        final String english;
        final String chinese;

        EventKind(Resource type, String english, String chinese) {
            this.type = type;
            this.english = english;
            this.chinese = chinese;
        }
    }

    private final TripleOut out;
    private final RealConcepts concepts;
    private final SyntheticClaims claims;

    SyntheticEvents(TripleOut out, RealConcepts concepts) {
        this.out = out;
        this.concepts = concepts;
        this.claims = new SyntheticClaims(out, concepts);
    }

    /** The block's events; the first is, one time in four, the founding of the block's organization. */
    void events(Block block) {
        for (int k = 0; k < Block.EVENTS; k++) {
            EventKind kind = k == 0 && out.chance(25) ? EventKind.FOUNDING
                    : EventKind.values()[1 + out.random().nextInt(EventKind.values().length - 1)];
            if (kind == EventKind.ACQUISITION && block.organization() == 0) {
                kind = EventKind.INVESTMENT;
            }
            event(block, block.event(k), kind);
        }
    }

    private void event(Block block, long i, EventKind kind) {
        Node event = SyntheticNames.event(i);
        SyntheticDate date = kind == EventKind.FOUNDING ? block.founding()
                : SyntheticDate.forEvent(block.year(), out.random());
        out.type(event, kind.type);
        out.describe(event, "Synthetic event " + i, "合成事件 " + i,
                "A synthetic " + kind.english + (date.dated() ? " of " + date.lexical() : ", undated")
                        + ", generated to test ai-milestones at scale.",
                "为大规模测试 ai-milestones 而生成的合成" + kind.chinese + (date.dated() ? "，时间 " + date.lexical() : "，无日期")
                        + "。");
        out.eventDate(event, date);
        participants(block, i, event, kind);
        if (!concepts.topics().isEmpty() && out.chance(60)) {
            out.add(event, AIMIL.topic, out.pick(concepts.topics()));
        }
        if (out.chance(30)) {
            out.bilingual(event, AIMIL.significance, "A synthetic milestone of " + block.year() + ".",
                    block.year() + " 年的合成里程碑。");
        }
        out.add(event, AIMIL.statedIn, block.slide());
    }

    private void participants(Block block, long i, Node event, EventKind kind) {
        Node organization = SyntheticNames.organization(block.organization());
        switch (kind) {
            case FOUNDING -> {
                out.add(event, AIMIL.foundedBy, SyntheticNames.person(block.founder()));
                out.add(event, AIMIL.foundedOrganization, organization);
            }
            case RESEARCH_RESULT -> {
                out.add(event, AIMIL.participant, anyPerson(block));
                out.add(event, AIMIL.produced, SyntheticNames.artifact(block.artifact()));
                if (!concepts.techniques().isEmpty()) {
                    out.add(event, AIMIL.usesTechnique, out.pick(concepts.techniques()));
                }
                if (out.chance(25)) {
                    claims.performance(block, i, event, SyntheticNames.artifact(block.artifact()));
                }
            }
            case COMPETITION_RESULT -> {
                out.add(event, AIMIL.participant, anyOrganization(block));
                out.add(event, AIMIL.participant, anyPerson(block));
                out.add(event, AIMIL.winningEntry, anyArtifact(block));
                if (!concepts.competitions().isEmpty()) {
                    out.add(event, AIMIL.competition, out.pick(concepts.competitions()));
                }
            }
            case DEMONSTRATION -> {
                out.add(event, AIMIL.participant, anyPerson(block));
                out.add(event, AIMIL.about, anyArtifact(block));
            }
            case PRODUCT_LAUNCH -> {
                out.add(event, AIMIL.participant, anyOrganization(block));
                out.add(event, AIMIL.produced, SyntheticNames.artifact(block.artifact()));
            }
            case ACQUISITION -> acquisition(block, i, event, organization);
            case INVESTMENT -> {
                out.add(event, AIMIL.investor, out.chance(70) ? anyOrganization(block) : anyPerson(block));
                out.add(event, AIMIL.investee, organization);
            }
            case APPOINTMENT -> {
                Node appointee = SyntheticNames.person(block.lastPerson());
                Node appointer = anyOrganization(block);
                out.add(event, AIMIL.appointee, appointee);
                out.add(event, AIMIL.appointingOrganization, appointer);
                out.bilingual(event, AIMIL.roleTitle, "Chief Scientist", "首席科学家");
                out.add(appointee, AIMIL.employer, appointer);
            }
            case RECOGNITION, REGULATORY_MILESTONE, INDUSTRY_TREND -> {
                out.add(event, AIMIL.participant, anyOrganization(block));
                out.add(event, AIMIL.about, anyArtifact(block));
            }
            case CORPORATE_MEETING -> out.add(event, AIMIL.participant, anyOrganization(block));
        }
    }

    /** An earlier organization acquires the block's one, with the shortcut aimil:acquiredBy and, often, a price. */
    private void acquisition(Block block, long i, Node event, Node acquired) {
        Node acquirer = SyntheticNames.organization(out.upTo(block.organization() - 1));
        out.add(event, AIMIL.acquirer, acquirer);
        out.add(event, AIMIL.acquiredOrganization, acquired);
        out.add(acquired, AIMIL.acquiredBy, acquirer);
        if (out.chance(50)) {
            claims.price(block, i, event);
        }
    }

    private Node anyPerson(Block block) {
        return SyntheticNames.person(out.upTo(block.lastPerson()));
    }

    private Node anyOrganization(Block block) {
        return SyntheticNames.organization(out.upTo(block.organization()));
    }

    private Node anyArtifact(Block block) {
        return SyntheticNames.artifact(out.upTo(block.artifact()));
    }
}
