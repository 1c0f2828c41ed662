package org.aimilestones.generate;

import java.util.SplittableRandom;
import org.apache.jena.graph.Node;

/**
 * One round of generation, numbered from 0: its slide (every resource of the round is stated in it), its section and
 * the section's year, and the fresh resources it adds: two people, one organization (with its founding date), one
 * artifact and three events. Resources of earlier rounds may be linked to; later ones never are.
 */
record Block(long index, SyntheticDate founding) {

    static final int SLIDES_PER_SECTION = 20;
    static final int EVENTS = 3;
    static final int FIRST_YEAR = 1950;
    static final int YEARS = 75;

    /** Starts round index, drawing the founding date of its organization. */
    static Block start(long index, SplittableRandom random) {
        return new Block(index, SyntheticDate.founding(sectionYear(index / SLIDES_PER_SECTION + 1), random));
    }

    long slideNumber() {
        return index + 1;
    }

    Node slide() {
        return SyntheticNames.slide(slideNumber());
    }

    long sectionNumber() {
        return index / SLIDES_PER_SECTION + 1;
    }

    /** @return true if this round opens a new section */
    boolean opensSection() {
        return index % SLIDES_PER_SECTION == 0;
    }

    /** @return the year of this round's section; its events happen in it */
    int year() {
        return sectionYear(sectionNumber());
    }

    static int sectionYear(long section) {
        return FIRST_YEAR + (int) ((section - 1) % YEARS);
    }

    /** @return the number of this round's organization, also the highest organization number so far */
    long organization() {
        return index;
    }

    /** @return the number of this round's artifact, also the highest artifact number so far */
    long artifact() {
        return index;
    }

    /** @return the number of this round's first person, the founder of its organization */
    long founder() {
        return 2 * index;
    }

    /** @return the highest person number so far */
    long lastPerson() {
        return 2 * index + 1;
    }

    /** @return the number of this round's k-th event, k from 0 */
    long event(int k) {
        return EVENTS * index + k;
    }
}
