package io.assistconf.internal.read;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.databind.JsonNode;

/**
 * A node of a YAML document as written, where each value starts: an alias stays an {@link Alias} of the
 * node its anchor names (so a value reached through it can be located at the alias), and a mapping keeps
 * its merge key ({@code <<}) apart from its own members.
 */
sealed interface YamlNode {

    /** Where the node, or the alias standing for it, starts. */
    Mark start();

    /** A scalar; {@code value} is what it reads as, null for a key that no alias names. */
    record Scalar(String text, JsonNode value, Mark start) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, Mark start) implements YamlNode {
    }

    /** An alias ({@code *name}) of the anchored node {@code target}. */
    record Alias(YamlNode target, Mark start) implements YamlNode {
    }

    /** A member as written; {@code at} is where its key starts. */
    record Member(String key, Mark at, YamlNode value) {
    }

    /** Receives the members of a mapping, each with the alias it was reached through (or null). */
    interface MemberVisitor {
        void member(Member member, Alias via);
    }

    /** A mapping; {@code merge} is the value of its merge key: a mapping or a list of them, or null. */
    record Mapping(List<Member> members, YamlNode merge, Mark start) implements YamlNode {

        /**
         * Visits the members the mapping has once its merge key is applied: its own, then those of each
         * merged mapping that no earlier member gave (in a merge list, earlier mappings win over later
         * ones). Members reached through an alias are visited with the outermost one, {@code via} if given.
         */
        void forEachMember(Alias via, MemberVisitor visitor) {
            if (merge == null) {
                members.forEach(member -> visitor.member(member, via));
            } else {
                visit(via, visitor, new HashSet<>());
            }
        }

        private void visit(Alias via, MemberVisitor visitor, Set<String> given) {
            for (Member member : members) {
                if (given.add(member.key())) {
                    visitor.member(member, via);
                }
            }
            if (merge != null) {
                merged(merge, via, visitor, given);
            }
        }

        private static void merged(YamlNode node, Alias via, MemberVisitor visitor, Set<String> given) {
            if (node instanceof Alias alias) {
                merged(alias.target(), via != null ? via : alias, visitor, given);
            } else if (node instanceof Mapping mapping) {
                mapping.visit(via, visitor, given);
            } else {
                for (YamlNode item : ((Sequence) node).items()) {
                    merged(item, via, visitor, given);
                }
            }
        }
    }
}
