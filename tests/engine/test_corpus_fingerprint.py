"""A resume reads the data its run began with, or refuses."""

from s2s_desktop.engine import events
from s2s_desktop.engine.corpus_fingerprint import CORPUS_FILE
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.engine.training import Trainer
from tests.engine.test_training import small_run
from tests.toy import toy_pairs, write_moses


def test_a_resume_refuses_data_that_changed_and_goes_on_when_it_is_back(small_corpus):
    first = Trainer(small_run(small_corpus, "kept", epochs=1)).run()
    assert isinstance(first, events.Finished)
    assert (ModelStore().path("kept") / "training" / CORPUS_FILE).is_file()

    train_en = small_corpus / "train.en"
    original = {path: path.read_bytes() for path in small_corpus.iterdir()}
    write_moses(small_corpus, "train", toy_pairs(330, seed=4))  # 30 more lines
    refused = Trainer(small_run(small_corpus, "kept", epochs=2), resume=True).run()
    assert isinstance(refused, events.Failed) and refused.traceback is None
    assert "changed since 'kept' began (train.en changed)" in refused.message
    assert "put the files back" in refused.message

    for path, data in original.items():
        path.write_bytes(data)
    assert train_en.read_bytes() == original[train_en]
    resumed = Trainer(small_run(small_corpus, "kept", epochs=2), resume=True).run()
    assert isinstance(resumed, events.Finished), resumed
