@echo off
rem grassroots: environment for bin\karaf.bat and the other Karaf scripts. See docs/operator-guide.md, "Memory".
rem Karaf 4.4 no longer reads JAVA_MIN_MEM / JAVA_MAX_MEM itself: they become -Xms / -Xmx in EXTRA_JAVA_OPTS.
if "%JAVA_MIN_MEM%" == "" set JAVA_MIN_MEM=256M
if "%JAVA_MAX_MEM%" == "" set JAVA_MAX_MEM=2G
echo %EXTRA_JAVA_OPTS% | findstr /C:"-Xmx" /C:"-Xms" >nul || set EXTRA_JAVA_OPTS=%EXTRA_JAVA_OPTS% -Xms%JAVA_MIN_MEM% -Xmx%JAVA_MAX_MEM%
