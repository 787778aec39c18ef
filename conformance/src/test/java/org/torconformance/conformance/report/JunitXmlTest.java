package org.torconformance.conformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class JunitXmlTest {
    @Test
    void everyTargetFileValidatesAgainstTheSurefireFormat(@TempDir Path dir) throws Exception {
        JunitXml.write(dir, SampleRun.summary());
        Validator v = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/junit-report.xsd")).newValidator();
        for (String target : List.of("jtorctl", "stem", "mock", "tor")) {
            Path f = dir.resolve(target + ".xml");
            v.validate(new StreamSource(f.toFile()));
        }
        Document jtorctl = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("jtorctl.xml").toFile());
        // jtorctl got OK, INFORMATIONAL, FAILED, ERROR: one failure, one error, four tests.
        assertEquals("4", jtorctl.getDocumentElement().getAttribute("tests"));
        assertEquals("1", jtorctl.getDocumentElement().getAttribute("failures"));
        assertEquals("1", jtorctl.getDocumentElement().getAttribute("errors"));
        Document tor = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(dir.resolve("tor.xml").toFile());
        assertEquals("0", tor.getDocumentElement().getAttribute("failures"), "baselined failures pass");
        assertEquals(true, Files.readString(dir.resolve("stem.xml")).contains("<skipped"), "UNIMPLEMENTED is skipped");
    }
}
