@echo off
rem The packaged handbook on Windows: one JVM from the runtime beside this script (see bin/handbook).
setlocal
set "HOME_DIR=%~dp0.."
set "JAVA=%HOME_DIR%\runtime\bin\java.exe"
set "JAR=%HOME_DIR%\lib\handbook.jar"
set "CACHE="
set "HEAP=700m"
for %%a in (%*) do if "%%~a"=="--pdf" set "HEAP=1200m"
if exist "%HOME_DIR%\lib\handbook.jsa" set "CACHE=-XX:SharedArchiveFile=%HOME_DIR%\lib\handbook.jsa -Xlog:cds=off"
if "%1"=="build" goto short
if "%1"=="check" goto short
"%JAVA%" %CACHE% -Dhandbook.launched=packaged %HANDBOOK_JAVA_OPTIONS% -cp "%JAR%" dev.handbook.cli.Main %*
exit /b %ERRORLEVEL%
:short
"%JAVA%" -XX:TieredStopAtLevel=1 -Xmx%HEAP% -XX:+ExitOnOutOfMemoryError %CACHE% -Dhandbook.launched=packaged %HANDBOOK_JAVA_OPTIONS% -cp "%JAR%" dev.handbook.cli.Main %*
if %ERRORLEVEL%==3 (
  echo handbook: more than %HEAP% of memory needed; building again without that limit 1>&2
  "%JAVA%" -XX:TieredStopAtLevel=1 %CACHE% -Dhandbook.launched=packaged %HANDBOOK_JAVA_OPTIONS% -cp "%JAR%" dev.handbook.cli.Main %*
)
exit /b %ERRORLEVEL%
