"""Older Word and OpenDocument files (.doc, .rtf, .odt): read through a LibreOffice conversion,
with the same findings at the same places as the .docx they were saved from."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.running import check_json

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "fixtures" / "sample" / "proposal.docx"
SOFFICE = shutil.which("soffice")


def places(file: dict) -> list[tuple]:
    return sorted(
        (
            f["rule"],
            f["match"],
            f["location"]["paragraph"],
            f["location"]["table"],
            f["location"]["row"],
        )
        for f in file["findings"]
    )


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_doc_rtf_odt_read_like_the_docx_they_were_saved_from(tmp_path: Path):
    for kind in ("doc", "rtf", "odt"):  # saved by LibreOffice, as an office would
        subprocess.run(
            [
                SOFFICE,
                f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}",
                "--headless",
                "--convert-to",
                kind,
                "--outdir",
                str(tmp_path),
                str(SAMPLE),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    olds = [tmp_path / f"proposal.{kind}" for kind in ("doc", "rtf", "odt")]
    before = {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in olds}
    done = check_json(SAMPLE, *olds)
    assert done.returncode == 1, done.stderr
    files = {Path(f["path"]).suffix: f for f in json.loads(done.stdout)["files"]}
    assert {files[s]["format"] for s in (".doc", ".rtf", ".odt")} == {"doc", "rtf", "odt"}
    expected = places(files[".docx"])
    assert ("GT001", "chairman", 13, None, None) in expected
    for suffix in (".doc", ".rtf", ".odt"):
        assert files[suffix]["status"] == "ok"
        assert places(files[suffix]) == expected, suffix
        assert files[suffix]["marker"]["code"] == files[".docx"]["marker"]["code"]
    assert {path: hashlib.sha256(path.read_bytes()).hexdigest() for path in olds} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(p.name for p in olds)


@pytest.mark.slow
@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice is not installed")
def test_a_damaged_doc_is_an_error_and_the_run_goes_on(tmp_path: Path):
    damaged = tmp_path / "old.doc"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    done = check_json(damaged, SAMPLE)
    assert done.returncode == 2
    files = {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}
    assert files["old.doc"]["status"] == "error"
    assert files["proposal.docx"]["status"] == "ok" and files["proposal.docx"]["findings"]


def test_without_libreoffice_the_error_says_what_to_install(tmp_path: Path):
    old = tmp_path / "old proposal.odt"
    old.write_bytes(b"PK\x03\x04 an OpenDocument file")
    bare = tmp_path / "bin"
    bare.mkdir()
    os.symlink(sys.executable, bare / "python")
    env = {"PATH": str(bare), "HOME": str(tmp_path)}
    done = check_json(old, env=env)
    assert done.returncode == 2
    (file,) = json.loads(done.stdout)["files"]
    assert file["status"] == "error" and file["error"]["code"] == "needs-libreoffice"
    assert "install LibreOffice" in file["error"]["message"]
    assert done.stderr.strip().splitlines() == [
        f"pat-lint: error: {old}: {file['error']['message']}"
    ]
