package io.assistconf.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.assistconf.Input;
import io.assistconf.Result;
import io.assistconf.Violation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;

/**
 * {@code AssistConf.check} on trees a caller builds: the same {@link FuzzedTree} given as a {@code JsonNode}
 * and as a {@code Map}. Beyond the common invariants, both forms of a tree JSON can say give the same report.
 * The last byte selects the {@link Target}, the one before it the number of edits.
 */
class TreeFuzzTest {

    private static final Timing TIMING = new Timing("tree");

    @FuzzTest
    void tree(FuzzedDataProvider data) {
        Target target = Target.of(data.consumeInt(0, Target.ALL.size() - 1));
        FuzzedTree tree = FuzzedTree.of(data);
        String shown = target + " " + (tree.odd ? "with values JSON cannot say " : "") + tree.node;
        List<String> secrets = Secrets.planted(tree.node);
        int size = tree.node.toString().length();
        Result fromNode = TIMING.bounded(size, () -> "node " + shown, () -> target.check(Input.of(tree.node)));
        Result fromMap = TIMING.bounded(size, () -> "map " + shown, () -> target.check(Input.of(tree.map)));
        Invariants.sane(fromNode, secrets, "node " + shown);
        Invariants.sane(fromMap, secrets, "map " + shown);
        Invariants.idempotent(fromNode, "node " + shown);
        Invariants.idempotent(fromMap, "map " + shown);
        if (!tree.odd && !fromNode.violations().equals(fromMap.violations())) {
            throw new AssertionError("the node and the map of one tree are reported apart: " + report(fromNode)
                    + " and " + report(fromMap) + " for " + shown);
        }
    }

    private static List<String> report(Result result) {
        return result.violations().stream().map(Violation::toString).toList();
    }

    @AfterAll
    static void report() throws IOException {
        TIMING.report();
    }
}
