package org.aimilestones.generate;

import java.util.Locale;
import org.aimilestones.vocab.AIMIL;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/** Synthetic people (job, employer or affiliation, memberships) and organizations (kind, founder, date, parent). */
final class SyntheticAgents {

    /** Organization kinds with their English and Chinese names, in the proportions they are drawn. */
    private enum OrganizationKind {
        COMPANY(AIMIL.Company, "company", "公司"),
        RESEARCH_LAB(AIMIL.ResearchLab, "research lab", "研究实验室"),
        UNIVERSITY(AIMIL.University, "university", "大学"),
        TEAM(AIMIL.Team, "team", "团队");

        final Resource type;
        final String english;
        final String chinese;

        OrganizationKind(Resource type, String english, String chinese) {
            this.type = type;
            this.english = english;
            this.chinese = chinese;
        }
    }

    private static final String[][] JOB_TITLES = {
        {"researcher", "研究员"}, {"Professor", "教授"}, {"Chief Scientist", "首席科学家"}, {"engineer", "工程师"},
    };

    private final TripleOut out;

    SyntheticAgents(TripleOut out) {
        this.out = out;
    }

    /** The block's two people: the first founds its organization, the second works for an earlier or this one. */
    void people(Block block) {
        for (long i = block.founder(); i <= block.lastPerson(); i++) {
            person(block, i);
        }
    }

    private void person(Block block, long i) {
        Node person = SyntheticNames.person(i);
        long employer = out.upTo(block.organization());
        String[] job = JOB_TITLES[out.random().nextInt(JOB_TITLES.length)];
        out.type(person, AIMIL.Person);
        out.describe(person, "Synthetic person " + i, "合成人物 " + i,
                "A synthetic " + job[0].toLowerCase(Locale.ROOT) + " of synthetic organization " + employer
                        + ", generated to test ai-milestones at scale.",
                "为大规模测试 ai-milestones 而生成的合成人物，合成机构 " + employer + " 的" + job[1] + "。");
        out.bilingual(person, AIMIL.jobTitle, job[0], job[1]);
        out.add(person, out.chance(70) ? AIMIL.employer : AIMIL.affiliation, SyntheticNames.organization(employer));
        if (out.chance(30)) {
            out.add(person, AIMIL.memberOf, SyntheticNames.organization(out.upTo(block.organization())));
        }
        if (out.chance(20)) {
            out.add(person, AIMIL.alumniOf, SyntheticNames.organization(out.upTo(block.organization())));
        }
        out.add(person, AIMIL.statedIn, block.slide());
    }

    /** The block's organization, founded by the block's first person; labs and teams are often part of an earlier one. */
    void organization(Block block) {
        long i = block.organization();
        Node organization = SyntheticNames.organization(i);
        OrganizationKind kind = kind();
        SyntheticDate founded = block.founding();
        out.type(organization, kind.type);
        out.describe(organization, "Synthetic organization " + i, "合成机构 " + i,
                "A synthetic " + kind.english + " founded in " + founded.lexical() + " by synthetic person "
                        + block.founder() + ", generated to test ai-milestones at scale.",
                "为大规模测试 ai-milestones 而生成的合成" + kind.chinese + "，由合成人物 " + block.founder() + " 于 "
                        + founded.lexical() + " 创立。");
        out.add(organization, AIMIL.founder, SyntheticNames.person(block.founder()));
        out.add(organization, AIMIL.foundingDate, founded.literal());
        boolean unit = kind == OrganizationKind.RESEARCH_LAB || kind == OrganizationKind.TEAM;
        if (unit && i > 0 && out.chance(70)) {
            out.add(organization, AIMIL.partOf, SyntheticNames.organization(out.upTo(i - 1)));
        }
        if (kind == OrganizationKind.TEAM) {
            out.add(SyntheticNames.person(block.founder()), AIMIL.leads, organization);
            out.add(SyntheticNames.person(block.lastPerson()), AIMIL.memberOf, organization);
        }
        out.add(organization, AIMIL.statedIn, block.slide());
    }

    private OrganizationKind kind() {
        int roll = out.random().nextInt(100);
        if (roll < 45) {
            return OrganizationKind.COMPANY;
        }
        if (roll < 65) {
            return OrganizationKind.RESEARCH_LAB;
        }
        return roll < 80 ? OrganizationKind.UNIVERSITY : OrganizationKind.TEAM;
    }
}
