String log = new File(basedir, 'build.log').text
assert log =~ /\[ERROR\] Failed to execute goal io\.assistconf:assistconf-maven-plugin:[^ ]+:lint .*: assistconf: \.assistconf\.yaml:1:1: unknown key 'stirct'; use one of files, /
assert !log.contains('out_of_range')
assert !log.contains('\tat ')
