from __future__ import annotations

from pathlib import Path

from stack.fingerprint import fingerprint, is_current, write_stamp


def test_fingerprint_changes_with_content_not_with_time(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    file = tmp_path / "data" / "nlu.yml"
    file.write_text("a")
    first = fingerprint([tmp_path / "data"], tmp_path)
    file.touch()
    assert fingerprint([tmp_path / "data"], tmp_path) == first
    file.write_text("b")
    assert fingerprint([tmp_path / "data"], tmp_path) != first


def test_stamp_is_current_only_with_the_artefact(tmp_path: Path) -> None:
    stamp, artefact = tmp_path / "m.fingerprint", tmp_path / "m.tar.gz"
    write_stamp(stamp, "abc")
    assert not is_current(stamp, "abc", artefact)
    artefact.write_text("model")
    assert is_current(stamp, "abc", artefact)
    assert not is_current(stamp, "other", artefact)
