package com.retailstudio.app.export;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a decisions file against the OMG XML Schema of its DMN version (1.3, 1.4 or 1.5). The schemas are read from
 * the classpath, where the Camunda DMN model jar (Apache-2.0) ships the OMG's own files; nothing is fetched from the
 * network, and an instance document cannot make the validator load anything.
 */
final class DmnSchema {

    private static final String FOLDER = "/org/camunda/bpm/model/dmn/schema/";
    /** DMN model namespace → its version and schema file. */
    private static final Map<String, String[]> SCHEMAS = Map.of(
            "https://www.omg.org/spec/DMN/20191111/MODEL/", new String[] {"1.3", "DMN13.xsd"},
            "https://www.omg.org/spec/DMN/20211108/MODEL/", new String[] {"1.4", "DMN14.xsd"},
            "https://www.omg.org/spec/DMN/20230324/MODEL/", new String[] {"1.5", "DMN15.xsd"});
    private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();

    private DmnSchema() {
    }

    /** The DMN version of a model namespace this check knows, e.g. "1.3". */
    static Optional<String> version(String namespace) {
        return Optional.ofNullable(SCHEMAS.get(namespace)).map(schema -> schema[0]);
    }

    /**
     * The first way the document breaks its version's schema, as "line L, column C: reason"; empty when it is valid
     * or its namespace is not one whose schema this check has.
     */
    static Optional<String> problem(String namespace, byte[] document) {
        String[] known = SCHEMAS.get(namespace);
        if (known == null) {
            return Optional.empty();
        }
        Schema schema = LOADED.computeIfAbsent(known[1], DmnSchema::load);
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of("line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
                    + e.getMessage());
        } catch (SAXException | IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static Schema load(String file) {
        URL url = DmnSchema.class.getResource(FOLDER + file);
        if (url == null) {
            throw new IllegalStateException("The DMN schema " + file + " is missing from the classpath "
                    + "(camunda-dmn-model)");
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            // the schema's own imports (DMNDI, DC, DI) sit next to it inside the jar
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
            return factory.newSchema(url);
        } catch (SAXException e) {
            throw new IllegalStateException("The DMN schema " + file + " cannot be read: " + e.getMessage(), e);
        }
    }
}
