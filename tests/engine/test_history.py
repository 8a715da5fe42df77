"""The window's translation history: kept on disk, the same text kept once, searched, cleared."""

import pytest

from s2s_desktop.engine import history as history_module
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.history import History


def test_entries_are_kept_newest_first_and_the_same_text_once(tmp_path):
    history = History(tmp_path / "history.sqlite")
    history.add("toy", "en", "eo", "the cat", "la kato")
    history.add("toy", "en", "eo", "a dog", "unu hundo")
    history.add("toy", "en", "eo", "  the cat ", "la kato!")  # again: moved up, updated
    history.add("other", "en", "eo", "the cat", "la kato")  # another model: its own entry
    history.add("toy", "en", "eo", "   ", "")  # nothing typed: nothing kept
    entries = history.search()
    assert [(e.model, e.source, e.target) for e in entries] == [
        ("other", "the cat", "la kato"),
        ("toy", "the cat", "la kato!"),
        ("toy", "a dog", "unu hundo"),
    ]
    assert entries[0].made >= entries[1].made >= entries[2].made
    assert History(tmp_path / "history.sqlite").count() == 3  # on disk, for the next start


def test_a_text_typed_further_after_a_pause_replaces_its_beginning(tmp_path, monkeypatch):
    """Pauses while typing one sentence leave one entry, not each fragment; an older entry,
    another model's, or a text that is not the newest's continuation stays."""
    history = History(tmp_path / "history.sqlite")
    history.add("toy", "en", "eo", "the cat", "la kato")
    history.add("toy", "en", "eo", "a dog", "unu hundo")
    history.add("toy", "en", "eo", "a dog sees", "unu hundo vidas")
    history.add("toy", "en", "eo", "a dog sees the cat", "unu hundo vidas la katon")
    history.add("toy", "en", "eo", "the cat sees", "la kato vidas")  # the newest is not its start
    history.add("other", "en", "eo", "the cat sees a dog", "la kato vidas hundon")
    assert [e.source for e in history.search()] == [
        "the cat sees a dog",
        "the cat sees",
        "a dog sees the cat",
        "the cat",
    ]
    later = history_module.time.time() + history_module.GROWN_S + 1
    monkeypatch.setattr(history_module.time, "time", lambda: later)
    history.add("other", "en", "eo", "the cat sees a dog run", "la kato vidas hundon kuri")
    assert history.count() == 5  # the newest was kept too long ago: a new text


def test_a_restored_entry_typed_further_stays_beside_the_new_text(tmp_path):
    """Bringing an older entry back (restored from the history, or typed again) and typing on
    makes a new entry: the one the user kept is not replaced."""
    history = History(tmp_path / "history.sqlite")
    history.add("toy", "en", "eo", "the cat", "la kato")
    history.add("toy", "en", "eo", "a dog", "unu hundo")
    history.add("toy", "en", "eo", "the cat", "la kato")  # restored: back to the top
    history.add("toy", "en", "eo", "the cat sees", "la kato vidas")
    history.add("toy", "en", "eo", "the cat sees a dog", "la kato vidas hundon")  # typed on
    assert [e.source for e in history.search()] == ["the cat sees a dog", "the cat", "a dog"]


def test_a_renamed_models_entries_follow_it(tmp_path):
    history = History(tmp_path / "history.sqlite")
    history.add("old", "en", "eo", "the cat", "la kato")
    history.add("old", "en", "eo", "a dog", "unu hundo")
    history.add("new", "en", "eo", "a dog", "hundo")  # a deleted model's, of the same name
    history.add("other", "en", "eo", "a dog", "unu hundo")
    history.rename_model("old", "new")
    found = {(e.model, e.source, e.target) for e in history.search()}
    assert found == {
        ("new", "the cat", "la kato"),
        ("new", "a dog", "unu hundo"),
        ("other", "a dog", "unu hundo"),
    }


def test_search_finds_either_side_in_any_case_and_takes_wildcards_literally(tmp_path):
    history = History(tmp_path / "h.sqlite")
    history.add("toy", "en", "eo", "The Cat sleeps", "la kato dormas")
    history.add("toy", "en", "eo", "50% off_now", "50% rabato")
    assert [e.source for e in history.search("cat")] == ["The Cat sleeps"]
    assert [e.source for e in history.search("DORMAS")] == ["The Cat sleeps"]
    assert [e.source for e in history.search("0% off_")] == ["50% off_now"]
    assert history.search("%") == history.search("50%")
    assert history.search("_") == history.search("off_")


def test_delete_clear_and_the_oldest_go_beyond_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(history_module, "MOST_ENTRIES", 3)
    history = History(tmp_path / "h.sqlite")
    for number in range(5):
        history.add("toy", "en", "eo", f"line {number}", f"linio {number}")
    assert [e.source for e in history.search()] == ["line 4", "line 3", "line 2"]
    history.delete(history.search("line 3")[0].id)
    assert history.count() == 2
    history.clear()
    assert history.count() == 0 and history.search() == []
    assert b"linio" not in (tmp_path / "h.sqlite").read_bytes()  # gone from the file too


def test_a_damaged_file_is_one_sentence(tmp_path):
    path = tmp_path / "h.sqlite"
    path.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match="cannot be used.*clear it or move it away"):
        History(path).search()


def test_search_ignores_case_in_every_script_not_only_ascii(tmp_path):
    history = History(tmp_path / "h.sqlite")
    history.add("toy", "de", "es", "Über den Fluss", "Sobre el río")
    history.add("toy", "fr", "es", "ÉCOLE primaire", "Escuela primaria")
    history.add("toy", "el", "es", "ΟΔΟΣ", "Calle")
    assert [e.source for e in history.search("über")] == ["Über den Fluss"]
    assert [e.source for e in history.search("RÍO")] == ["Über den Fluss"]
    assert [e.source for e in history.search("école")] == ["ÉCOLE primaire"]
    assert [e.source for e in history.search("οδος")] == ["ΟΔΟΣ"]
    decomposed = "e\u0301cole"  # é typed as e + combining accent
    assert [e.source for e in history.search(decomposed)] == ["ÉCOLE primaire"]
    assert len(history.search("")) == 3


def test_clearing_a_damaged_file_moves_it_aside_and_starts_a_fresh_history(tmp_path):
    path = tmp_path / "h.sqlite"
    damaged = b"not a database at all" * 100
    path.write_bytes(damaged)
    history = History(path)
    assert history.clear() == tmp_path / "h.sqlite.damaged"
    assert (tmp_path / "h.sqlite.damaged").read_bytes() == damaged  # kept, never deleted
    assert history.count() == 0
    history.add("toy", "en", "eo", "the cat", "la kato")
    assert history.count() == 1
    path.write_bytes(damaged)  # damaged again: the first damaged copy is not replaced
    assert history.clear() == tmp_path / "h.sqlite.damaged-2"
    assert (tmp_path / "h.sqlite.damaged").read_bytes() == damaged
    assert history.clear() is None and history.count() == 0  # a sound file is only emptied
