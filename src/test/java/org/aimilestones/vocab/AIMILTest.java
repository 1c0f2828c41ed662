package org.aimilestones.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the AIMIL vocabulary class and ontology/ai-milestones.ttl in step, and checks the ontology's bilingual labels. */
class AIMILTest {

    private static final List<Resource> DECLARING_TYPES =
            List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.NamedIndividual);

    /** The real ontology, read from the project directory (the test working directory). */
    private static final Path ONTOLOGY = Path.of("ontology", "ai-milestones.ttl");

    private static Model ontology;

    @BeforeAll
    static void readOntology() {
        ontology = RDFDataMgr.loadModel(ONTOLOGY.toString());
    }

    /** Local names of the aimil: terms the ontology declares (as class, property or named individual). */
    private static Set<String> declaredTerms() {
        Set<String> names = new TreeSet<>();
        for (Resource type : DECLARING_TYPES) {
            ontology.listSubjectsWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && AIMIL.NS.equals(r.getNameSpace()))
                    .forEach(r -> names.add(r.getLocalName()));
        }
        return names;
    }

    /** The term constants of the AIMIL class (every Resource constant but the ontology IRI). */
    private static List<Field> termConstants() {
        List<Field> fields = new ArrayList<>();
        for (Field f : AIMIL.class.getFields()) {
            boolean constant = Modifier.isStatic(f.getModifiers()) && Modifier.isFinal(f.getModifiers());
            if (constant && Resource.class.isAssignableFrom(f.getType()) && !f.getName().equals("ONTOLOGY")) {
                fields.add(f);
            }
        }
        return fields;
    }

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Set<String> declared = declaredTerms();
        for (Field f : termConstants()) {
            Resource term = (Resource) f.get(null);
            assertEquals(AIMIL.NS + f.getName(), term.getURI(), "constant name is the local name");
            assertTrue(declared.contains(f.getName()), "AIMIL." + f.getName() + " is not declared in ai-milestones.ttl");
            boolean isProperty = ontology.contains(term, RDF.type, OWL.ObjectProperty)
                    || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                    || ontology.contains(term, RDF.type, OWL.AnnotationProperty);
            assertEquals(isProperty, term instanceof Property, "AIMIL." + f.getName() + " Property-ness");
        }
        assertTrue(ontology.contains(AIMIL.ONTOLOGY, RDF.type, OWL.Ontology));
    }

    @Test
    void everyDeclaredTermHasAConstant() {
        Set<String> constants = new TreeSet<>();
        termConstants().forEach(f -> constants.add(f.getName()));
        Set<String> missing = new TreeSet<>(declaredTerms());
        missing.removeAll(constants);
        assertTrue(missing.isEmpty(), "ai-milestones.ttl terms without an AIMIL constant: " + missing);
    }

    @Test
    void everyClassAndPropertyIsLabelledAndCommentedInEnglishAndChinese() {
        List<String> problems = new ArrayList<>();
        for (String name : declaredTerms()) {
            Resource term = ontology.getResource(AIMIL.NS + name);
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                for (String lang : List.of("en", "zh")) {
                    boolean present = ontology.listObjectsOfProperty(term, p)
                            .filterKeep(o -> o.isLiteral() && lang.equals(o.asLiteral().getLanguage()))
                            .hasNext();
                    if (!present) {
                        problems.add("aimil:" + name + " has no " + p.getLocalName() + "@" + lang);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
