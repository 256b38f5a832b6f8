; Inno Setup 6 script for Ippo. Built by packaging\windows\build.ps1 after PyInstaller:
;   ISCC.exe /DAppVersion=0.1.0 packaging\windows\ippo.iss
; Installs per user by default (no administrator needed), offers all users.
; NOT tested: no Windows machine was available when this was written.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Ippo"
#define AppExe "ippo.exe"
#define Root "..\.."

[Setup]
; A fixed GUID: Windows recognises upgrades by it. Never change it.
AppId={{6F1C2A7E-3B4D-4E9A-9C51-1A2B3C4D5E6F}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=The Ippo developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#Root}\dist
OutputBaseFilename=Ippo-Setup-{#AppVersion}
SetupIconFile={#Root}\assets\icons\ippo.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Ippo keeps the user's data in %LOCALAPPDATA%\Ippo; the uninstaller leaves it alone.

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Root}\dist\ippo\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
