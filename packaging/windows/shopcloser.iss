; ShopCloser installer for Windows: Inno Setup 6.3 or newer (x64compatible needs 6.3).
;
; Build the PyInstaller bundle first (dist\shopcloser\ with shopcloser.exe), then:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\shopcloser.iss
; The installer lands in dist\ShopCloser-<version>-setup.exe. See packaging\README.md.
;
; Per-user install by default (no administrator needed; a merchant's own laptop), with
; the choice to install for all users. "Open with ShopCloser" for .xlsx and .csv is
; offered without taking over the files' default program. Uninstalling keeps the
; merchant's data (%LOCALAPPDATA%\ShopCloser) unless they explicitly choose to delete it.

#define AppName "ShopCloser"
#define AppExe "shopcloser.exe"
#define AppPublisher "ShopCloser developers"
#define BundleDir AddBackslash(SourcePath) + "..\..\dist\shopcloser"
; Spreadsheets opened with ShopCloser: one file type (ProgID) for both extensions.
#define ProgId "ShopCloser.Export"

#if !FileExists(BundleDir + "\" + AppExe)
  #error dist\shopcloser\shopcloser.exe is missing: build the bundle with PyInstaller first
#endif
#ifndef AppVersion
  ; The version PyInstaller wrote into shopcloser.exe (shopcloser.__version__).
  #define AppVersion GetFileProductVersionString(BundleDir + "\" + AppExe)
#endif

[Setup]
; Never change AppId: Windows uses it to recognise upgrades of the same app.
AppId={{6F1C2B7E-4D3A-4C58-9E21-7B0A5D3C8F14}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
VersionInfoVersion={#AppVersion}
VersionInfoProductVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoCompany={#AppPublisher}
VersionInfoDescription={#AppName} Setup
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6 runs on Windows 10 and later.
MinVersion=10.0
WizardStyle=modern
SetupIconFile=..\..\resources\icons\shopcloser.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\..\dist
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
; Chinese translations of Inno Setup's own texts are not part of every Inno Setup
; release: put ChineseSimplified.isl / ChineseTraditional.isl from Inno Setup's
; translations page (https://jrsoftware.org/files/istrans/) into the compiler's
; Languages folder and they are picked up; without them the installer is English only.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define HaveChineseSimplified
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#endif
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseTraditional.isl")
  #define HaveChineseTraditional
Name: "chinesetraditional"; MessagesFile: "compiler:Languages\ChineseTraditional.isl"
#endif

[CustomMessages]
english.ExportTypeName=Taobao/Tmall export (ShopCloser)
english.DeleteDataQuestion=Do you also want to delete your ShopCloser data?%n%nThe folder %1 holds the orders you imported, your settings and the log files. Backup workbooks you saved elsewhere are not affected.%n%nChoose No to keep the data (recommended if you may need these orders again). Choose Yes only if you have a backup you trust.
english.DeleteDataFailed=Some files in %1 could not be deleted. Close ShopCloser and delete the folder yourself if you no longer need it.
#ifdef HaveChineseSimplified
chinesesimplified.ExportTypeName=淘宝/天猫导出表（闭店助手）
chinesesimplified.DeleteDataQuestion=是否同时删除 ShopCloser 的数据？%n%n文件夹 %1 中保存着您导入的订单、设置和日志。您另外保存的备份工作簿不受影响。%n%n选择“否”保留数据（如果以后还可能用到这些订单，建议保留）。只有在您已有可靠备份时才选择“是”。
chinesesimplified.DeleteDataFailed=%1 中的部分文件无法删除。如果不再需要，请关闭 ShopCloser 后自行删除该文件夹。
#endif
#ifdef HaveChineseTraditional
chinesetraditional.ExportTypeName=淘寶/天貓匯出表（關店助手）
chinesetraditional.DeleteDataQuestion=是否同時刪除 ShopCloser 的資料？%n%n資料夾 %1 中保存著您匯入的訂單、設定和記錄檔。您另外保存的備份活頁簿不受影響。%n%n選擇「否」保留資料（如果以後還可能用到這些訂單，建議保留）。只有在您已有可靠備份時才選擇「是」。
chinesetraditional.DeleteDataFailed=%1 中的部分檔案無法刪除。如果不再需要，請關閉 ShopCloser 後自行刪除該資料夾。
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; "Open with" for .xlsx and .csv. OpenWithProgids only adds ShopCloser to the list:
; Excel, WPS or LibreOffice stay the program that opens these files on a double-click.
; HKA is HKCU for a per-user install and HKLM for an all-users install.
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:ExportTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.xlsx\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.csv\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
; The "Open with > Choose another app" list shows the program under its own name.
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".xlsx"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".csv"; ValueData: ""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ The merchant's data (the store, settings, logs) lives in %LOCALAPPDATA%\ShopCloser
  and is never removed unless they choose to: the question defaults to "No", and a
  silent uninstall never deletes it. Asked after the program files are gone, so
  ShopCloser is no longer running. }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep <> usPostUninstall then
    Exit;
  DataDir := ExpandConstant('{localappdata}\{#AppName}');
  if UninstallSilent or not DirExists(DataDir) then
    Exit;
  if MsgBox(FmtMessage(CustomMessage('DeleteDataQuestion'), [DataDir]),
            mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
  begin
    if not DelTree(DataDir, True, True, True) then
      MsgBox(FmtMessage(CustomMessage('DeleteDataFailed'), [DataDir]), mbError, MB_OK);
  end;
end;
