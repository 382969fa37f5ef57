# Build AnswerLetter for Windows: the PyInstaller folder dist\AnswerLetter (AnswerLetter.exe,
# windowed, and answerletter-cli.exe, its console twin for the commands) and the installer
# dist\AnswerLetter-VERSION-windows-setup.exe (Inno Setup 6.3+, ISCC.exe on PATH or in its
# default folder).
#
#   powershell -ExecutionPolicy Bypass -File packaging\build-windows.ps1
#   (needs: a 64-bit Python with  py -m pip install ".[packaging]")
#
# The Microsoft Visual C++ runtime travels inside the program folder (app-local deployment),
# so per-user installs without administrator rights work too. Python and PySide6 bring their
# own copies of these DLLs, and PyInstaller collects them. A DLL that is still missing is
# taken, in this order, from:
#   1. the Python installation's own copies (python.org installs vcruntime140*.dll beside
#      python.exe);
#   2. the Visual C++ redistributable files of Visual Studio or its Build Tools,
#      VC\Redist\MSVC\<version>\x64\Microsoft.VC14*.CRT, the folder Microsoft's licence
#      allows to be redistributed ("Redistributing Visual C++ files", Microsoft Learn), found
#      with vswhere, or the folder named by the VCTOOLSREDISTDIR environment variable (set by
#      the Developer PowerShell).
# Never from System32: those are the machine's installed copies (and 32-bit ones under a
# 32-bit PowerShell's file system redirection), not redistributable files.
$ErrorActionPreference = "Stop"
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root
$Python = if ($env:PYTHON) { $env:PYTHON } else { "python" }
$Bits = & $Python -c "import struct; print(struct.calcsize('P') * 8)"
if ($Bits -ne "64") { throw "A 64-bit Python is needed (the installer is for x64 Windows); $Python is $Bits-bit" }
$Version = & $Python -c "import sys; sys.path.insert(0, 'src'); import answerletter; print(answerletter.__version__)"

& $Python -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller `
    packaging\pyinstaller\answerletter.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

function Test-X64Dll([string] $Path) {
    # IMAGE_FILE_MACHINE_AMD64 (0x8664) in the PE header: never ship a 32-bit DLL by mistake.
    $bytes = [System.IO.File]::ReadAllBytes($Path)
    $pe = [BitConverter]::ToInt32($bytes, 0x3C)
    return [BitConverter]::ToUInt16($bytes, $pe + 4) -eq 0x8664
}

function Get-RedistFolders {
    $folders = @()
    $pythonHome = & $Python -c "import sys; print(sys.base_prefix)"
    $folders += $pythonHome
    if ($env:VCToolsRedistDir) {
        $folders += Get-ChildItem -Path (Join-Path $env:VCToolsRedistDir "x64") -Directory -Filter "Microsoft.VC14*.CRT" -ErrorAction SilentlyContinue | ForEach-Object FullName
    }
    $vswhere = Join-Path ${env:ProgramFiles(x86)} "Microsoft Visual Studio\Installer\vswhere.exe"
    if (Test-Path $vswhere) {
        $vs = & $vswhere -latest -products * -property installationPath
        if ($vs) {
            $folders += Get-ChildItem -Path (Join-Path $vs "VC\Redist\MSVC\*\x64") -Directory -Filter "Microsoft.VC14*.CRT" -ErrorAction SilentlyContinue |
                Sort-Object FullName -Descending | ForEach-Object FullName
        }
    }
    return $folders
}

$Internal = Join-Path $Root "dist\AnswerLetter\_internal"
$Folders = $null
foreach ($dll in "vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll", "msvcp140_1.dll", "msvcp140_2.dll") {
    $present = Get-ChildItem -Path $Internal -Recurse -Filter $dll -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($present) {
        if (-not (Test-X64Dll $present.FullName)) { throw "$($present.FullName) is not a 64-bit DLL" }
        continue
    }
    if ($null -eq $Folders) { $Folders = @(Get-RedistFolders) }
    $source = $Folders | ForEach-Object { Join-Path $_ $dll } | Where-Object { Test-Path $_ } | Select-Object -First 1
    if (-not $source) {
        throw "$dll is missing and is in none of: $($Folders -join '; '). Install the Visual Studio Build Tools (C++ workload) or set VCToolsRedistDir."
    }
    if (-not (Test-X64Dll $source)) { throw "$source is not a 64-bit DLL" }
    Copy-Item $source $Internal
    Write-Host "Added $dll from $source"
}

$Iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $Iscc) { $Iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $Iscc "/DAppVersion=$Version" packaging\windows\answerletter.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }

# The console twin answers on this console: a quick check that the folder runs at all.
$Reported = & (Join-Path $Root "dist\AnswerLetter\answerletter-cli.exe") --version
if ($Reported -ne "AnswerLetter $Version") { throw "answerletter-cli.exe --version said: $Reported" }
Write-Host "Built dist\AnswerLetter-$Version-windows-setup.exe"
