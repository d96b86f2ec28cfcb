package io.assistconf.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The open core defects of {@link KnownDefects} still show. Once core is fixed this fails, so that the entry,
 * and the exclusion that depends on it, are removed and the property tests cover the case again. With no
 * defect open it runs nothing.
 */
class KnownDefectsTest {

    @ParameterizedTest(name = "{0}", allowZeroInvocations = true)
    @EnumSource(KnownDefects.class)
    void knownDefectStillShows(KnownDefects defect) {
        System.out.println("known core defect " + defect.name() + ": " + defect.summary());
        assertThat(defect.reproduces()).as("%s no longer shows (%s): remove it from KnownDefects", defect.name(),
                defect.summary()).isTrue();
    }
}
