package org.aimilestones.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSetOps;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.pfunction.library.assign;
import org.junit.jupiter.api.Test;

/** The served registry of property functions: the allowed ones, and nothing else, looked up or loaded. */
class FunctionAllowListTest {

    private static final String APF = "http://jena.apache.org/ARQ/property#";

    @Test
    void theRegistryHoldsTheAllowedPropertyFunctionsAlone() {
        PropertyFunctionRegistry registry = FunctionAllowList.registry();
        assertNotNull(registry.get("http://jena.apache.org/ARQ/list#member"));
        assertNotNull(registry.get("http://www.w3.org/2000/01/rdf-schema#member"));
        assertNotNull(registry.get(APF + "strSplit"));
        assertNotNull(PropertyFunctionRegistry.get().get(APF + "assign"), "Jena's own registry has apf:assign");
        assertNull(registry.get(APF + "assign"));
        assertNull(registry.get("java:" + assign.class.getName()), "no class is loaded by name");
        assertNull(registry.get("http://www.w3.org/2000/01/rdf-schema#subClassOf"));
        assertEquals(false, registry.manages(APF + "assign"));
        assertThrows(UnsupportedOperationException.class, () -> registry.put(APF + "assign", uri -> null));
    }

    /** With the registry in a dataset's context, a property function off the list is an ordinary predicate. */
    @Test
    void offTheListIsAnOrdinaryPredicateInQueriesAndPaths() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("<http://e/a> <http://e/p> <http://e/b> .", Lang.NTRIPLES).parse(dataset);
        PropertyFunctionRegistry.set(dataset.getContext(), FunctionAllowList.registry());
        for (String query : List.of("SELECT ?o { <http://e/a> <" + APF + "assign> ?o }",
                "SELECT ?o { <http://e/a> (<" + APF + "assign>|<http://e/none>) ?o }",
                "SELECT ?o { <http://e/a> (<java:" + assign.class.getName() + ">|<http://e/none>) ?o }")) {
            assertEquals(0, rows(dataset, query), query);
        }
        assertEquals(1, rows(dataset, "SELECT ?o { <http://e/a> (<http://e/p>|<" + APF + "assign>) ?o }"));
        assertEquals(2, rows(dataset, "SELECT ?o { <http://e/a> <http://e/p>* ?o }"));
    }

    private static long rows(DatasetGraph dataset, String query) {
        return RowSetOps.count(QueryExec.dataset(dataset).query(QueryFactory.create(query)).select());
    }
}
