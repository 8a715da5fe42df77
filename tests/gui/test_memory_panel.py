"""The translation-memory panel, its lookup worker and its indexing job, on real memories."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QToolButton

from s2s_desktop.engine.translation_memory import TranslationMemory
from s2s_desktop.gui.memory_panel import MemoryPanel
from s2s_desktop.gui.memory_workers import MemoryIndexJob, MemoryLookupWorker
from s2s_desktop.gui.workers import start_worker_thread
from tests.toy import toy_pairs, write_moses

STORED = [
    ("the small cat sees a dog", "la kato malgranda vidas unu hundo"),
    ("the small cat sees a red dog", "la kato malgranda vidas unu hundo ruga"),
    ("the big cat sees a red dog", "la kato granda vidas unu hundo ruga"),
]


def stored_matches(query: str):
    with TranslationMemory("en", "eo") as memory:
        memory.add_pairs(STORED, "toy corpus")
        return memory.lookup(query)


def test_matches_show_score_highlighted_source_and_target_and_use_sends_it(qtbot, screenshots):
    panel = MemoryPanel()
    qtbot.addWidget(panel)
    panel.resize(460, 300)
    panel.show()
    assert (
        panel.empty_label.isVisible()
        and "No memory matches \u2265 70 %" in panel.empty_label.text()
    )
    panel.show_matches(stored_matches("the small cat sees a red dog"))
    assert not panel.empty_label.isVisible() and len(panel.rows) == 3
    scores = [row.findChild(QLabel, "memoryScore").text() for row in panel.rows]
    assert scores[0] == "<b>100 %</b>" and all("%" in score for score in scores[1:])
    sources = [row.findChild(QLabel, "memorySource").text() for row in panel.rows]
    highlight = panel.palette().color(QPalette.ColorRole.Highlight).name()
    big = next(source for source in sources if "big" in source)
    assert f"background-color:{highlight}" in big and "<s " in big  # "big" for "small"
    assert any(">red</s>" in source for source in sources)  # the match that lacks "red"
    with qtbot.waitSignal(panel.use_requested) as used:
        panel.rows[0].findChild(QToolButton, "memoryUse").click()
    assert used.args == ["la kato malgranda vidas unu hundo ruga"]
    panel.rows[1].findChild(QToolButton, "memoryCopy").click()
    assert QGuiApplication.clipboard().text() == panel.matches()[1].target
    panel.grab().save(str(screenshots / "memory-panel.png"))
    panel.show_matches([])
    assert panel.empty_label.isVisible() and panel.rows == []
    panel.show_message("No translation memory for en → eo yet.")
    assert panel.empty_label.text() == "No translation memory for en → eo yet."


class Requests(QObject):
    languages = Signal(str, str)
    lookup = Signal(int, str)
    close = Signal()


def test_the_lookup_worker_answers_the_latest_request_off_the_gui_thread(qtbot):
    worker = MemoryLookupWorker()
    thread = start_worker_thread(worker, "memory-lookup")
    requests = Requests()
    requests.languages.connect(worker.set_languages)
    requests.lookup.connect(worker.lookup)
    requests.close.connect(worker.close)
    answers: list[tuple[int, list]] = []
    worker.found.connect(lambda request, matches: answers.append((request, matches)))
    try:
        requests.languages.emit("en", "eo")
        worker.latest_request = 1
        with qtbot.waitSignal(worker.found):
            requests.lookup.emit(1, "the small cat sees a dog")
        assert answers == [(1, [])]  # no memory file yet: none is created
        stored_matches("anything")
        worker.latest_request = 3
        requests.lookup.emit(2, "the small cat sees a dog")  # superseded: dropped
        with qtbot.waitSignal(worker.found):
            requests.lookup.emit(3, "the small cat sees a dog")
        assert [request for request, _ in answers] == [1, 3]
        assert answers[-1][1][0].score == 100
    finally:
        requests.close.emit()
        thread.quit()
        thread.wait(5000)


def test_indexing_a_folder_reports_progress_and_can_be_stopped(qtbot, tmp_path):
    folder = tmp_path / "corpus"
    write_moses(folder, "train", toy_pairs(12_000, seed=1))
    job = MemoryIndexJob()
    seen = []
    job.progress.connect(seen.append)
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        job.start("en", "eo", "folder", folder)
    report = done.args[0]
    assert not job.busy and not report.stopped and report.read == 12_000
    assert [p.read for p in seen] == [5000, 10000, 12000] and seen[-1].total == 12_000
    job.progress.connect(lambda _: job.stop())
    with qtbot.waitSignal(job.finished, timeout=20_000) as done:
        job.start("en", "eo", "tmx", write_tmx(tmp_path / "more.tmx", 12_000))
    assert done.args[0].stopped and done.args[0].read < 12_000
    with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
        job.start("en", "eo", "tmx", tmp_path / "missing.tmx")
    assert "Cannot read" in failed.args[0]


def write_tmx(path, count):
    units = "".join(
        f'<tu><tuv xml:lang="en"><seg>{s} {i}</seg></tuv>'
        f'<tuv xml:lang="eo"><seg>{t}</seg></tuv></tu>'
        for i, (s, t) in enumerate(toy_pairs(count, seed=2))
    )
    path.write_text(f'<tmx version="1.4"><header/><body>{units}</body></tmx>', encoding="utf-8")
    return path


def test_the_section_names_two_tmx_files_of_one_name_by_their_folders(qtbot, tmp_path):
    from s2s_desktop.gui.memory_section import MemorySection

    with TranslationMemory("en", "eo") as memory:
        for folder in ("v1", "v2"):
            (tmp_path / folder).mkdir()
            memory.add_tmx(write_tmx(tmp_path / folder / "project.tmx", 3))
    section = MemorySection()
    qtbot.addWidget(section)
    try:
        section.set_model("en", "eo", None)
        qtbot.waitUntil(lambda: "pairs from" in section.sources.text(), timeout=5000)
        assert "project.tmx (v1), project.tmx (v2)" in section.sources.text()
    finally:
        section.shutdown()


@pytest.fixture
def memory_section(qtbot):
    """A memory section for en -> eo, and the list of what it says in the status bar."""
    from s2s_desktop.gui.memory_section import MemorySection

    section = MemorySection()
    qtbot.addWidget(section)
    messages: list[str] = []
    section.statusMessage.connect(messages.append)
    section.set_model("en", "eo", None)
    yield section, messages
    section.shutdown()


def test_a_tmx_that_cannot_be_read_is_said_in_the_section_until_the_next_add(
    qtbot, tmp_path, memory_section
):
    """The failure stayed 10 s in the status bar while the section went back to its count;
    now the section says it until the next file is added ("added 1 pair", not "1 pairs")."""
    section, messages = memory_section
    broken = tmp_path / "broken.tmx"
    broken.write_text('<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>a', "utf-8")
    section.index("tmx", broken)
    qtbot.waitUntil(lambda: section.message_bar.kind == "error", timeout=10_000)
    assert section.message_bar.text().startswith(f"{broken} is not well-formed XML")
    assert "export it again" in section.message_bar.text()
    section.index("tmx", write_tmx(tmp_path / "one.tmx", 1))
    qtbot.waitUntil(lambda: "Memory: added" in (messages or [""])[-1], timeout=10_000)
    assert messages[-1] == "Memory: added 1 pair." and section.message_bar.kind == ""


def test_indexing_that_adds_nothing_is_said_only_when_the_user_asked(
    qtbot, tmp_path, memory_section
):
    """A model's own folder is indexed unasked: nothing new there is no news (it said "Memory:
    added 0 pairs." in the status bar); a file the user chose is always answered."""
    from tests.toy import toy_pairs, write_moses

    section, messages = memory_section
    write_moses(tmp_path / "corpus", "train", toy_pairs(5, seed=3))
    for _ in range(2):
        section.index("folder", tmp_path / "corpus")
        qtbot.waitUntil(lambda: not section.job.busy, timeout=10_000)
    assert messages == ["Memory: added 5 pairs."]
    section.index("tmx", write_tmx(tmp_path / "one.tmx", 1))
    qtbot.waitUntil(lambda: not section.job.busy, timeout=10_000)
    assert messages[1:] == ["Memory: added 1 pair."]
