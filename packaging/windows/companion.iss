; Inno Setup script for Renraku Companion (Windows).
; Build the bundle first on Windows:  py -3.11 tools\render_icons.py build\icons
;                                      pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller packaging\companion.spec
; Then:                                iscc packaging\windows\companion.iss
; Installs per user (no administrator rights), with a Start-menu entry, an optional desktop
; shortcut and an uninstaller. User data (%LOCALAPPDATA%\RenrakuCompanion) is kept on uninstall.

#define AppName "Renraku Companion"
#define AppVersion "0.1.0"
#define AppId "jp.renraku.Companion"

[Setup]
AppId={{6E1C2B4A-6C1F-4C0B-9B7E-2A1E5D7F3C11}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Renraku Companion team
DefaultDirName={autopf}\RenrakuCompanion
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=RenrakuCompanion-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\companion.ico
UninstallDisplayIcon={app}\renraku-companion.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\RenrakuCompanion\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\renraku-companion.exe"; AppUserModelID: "{#AppId}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\renraku-companion.exe"; Tasks: desktopicon; AppUserModelID: "{#AppId}"

[Run]
Filename: "{app}\renraku-companion.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallRun]
; Stop start-at-login if it was enabled in the app's settings.
Filename: "reg.exe"; Parameters: "delete HKCU\Software\Microsoft\Windows\CurrentVersion\Run /v renraku-companion /f"; Flags: runhidden; RunOnceId: "RemoveAutostart"
