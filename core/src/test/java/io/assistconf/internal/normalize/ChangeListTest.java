package io.assistconf.internal.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.assistconf.Change;
import io.assistconf.internal.tree.Place;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** A change list writes out what the normalizer would have written at once, and answers the rules alike. */
class ChangeListTest {

    private static final Change COERCED = new Change(Change.Type.COERCED, "/a", "/a", "wrapped in a list");

    @Test
    void eachChangeReadsAsTheOneWrittenAtOnce() {
        ChangeList list = new ChangeList();
        list.addDefaulted(Place.at(""), "model", "filled the default \"gpt\"");
        list.addRenamed(Place.at("/llm"), "max_tokens", Place.at("/llm"), "maxTokens");
        list.add(COERCED);
        list.addDefaulted(Place.at("/tools/0"), "a/b~c", "filled the default 1");

        assertThat(list).containsExactly(
                new Change(Change.Type.DEFAULTED, "/model", "", "filled the default \"gpt\""),
                new Change(Change.Type.RENAMED, "/llm/max_tokens", "/llm/maxTokens",
                        "renamed 'maxTokens' to 'max_tokens'"),
                COERCED,
                new Change(Change.Type.DEFAULTED, "/tools/0/a~1b~0c", "", "filled the default 1"));
        assertThat(list.get(0)).isSameAs(list.get(0));
    }

    @Test
    void aDefaultIsFoundAtItsPointerOnlyWithoutWritingIt() {
        ChangeList list = new ChangeList();
        list.addDefaulted(Place.at("/x"), "a/b~c", "d");
        list.addDefaulted(Place.at(""), "model", "d");
        list.add(new Change(Change.Type.DEFAULTED, "/given", "", "d"));
        list.addRenamed(Place.at(""), "renamed", Place.at(""), "reNamed");

        assertThat(list.defaultedAt("/x/a~1b~0c")).isTrue();
        assertThat(list.defaultedAt("/model")).isTrue();
        assertThat(list.defaultedAt("/given")).isTrue();
        for (String other : List.of("/x/a/b~c", "/x/a~1b~0", "/x", "/mode", "/models", "model", "/renamed", "",
                "/y/a~1b~0c")) {
            assertThat(list.defaultedAt(other)).as(other).isFalse();
        }
    }

    @Test
    void cuttingTheTailDropsItsChanges() {
        ChangeList list = new ChangeList();
        for (int i = 0; i < 40; i++) {
            list.addDefaulted(Place.at(""), "m" + i, "d");
        }
        list.subList(10, list.size()).clear();
        list.add(COERCED);
        assertThat(list).hasSize(11).endsWith(COERCED);
        assertThat(list.defaultedAt("/m9")).isTrue();
        assertThat(list.defaultedAt("/m10")).isFalse();
    }

    @Test
    void onlyTheChangesThatMoveAValueAreToldToAPathTranslator() {
        ChangeList list = new ChangeList();
        list.addDefaulted(Place.at(""), "model", "d");
        list.addRenamed(Place.at(""), "max_tokens", Place.at(""), "maxTokens");
        list.add(new Change(Change.Type.DEFAULTED, "/given", "", "d"));
        list.add(COERCED);
        List<Change> told = new ArrayList<>();
        list.forEachMoved(told::add);
        assertThat(told).containsExactly(list.get(1), COERCED);
    }

    @Test
    void threadsReadingTheSameListReadEqualChanges() throws Exception {
        ChangeList list = new ChangeList();
        for (int i = 0; i < 1_000; i++) {
            list.addDefaulted(Place.at("/o" + i), "m", "d");
        }
        List<CompletableFuture<List<Change>>> readers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            readers.add(CompletableFuture.supplyAsync(() -> List.copyOf(list)));
        }
        for (CompletableFuture<List<Change>> reader : readers) {
            List<Change> read = reader.get();
            for (int i = 0; i < read.size(); i++) {
                assertThat(read.get(i).pointer()).isEqualTo("/o" + i + "/m");
            }
        }
    }
}
