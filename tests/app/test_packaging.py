"""Packaging files that can be checked without building: ids, icons, spec, versions.

The build itself and the frozen app are checked by `make dist-check`
(packaging/linux/smoke.sh); these tests keep the pieces it relies on consistent.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
ICONS = ROOT / "assets" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)


def app_id() -> str:
    """APP_ID as ui/shell/startup.py sets it (read as text: tests/app must not import Qt)."""
    text = (ROOT / "ui" / "shell" / "startup.py").read_text(encoding="utf-8")
    found = re.search(r'^APP_ID = "([^"]+)"$', text, re.MULTILINE)
    assert found, "APP_ID not found in ui/shell/startup.py"
    return found.group(1)


def project() -> dict:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]


def desktop_path() -> Path:
    return PACKAGING / "linux" / f"{app_id()}.desktop"


def metainfo_path() -> Path:
    return PACKAGING / "linux" / f"{app_id()}.metainfo.xml"


def test_app_id_is_reverse_dns() -> None:
    parts = app_id().split(".")
    assert len(parts) >= 3
    assert all(re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", p) for p in parts), app_id()


def test_desktop_file_names_the_app_id_and_the_command() -> None:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(desktop_path(), encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Ippo"
    assert entry["Icon"] == app_id()
    assert entry["Exec"].split()[0] == "ippo"
    assert "GenericName[ja]" in entry and "Comment[ja]" in entry


def test_metainfo_matches_desktop_file_and_project() -> None:
    root = ET.parse(metainfo_path()).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == app_id()
    assert root.find("launchable[@type='desktop-id']").text == desktop_path().name
    assert root.findtext("provides/binary") == "ippo"
    assert root.findtext("project_license") == project()["license"]
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == project()["version"]
    langs = {e.text for e in root.findall("languages/lang")}
    assert langs == {"en", "ja"}


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path.name} is not a PNG"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", PNG_SIZES)
def test_icon_png_has_its_pixel_size(size: int) -> None:
    assert png_size(ICONS / f"ippo-{size}.png") == (size, size)


def test_icon_svg_ico_and_icns_are_there() -> None:
    svg = ET.parse(ICONS / "ippo.svg").getroot()
    assert svg.tag.endswith("svg") and svg.get("viewBox") == "0 0 256 256"
    ico = (ICONS / "ippo.ico").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00" and struct.unpack("<H", ico[4:6])[0] >= 5
    assert (ICONS / "ippo.icns").read_bytes()[:4] == b"icns"


def spec_text() -> str:
    return (PACKAGING / "ippo.spec").read_text(encoding="utf-8")


def test_spec_bundles_data_backends_and_discovered_modules() -> None:
    spec = spec_text()
    assert 'tree("exercises")' in spec and 'tree("assets")' in spec  # includes translations
    assert '"backends": ["QtAgg", "SVG", "PDF"]' in spec
    assert "matplotlib.backends.backend_svg" in spec and "matplotlib.backends.backend_pdf" in spec
    # Migrations, pages and demo populators are found by name at run time.
    assert 'collect_submodules("app")' in spec and 'collect_submodules("ui")' in spec
    # Qt's own Japanese catalogue (qtbase_ja.qm) must survive the catalogue filter.
    assert 'endswith("_ja.qm")' in spec


def test_spec_mac_bundle_and_versions_agree() -> None:
    spec = spec_text()
    assert f'APP_ID = "{app_id()}"' in spec
    assert f'VERSION = "{project()["version"]}"' in spec
    for key in ("NSHighResolutionCapable", '"LSMinimumSystemVersion": "12.0"',
                "CFBundleDevelopmentRegion", '"CFBundleLocalizations": ["en", "ja"]'):
        assert key in spec
    iss = (PACKAGING / "windows" / "ippo.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{project()["version"]}"' in iss


def test_entry_point_is_the_ippo_command() -> None:
    entry = (PACKAGING / "ippo_entry.py").read_text(encoding="utf-8")
    assert "from ui.main import main" in entry
    assert project()["gui-scripts"]["ippo"] == "ui.main:main"


@pytest.mark.parametrize("script", ["linux/build.sh", "linux/smoke.sh", "linux/install.sh",
                                    "linux/system-deps.sh", "macos/build.sh"])
def test_shell_scripts_parse(script: str) -> None:
    subprocess.run(["bash", "-n", str(PACKAGING / script)], check=True)


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate not installed (desktop-file-utils)")
def test_desktop_file_validates() -> None:
    done = subprocess.run(["desktop-file-validate", str(desktop_path())],
                          capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli not installed (appstream)")
def test_metainfo_validates() -> None:
    done = subprocess.run(["appstreamcli", "validate", "--no-net", "--no-color",
                           str(metainfo_path())], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_project_license_is_an_spdx_string():
    """A `license = { text = ... }` table makes setuptools print a deprecation warning
    screens long on every install; an SPDX string needs setuptools 77 or later."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert data["project"]["license"] == "GPL-3.0-or-later"
    requires = " ".join(data["build-system"]["requires"])
    found = re.search(r"setuptools>=(\d+)", requires)
    assert found and int(found.group(1)) >= 77


def test_readme_says_how_to_open_the_demo():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in text and 'make run ARGS="--data-dir /tmp/ippo-demo"' in text
    assert "DIR=" in text
