package org.aikg.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class IriMappingTest {

    @Test
    void resourcesAndOntologyTermsMapToLocalPages() {
        IriMapping root = IriMapping.DEFAULT;
        assertEquals(Optional.of("/resource/google-acquires-deepmind/price"),
                root.toLocal("https://w3id.org/aikg/resource/google-acquires-deepmind/price"));
        assertEquals(Optional.of("/ontology#Event"), root.toLocal("https://w3id.org/aikg/ontology#Event"));
        assertEquals(Optional.of("/ontology"), root.toLocal("https://w3id.org/aikg/ontology"));
        assertEquals(Optional.empty(), root.toLocal("https://w3id.org/aikg/ontology/0.1.0"));
        assertEquals(Optional.empty(), root.toLocal("https://w3id.org/aikg/resource/"));
        assertEquals(Optional.empty(), root.toLocal("http://schema.org/Event"));
        assertEquals("https://w3id.org/aikg/resource/alexnet", root.resourceIri("alexnet"));
    }

    @Test
    void anAbsoluteBaseUrlIsUsedForLinks() {
        IriMapping local = new IriMapping(IriMapping.AIKG_BASE, "http://localhost:3030/");
        assertEquals(Optional.of("http://localhost:3030/resource/alexnet"),
                local.toLocal("https://w3id.org/aikg/resource/alexnet"));
        assertEquals("http://localhost:3030/static/aikg.css", local.asset("aikg.css"));
        assertThrows(IllegalArgumentException.class, () -> new IriMapping(IriMapping.AIKG_BASE, "http://x"));
    }
}
