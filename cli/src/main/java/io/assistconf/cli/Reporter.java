package io.assistconf.cli;

import java.util.List;

/** Reports one run. It receives every input at once, with its full result, so that it can look across them. */
interface Reporter {

    /** Reports the inputs in the order they were checked. */
    void report(List<CheckedInput> checked);
}
