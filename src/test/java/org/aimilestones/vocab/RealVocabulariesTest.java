package org.aimilestones.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.aimilestones.vocab.RealVocabularies.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The test copies of the real vocabularies are the files SOURCES.tsv names, byte for byte, and are read as RDF. */
class RealVocabulariesTest {

    @Test
    void everyCopyIsListedWithSourceVersionAndTheSha256OfItsContent() throws Exception {
        List<String[]> rows = RealVocabularies.sources();
        Set<String> listed = new TreeSet<>();
        for (String[] row : rows) {
            assertEquals(6, row.length, "SOURCES.tsv row of 6 columns: " + String.join(" | ", row));
            String file = row[0];
            listed.add(file);
            for (int i = 1; i < 5; i++) {
                assertTrue(!row[i].isBlank(), file + ": column " + i + " is empty");
            }
            assertEquals(row[5], sha256(file), file + ": sha256 of the (uncompressed) content");
        }
        Set<String> files = new TreeSet<>();
        for (Vocabulary v : Vocabulary.values()) {
            files.add(v.file);
        }
        assertEquals(files, listed, "SOURCES.tsv lists exactly the stored copies");
    }

    @ParameterizedTest
    @EnumSource(Vocabulary.class)
    void readsAsRdfAndDefinesTermsInItsNamespace(Vocabulary v) {
        long terms = v.graph().find().filterKeep(t -> t.getSubject().isURI()
                && t.getSubject().getURI().startsWith(v.namespace)).mapWith(t -> t.getSubject()).toSet().size();
        assertTrue(terms >= 3, v + " defines terms in " + v.namespace + " (" + terms + " subjects)");
    }

    private static String sha256(String file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream stored = RealVocabularies.open(file);
                InputStream in = file.endsWith(".gz") ? new GZIPInputStream(stored) : stored) {
            digest.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
