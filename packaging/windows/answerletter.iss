; Inno Setup script for AnswerLetter on Windows (Inno Setup 6.3+).
; Build the program folder first (PyInstaller), then compile this script; build-windows.ps1
; does both:  ISCC /DAppVersion=0.1.0 packaging\windows\answerletter.iss
;
; - Per-user install without administrator rights by default; the dialog offers all users.
; - .kvb letters open with AnswerLetter: ProgID with icon and open command, registered under
;   HKA (HKCU for a per-user install, HKLM for all users); Explorer starts one process per
;   selected file and the program hands them all to the editor that is already running.
; - Start-menu entry, optional desktop icon, uninstaller (Apps & features).
; - The MSVC runtime DLLs travel inside the program folder (app-local, checked by
;   build-windows.ps1); an all-users install also runs vc_redist when it was put in redist\.
; - Licence page (the EUPL-1.2, LICENSE); LICENSE and THIRD-PARTY.md are installed beside the
;   program. answerletter-cli.exe is the console twin of AnswerLetter.exe for the commands.
; - Uninstall removes what this script added and nothing else: every key that is ours alone
;   goes with uninsdeletekey, shared keys (.kvb) lose only our values and go if left empty
;   (uninsdeletevalue + uninsdeletekeyifempty; Inno Setup help, [Registry] section, Flags).
;
; Relative paths in [Setup] and [Files] are relative to this script's folder (the "source
; directory", Inno Setup help); ISPP's #ifexist is relative to where ISCC runs, so its paths
; are built from SourcePath (ISPP help, predefined variables).

#define AppName "AnswerLetter"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppExe "AnswerLetter.exe"
#define ProgId "AnswerLetter.Letter.1"
#define Dist "..\..\dist\AnswerLetter"
#define Redist AddBackslash(SourcePath) + "redist\vc_redist.x64.exe"

[Setup]
AppId={{6C1E0B0E-5A43-4D0B-9C53-2B9F3D6A7E41}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=AnswerLetter developers
AppCopyright=Copyright (C) 2026 AnswerLetter developers. Licensed under the EUPL-1.2.
LicenseFile=..\..\LICENSE
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-setup
SetupIconFile=..\icons\answerletter.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2
SolidCompression=yes
; Close a running editor (Restart Manager) before its files are replaced.
CloseApplications=yes

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Dist}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\icons\answerletter-document.ico"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\..\THIRD-PARTY.md"; DestDir: "{app}"; DestName: "THIRD-PARTY.txt"; Flags: ignoreversion
#ifexist Redist
Source: "{#Redist}"; DestDir: "{tmp}"; Flags: deleteafterinstall; Check: IsAdminInstallMode
#endif

[Registry]
; The file type: .kvb -> our ProgID (also offered under "Open with").
; The extension key may be shared with other programs: only our values go, then the key
; itself when nothing else is left in it.
Root: HKA; Subkey: "Software\Classes\.kvb"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.kvb"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-answerletter+xml"; Flags: uninsdeletevalue uninsdeletekeyifempty
Root: HKA; Subkey: "Software\Classes\.kvb\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue uninsdeletekeyifempty
; Our ProgID and our Applications entry are ours alone: the whole keys go.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Antwoordbrief"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\answerletter-document.ico"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".kvb"; ValueData: ""

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
#ifexist Redist
Filename: "{tmp}\vc_redist.x64.exe"; Parameters: "/install /quiet /norestart"; StatusMsg: "Microsoft Visual C++ runtime..."; Flags: waituntilterminated; Check: IsAdminInstallMode
#endif
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
