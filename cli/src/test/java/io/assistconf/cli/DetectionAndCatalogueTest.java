package io.assistconf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Without --variant each file's variant is detected; --catalogue checks references. */
class DetectionAndCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void eachFileIsCheckedAsTheVariantItShows() {
        Cli.write(dir.resolve("freddy.json"), "{\"name\": \"x\", \"instructions\": \"i\", \"organization_id\": \"org_1\", \"toolConfigurations\": {}}");
        Cli.write(dir.resolve("cogsol.yaml"), """
                generation_config: default
                generation_config_pretools: fast
                description: Helps
                system_prompt: You help.
                temperature: 0.2
                """);
        Cli.write(dir.resolve("burki.json"), "{\"name\": \"x\", \"ttsSettings\": {\"stability\": 0.4}}");
        Cli.Run run = Cli.run("validate", "--kind", "create", "--format", "json", dir.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        JsonNode files = Cli.JSON.readTree(run.out()).get("files");
        assertThat(files).hasSize(3).allSatisfy(file -> assertThat(file.get("valid").booleanValue()).isTrue());
    }

    @Test
    void anUndetectableFileIsInvalidAndSaysWhy() {
        Path file = Cli.write(dir.resolve("plain.json"), "{\"name\": \"x\"}");
        Cli.Run run = Cli.run("validate", file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error unknown_variant: no key tells the variant of this object apart; "
                + "it could be freddy, cogsol, burki");
    }

    @Test
    void normalizeDetectsTooAndFillsThatVariantsDefaults() {
        Path file = Cli.write(dir.resolve("voice.yaml"),
                "$schema: https://assistconf.io/schemas/burki/create.json\nname: Front desk\n");
        Cli.Run run = Cli.run("normalize", file.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Cli.JSON.readTree(run.out()).at("/tts_settings/voice_id").asString()).isEqualTo("rachel");
    }

    @Test
    void catalogueRefusesUnknownReferences() {
        Path catalogue = Cli.write(dir.resolve("catalogue.json"),
                "{\"model\": {\"gpt-4o\": \"openai\"}, \"model_provider\": [\"openai\"]}");
        Path file = Cli.write(dir.resolve("a.json"), "{\"name\": \"x\", \"default_model_key\": \"gpt-4p\"}");
        Cli.Run run = Cli.run("validate", "--variant", "freddy", "--kind", "create", "--catalogue",
                catalogue.toString(), file.toString());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("error unknown_reference: 'gpt-4p' is not a known model; did you mean 'gpt-4o'?");
    }

    @Test
    void aBadCatalogueIsAUsageError() {
        Path catalogue = Cli.write(dir.resolve("catalogue.json"), "{\"model\": 5}");
        Path file = Cli.write(dir.resolve("a.json"), "{\"name\": \"x\"}");
        Cli.Run run = Cli.run("validate", "--variant", "freddy", "--catalogue", catalogue.toString(), file.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("catalogue entry 'model' must be an array of values or an object");
        Cli.Run missing = Cli.run("validate", "--variant", "freddy", "--catalogue", dir.resolve("none.json").toString(),
                file.toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("cannot read the catalogue");
    }
}
