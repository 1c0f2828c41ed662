package org.aimilestones.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;

/** Shows xsd:gYear, xsd:gYearMonth, xsd:date and xsd:duration literals plainly, in English and Chinese. */
final class PlainDates {

    /** A literal shown in both page languages. */
    record Shown(String en, String zh) {}

    private PlainDates() {}

    /** @return the literal shown plainly, or empty if it is not a date or duration or does not parse */
    static Optional<Shown> show(Node literal) {
        String text = literal.getLiteralLexicalForm();
        String type = literal.getLiteralDatatypeURI();
        try {
            if (XSDDatatype.XSDgYear.getURI().equals(type)) {
                return Optional.of(new Shown(text, text + "年"));
            }
            if (XSDDatatype.XSDgYearMonth.getURI().equals(type)) {
                YearMonth ym = YearMonth.parse(text);
                return Optional.of(new Shown(ym.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)),
                        ym.getYear() + "年" + ym.getMonthValue() + "月"));
            }
            if (XSDDatatype.XSDdate.getURI().equals(type)) {
                LocalDate d = LocalDate.parse(text);
                return Optional.of(new Shown(d.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)),
                        d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"));
            }
            if (XSDDatatype.XSDduration.getURI().equals(type)) {
                Duration offset = Duration.parse(text);
                String clock = String.format(Locale.ROOT, "%d:%02d", offset.toMinutes(), offset.toSecondsPart());
                return Optional.of(new Shown("at " + clock, "从 " + clock + " 开始"));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
