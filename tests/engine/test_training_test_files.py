"""The test files of a training folder: never trained on, and scored at the end of the run."""

from s2s_desktop.engine import events
from s2s_desktop.engine.corpus import scan_folder
from s2s_desktop.engine.held_out_scores import read_test_scores
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from tests.engine.test_training import small_run
from tests.toy import toy_pairs, write_moses


def test_the_end_of_a_run_scores_the_model_on_the_folders_test_files(small_corpus):
    # Two of its sentences are also training sentences (seed 4 makes the training pairs).
    repeated = [pair for pair in toy_pairs(300, seed=4) if pair not in toy_pairs(20, seed=5)][:2]
    write_moses(small_corpus, "newstest2024", toy_pairs(13, seed=6) + repeated)
    report = scan_folder(small_corpus, "en", "eo")
    summary = "\n".join(report.summary_lines())
    [line] = [line for line in report.summary_lines() if "newstest2024" in line]
    assert line.split()[3:] == ["moses", "test", "15", "pairs", "(scored", "at", "the", "end)"]
    assert "the final model is scored on them at the end" in summary and "not used" not in summary

    seen: list = []
    finished = Trainer(small_run(small_corpus, "tested", epochs=1), seen.append).run()
    assert isinstance(finished, events.Finished) and finished.reason == "completed"
    [score] = read_test_scores(ModelStore().path("tested"))
    assert (score.test_set, score.sentences, score.beam) == ("newstest2024", 15, finished.beam)
    assert 0 <= score.bleu <= 100 and 0 <= score.chrf <= 100
    assert f"On the test set newstest2024 (15 pairs, never trained on): BLEU {score.bleu:.1f}" in (
        "\n".join(finished.summary)
    )
    said = [e.message for e in seen if isinstance(e, events.Preparing)]
    assert any("test set newstest2024" in message for message in said)
    assert any("also a validation or test sentence" in message for message in said)


def test_a_stop_while_the_test_set_is_scored_says_it_was_not(small_corpus):
    write_moses(small_corpus, "newstest2024", toy_pairs(13, seed=6))

    def stop_at_the_test_set(event) -> None:
        if isinstance(event, events.Preparing) and "on the test set" in event.message:
            trainer.request_stop()

    trainer = Trainer(small_run(small_corpus, "late-stop", epochs=1), stop_at_the_test_set)
    finished = trainer.run()
    assert isinstance(finished, events.Finished)
    assert "Stopped before the model was scored on the test set newstest2024; " in "\n".join(
        finished.summary
    )
    assert read_test_scores(ModelStore().path("late-stop")) == []
