@echo off
rem bin\assistconf for Windows: runs the CLI jar with a class-data-sharing archive (AppCDS) of the classes it
rem loads, with the JVM flags of bin/assistconf. The first run writes the archive next to the jar, later runs
rem map it. The jar: ASSISTCONF_JAR, else lib\assistconf.jar beside bin\ (the distribution archive), else the
rem build's cli\target\assistconf.jar (run from the repository). ASSISTCONF_JAVA_OPTS adds or overrides flags.
setlocal
set "HOME_DIR=%~dp0.."
if defined ASSISTCONF_JAR (
  set "JAR=%ASSISTCONF_JAR%"
) else if exist "%HOME_DIR%\lib\assistconf.jar" (
  set "JAR=%HOME_DIR%\lib\assistconf.jar"
) else (
  set "JAR=%HOME_DIR%\cli\target\assistconf.jar"
)
set "ARCHIVE=%JAR:~0,-4%.jsa"
set "FLAGS=-Xlog:disable -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn32m -XX:-UsePerfData %ASSISTCONF_JAVA_OPTS%"
rem cmd cannot compare file times: an archive older than its jar is found stale by the JVM itself, which then
rem runs without it; delete it to have it written anew. The first run lists the classes it loads, and a static
rem archive of them is then dumped under a name of its own and moved into place (see bin/assistconf for why).
if exist "%ARCHIVE%" (
  java %FLAGS% -XX:SharedArchiveFile="%ARCHIVE%" -jar "%JAR%" %*
  goto :end
)
set "PARTIAL=%ARCHIVE%.%RANDOM%.partial"
java %FLAGS% -XX:DumpLoadedClassList="%PARTIAL%.classlist" -jar "%JAR%" %*
set "STATUS=%ERRORLEVEL%"
if exist "%PARTIAL%.classlist" java %FLAGS% -Xshare:dump -XX:SharedClassListFile="%PARTIAL%.classlist" -XX:SharedArchiveFile="%PARTIAL%" -cp "%JAR%" >nul 2>&1 && move /y "%PARTIAL%" "%ARCHIVE%" >nul 2>&1
del /q "%PARTIAL%" "%PARTIAL%.classlist" 2>nul
exit /b %STATUS%
:end
exit /b %ERRORLEVEL%
