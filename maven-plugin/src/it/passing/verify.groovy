import groovy.json.JsonSlurper

String log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] assistants/freddy/sales-coach.yaml:20:1: legacy_value: value \'department\'')
assert !log.contains('[ERROR]')
assert log =~ /\[INFO\] assistconf: 8 files in \d+\.\d\d s: 7 checked, 1 skipped; 0 errors, 1 warning/
assert log.contains('BUILD SUCCESS')

File sarifFile = new File(basedir, 'target/assistconf/lint.sarif')
assert sarifFile.isFile()
def sarif = new JsonSlurper().parse(sarifFile)
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'assistconf'
assert run.results.size() == 1
assert run.results[0].ruleId == 'legacy_value'
assert run.results[0].level == 'warning'
assert run.results[0].locations[0].physicalLocation.artifactLocation.uri == 'assistants/freddy/sales-coach.yaml'
assert run.results[0].locations[0].physicalLocation.region.startLine == 20
assert new File(basedir, 'target/assistconf/TEST-assistconf.xml').text.contains('package.json')
