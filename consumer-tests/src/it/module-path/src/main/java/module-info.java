/** An application on the module path: it names assistconf and nothing else of its dependencies. */
module consumer {
    requires io.assistconf;
}
