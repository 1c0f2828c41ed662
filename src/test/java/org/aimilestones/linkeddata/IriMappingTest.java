package org.aimilestones.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IriMappingTest {

    @Test
    void resourcesAndOntologyTermsMapToLocalPages() {
        IriMapping root = IriMapping.DEFAULT;
        assertEquals(Optional.of("/resource/google-acquires-deepmind/price"),
                root.toLocal("https://w3id.org/ai-milestones/resource/google-acquires-deepmind/price"));
        assertEquals(Optional.of("/ontology#Event"), root.toLocal("https://w3id.org/ai-milestones/ontology#Event"));
        assertEquals(Optional.of("/ontology"), root.toLocal("https://w3id.org/ai-milestones/ontology"));
        assertEquals(Optional.empty(), root.toLocal("https://w3id.org/ai-milestones/ontology/0.1.0"));
        assertEquals(Optional.empty(), root.toLocal("https://w3id.org/ai-milestones/resource/"));
        assertEquals(Optional.empty(), root.toLocal("http://schema.org/Event"));
        assertEquals("https://w3id.org/ai-milestones/resource/alexnet", root.resourceIri("alexnet"));
    }

    @Test
    void anAbsoluteBaseUrlIsUsedForLinks() {
        IriMapping local = new IriMapping(IriMapping.NAMESPACE, "http://localhost:3030/");
        assertEquals(Optional.of("http://localhost:3030/resource/alexnet"),
                local.toLocal("https://w3id.org/ai-milestones/resource/alexnet"));
        assertEquals("http://localhost:3030/static/milestones.css", local.asset("milestones.css"));
        assertThrows(IllegalArgumentException.class, () -> new IriMapping(IriMapping.NAMESPACE, "http://x"));
    }
}
