"""Linux desktop integration (packaging/linux): the desktop entry and AppStream metadata
validate, the per-user install makes .kvb files ours in a temporary XDG_DATA_HOME, uninstall
removes it all, and on a virtual X screen opening a letter through the desktop entry
(``gio launch``, ``xdg-open``) shows it in the editor that is already running.

xdg-utils asks shared-mime-info through ``gio`` on GNOME-like desktops and through
``mimetype`` (libfile-mimeinfo-perl) otherwise; both ways are checked. The system tools come
from Debian packages that CI installs (desktop-file-utils, appstream, shared-mime-info,
xdg-utils, libfile-mimeinfo-perl, libglib2.0-bin, xvfb); without them these tests skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "nl.answerletter.AnswerLetter"
MIME = "application/x-answerletter+xml"
TIMEOUT = 60
WAIT_MS = TIMEOUT * 1000

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")


def need(*tools: str) -> None:
    missing = [tool for tool in tools if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (Debian packages; CI installs them)")


def run(*command: str | Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(
        [str(part) for part in command], capture_output=True, text=True, env=env,
        timeout=TIMEOUT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, f"{command}: {result.stdout}{result.stderr}"
    return result.stdout


def install(desktop, *args: str | Path) -> dict[str, str]:
    """Run install.sh in *desktop*'s private XDG folders; returns the environment."""
    env = dict(desktop.env)
    env["XDG_BIN_HOME"] = str(desktop.root / "bin")
    env.pop("XDG_CURRENT_DESKTOP", None)  # xdg-utils' generic mode
    env.pop("DESKTOP_SESSION", None)
    run("sh", LINUX / "install.sh", *args, env=env)
    return env


def on(env: dict[str, str], desktop_name: str) -> dict[str, str]:
    """*env* as seen on the desktop *desktop_name* ("" = none: xdg-utils' generic mode)."""
    return {**env, "XDG_CURRENT_DESKTOP": desktop_name}


DESKTOPS = ("", "GNOME")


def test_desktop_entry_is_valid():
    need("desktop-file-validate")
    assert run("desktop-file-validate", LINUX / f"{APP_ID}.desktop") == ""


def test_appstream_metadata_is_valid():
    need("appstreamcli")
    run("appstreamcli", "validate", "--no-net", LINUX / f"{APP_ID}.metainfo.xml")


def test_install_makes_kvb_files_ours_and_uninstall_undoes_it(desktop):
    need("xdg-mime", "update-mime-database", "gio", "mimetype", "desktop-file-validate")
    program = desktop.root / "program folder" / "answer$letter"  # quoting in Exec
    env = install(desktop, "--exec", program)
    data = Path(env["XDG_DATA_HOME"])
    entry = data / "applications" / f"{APP_ID}.desktop"
    assert run("desktop-file-validate", entry) == ""
    assert f'Exec="{desktop.root}/program folder/answer\\\\$letter" %F' in entry.read_text()

    letter = desktop.letter("brief.kvb")
    # A letter renamed to another extension is still recognised by our namespace.
    renamed = desktop.letter("brief.dat")
    for name in DESKTOPS:
        for path in (letter, renamed):
            assert run("xdg-mime", "query", "filetype", path, env=on(env, name)).strip() == MIME
        default = run("xdg-mime", "query", "default", MIME, env=on(env, name)).strip()
        assert default == f"{APP_ID}.desktop"
    assert (data / "icons/hicolor/48x48/mimetypes/application-x-answerletter+xml.png").exists()
    assert (data / "icons/hicolor/256x256/apps" / f"{APP_ID}.png").exists()

    run("sh", LINUX / "install.sh", "--uninstall", env=env)
    assert not entry.exists()
    assert not list(data.glob(f"**/{APP_ID}*")) and not list(data.glob("**/*answerletter*"))
    for name in DESKTOPS:
        assert run("xdg-mime", "query", "filetype", letter, env=on(env, name)).strip() != MIME


@pytest.fixture
def x_screen(desktop):
    """A virtual X screen (Xvfb) for real windows; yields its DISPLAY value."""
    need("Xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write_end)
    with os.fdopen(read_end) as stream:
        number = stream.readline().strip()
    if not number:
        server.kill()
        pytest.skip("Xvfb did not start")
    yield f":{number}"
    server.terminate()
    server.wait(timeout=TIMEOUT)


def test_opening_through_the_desktop_entry_reaches_the_running_editor(qtbot, desktop, x_screen):
    need("xdg-mime", "xdg-open", "gio", "mimetype", "update-mime-database")
    # The "installed program": a wrapper that records each launch's pid, then runs the editor.
    launches = desktop.root / "launches.txt"
    wrapper = desktop.root / "bin" / "answerletter"
    wrapper.parent.mkdir()
    wrapper.write_text(
        f'#!/bin/sh\necho $$ >> "{launches}"\nexec "{sys.executable}" -m answerletter "$@"\n'
    )
    wrapper.chmod(0o755)
    env = install(desktop, "--exec", wrapper)
    env.update(DISPLAY=x_screen, QT_QPA_PLATFORM="xcb")
    env["PATH"] = f"{wrapper.parent}{os.pathsep}{env['PATH']}"
    desktop.env = env

    first = desktop.letter("eerste.kvb")
    primary = desktop.launch(str(first))
    qtbot.waitUntil(lambda: desktop.opened().get("files") == [str(first)], timeout=WAIT_MS)

    second = desktop.letter("tweede.kvb")
    entry = Path(env["XDG_DATA_HOME"]) / "applications" / f"{APP_ID}.desktop"
    run("gio", "launch", entry, second, env=env)
    # xdg-open as on a plain X session (its own lookup) and on GNOME (through gio).
    third = desktop.letter("derde.kvb")
    run("xdg-open", third, env=on(env, ""))
    fourth = desktop.letter("vierde.kvb")
    run("xdg-open", fourth, env=on(env, "GNOME"))

    expected = [str(first), str(second), str(third), str(fourth)]
    qtbot.waitUntil(lambda: desktop.opened().get("files") == expected, timeout=WAIT_MS)
    assert desktop.opened()["pid"] == primary.pid
    # Both launches went through the desktop entry (the wrapper ran) and have exited again.
    pids = [int(line) for line in launches.read_text().split()]
    assert len(pids) == 3, pids
    qtbot.waitUntil(lambda: not any(Path(f"/proc/{pid}").exists() for pid in pids),
                    timeout=WAIT_MS)  # fmt: skip
    assert primary.poll() is None, desktop.stderr()
