# Builds Ippo for Windows: the one-folder bundle (dist\ippo\ippo.exe) and, if
# Inno Setup 6 is installed, the installer dist\Ippo-Setup-<version>.exe.
# Run in PowerShell from anywhere:  powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
# Needs: Python 3.11-3.13 (python.org installer, "py" launcher), Inno Setup 6.3+ (optional).
# NOT tested: no Windows machine was available when this was written.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

$version = (Select-String -Path pyproject.toml -Pattern '^version = "(.+)"').Matches[0].Groups[1].Value

if (-not (Test-Path .venv-win)) { py -3 -m venv .venv-win }
$py = ".venv-win\Scripts\python.exe"
& $py -m pip install --upgrade pip
& $py -m pip install -e . "pyinstaller>=6.10,<7"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

& $py -m PyInstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller packaging\ippo.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# Quick check of the frozen app without a window (ippo.exe is a GUI program, so
# wait for it and read its exit code rather than its output).
$env:IPPO_BUNDLE_SELFTEST = "1"
$env:QT_QPA_PLATFORM = "offscreen"
$p = Start-Process -FilePath dist\ippo\ippo.exe -Wait -PassThru -NoNewWindow
Remove-Item Env:IPPO_BUNDLE_SELFTEST
Remove-Item Env:QT_QPA_PLATFORM
if ($p.ExitCode -ne 0) { throw "bundle self-test failed ($($p.ExitCode))" }
# Its console twin prints, so its answer can be read directly.
$answer = & dist\ippo\ippo-cli.exe --version
if ($LASTEXITCODE -ne 0 -or -not ("$answer" -like "Ippo *")) { throw "ippo-cli.exe did not answer" }

$iscc = @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe") |
  Where-Object { Test-Path $_ } | Select-Object -First 1
if ($iscc) {
  & $iscc "/DAppVersion=$version" packaging\windows\ippo.iss
  if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
  Write-Host "built dist\Ippo-Setup-$version.exe"
} else {
  Write-Host "Inno Setup 6 not found: built dist\ippo only (install it from jrsoftware.org for the installer)"
}
