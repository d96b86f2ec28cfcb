String log = new File(basedir, 'build.log').text
assert log.contains('[INFO] assistconf: skipped')
assert !log.contains('out_of_range')
assert log.contains('BUILD SUCCESS')
