package io.assistconf;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The fast validator copies networknt's behaviour, and the networknt adapter works around some of it, as
 * of one version. {@link FastSchemaProperties} proves the copy on the payloads it knows; a new version can
 * change what it does not try, so this test stops an upgrade until the quirks below are re-checked.
 */
class NetworkntVersionTest {

    private static final String PROVEN = "3.0.9";

    private static final String QUIRKS = """
            networknt changed from %s; before setting NetworkntVersionTest.PROVEN to the new version, re-check \
            in its sources what the code relies on:
            - number rules (internal/validate/NetworkntNumbers): type integer accepts a decimal without a \
            fraction (1.0, 1e1) and no infinity or NaN; minimum/maximum compare by asLong() (fraction truncated) \
            when the bound is an int or long and the schema has type integer, BigInteger nodes exactly, else by \
            BigDecimal; const and uniqueItems compare numbers by value (2 = 2.0);
            - the saturated decimal: asLong() of a decimal beyond 64 bits throws in networknt's integer bounds, \
            so SaturatedDecimal overrides Jackson's DecimalNode.inLongRange and _asLongValueUnchecked (the \
            Jackson methods asLong() consults) to give the nearest long;
            - formats: FastSchemaCompiler uses networknt's own DateTimeFormat, UriFormat and UriReferenceFormat \
            (with formatAssertionsEnabled) and pattern uses JDKRegularExpressionFactory (find, not whole match);
            - keywords: in draft-07 networknt ignores the siblings of $ref, unknown and x- keywords, and readOnly \
            under the default configuration; contentMediaType and contentEncoding are assertions (refused by \
            FastSchemaCompiler); minLength/maxLength count code points; uniqueItems ignores object member order;
            - reports (ErrorTranslator): a false schema's error has keyword "false"; required names the missing \
            property in getProperty(); evaluation paths name "anyOf" then the alternative's index and descend \
            through properties/items as assumed by instanceDepth; schema locations are $id plus a JSON pointer \
            fragment into our documents;
            - FailingPart: networknt's errors on the pruned payload equal its errors on the whole payload \
            (FastSchemaProperties checks this on every payload it tries).""";

    @Test
    void networkntIsTheVersionTheFastValidatorWasProvenAgainst() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = Schema.class.getResourceAsStream(
                "/META-INF/maven/com.networknt/json-schema-validator/pom.properties")) {
            assertThat(in).as("networknt's pom.properties on the classpath").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version")).as(QUIRKS, PROVEN).isEqualTo(PROVEN);
    }
}
