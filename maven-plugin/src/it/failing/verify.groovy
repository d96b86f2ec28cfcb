String log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] configs/broken.json:5:3: out_of_range: must be between 0 and 2 (inclusive) (at /temperature)')
assert log =~ /\[ERROR\] Failed to execute goal io\.assistconf:assistconf-maven-plugin:[^ ]+:lint .*: assistconf: 2 files in \d+\.\d\d s: 2 checked, 0 skipped; 1 error, 0 warnings/
assert log.contains('BUILD FAILURE')
assert !log.contains('Unknown keyword'), 'the schema validator stays quiet'
assert !log.contains('\tat ')
