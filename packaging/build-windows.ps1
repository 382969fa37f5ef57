# Build AnswerLetter for Windows: the PyInstaller folder dist\AnswerLetter and the installer
# dist\AnswerLetter-VERSION-windows-setup.exe (Inno Setup 6.3+, ISCC.exe on PATH or in its
# default folder).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#   (needs: py -m pip install ".[packaging]")
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Version = & $Python -c "import sys; sys.path.insert(0, 'src'); import answerletter; print(answerletter.__version__)"

& $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    packaging\pyinstaller\answerletter.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The MSVC runtime must travel with the program (app-local), for per-user installs too.
# Python and PySide6 bring these DLLs; copy any that are missing from System32.
$Internal = Join-Path $Root "dist\AnswerLetter\_internal"
foreach ($dll in "vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll", "msvcp140_1.dll", "msvcp140_2.dll") {
    if (-not (Get-ChildItem -Path $Internal -Recurse -Filter $dll -ErrorAction SilentlyContinue)) {
        $system = Join-Path $env:WINDIR "System32\$dll"
        if (-not (Test-Path $system)) { throw "$dll is missing; install the Visual C++ Redistributable" }
        Copy-Item $system $Internal
        Write-Host "Added $dll from System32"
    }
}

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\answerletter.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\AnswerLetter-$Version-windows-setup.exe"
