/**
 * The JSON Schemas of assistconf as resources, one folder per variant. Each folder is opened, so that
 * {@code io.assistconf} finds its files with {@code ClassLoader.getResource} on the module path; a folder
 * left out is missed there, which the module-path consumer (consumer-tests) catches.
 */
@SuppressWarnings("opens") // the opened packages hold resources only, which javac does not see
module io.assistconf.schemas {
    opens assistconf.schemas.freddy;
    opens assistconf.schemas.cogsol;
    opens assistconf.schemas.burki;
}
