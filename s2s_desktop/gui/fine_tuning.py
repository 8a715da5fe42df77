"""The Train tab's fine-tuning of a stored model: what "Start from" offers, and what a chosen
base puts in the forms (``engine.fine_tune`` decides its architecture and training settings)."""

from __future__ import annotations

from s2s_desktop.engine import fine_tune
from s2s_desktop.engine.corpus import ScanReport
from s2s_desktop.engine.errors import UserError
from s2s_desktop.engine.store import ModelStore
from s2s_desktop.gui.i18n import translate
from s2s_desktop.gui.message_bar import MessageBar
from s2s_desktop.gui.model_details import base_label
from s2s_desktop.gui.model_form import ModelForm
from s2s_desktop.gui.training_form import TrainingForm


class FineTuning:
    """The stored model a run starts from (the Model group's "Start from"), for the Train tab.

    It offers the stored models that can be fine-tuned, shows a chosen one's architecture and
    the training settings a fine-tuning run takes, and says what keeps it from the folder. The
    Train tab owns one, and says when (the run itself is the planner's decision).

    Attributes:
        store, model_form, training_form: the tab's store and forms.
        message: where the problems with the chosen model are said (the run controls').
    """

    def __init__(
        self,
        store: ModelStore,
        model_form: ModelForm,
        training_form: TrainingForm,
        message: MessageBar,
    ) -> None:
        self.store = store
        self.model_form = model_form
        self.training_form = training_form
        self.message = message
        self._said: str | None = None  # the problem ``message`` shows, if any

    def refresh_bases(self) -> None:
        """Offer the stored models that can be fine-tuned under "Start from"; a chosen one that
        is gone (deleted, renamed) is said, and a new model chosen instead; a chosen one still
        there has its settings shown again (it may have been replaced)."""
        chosen = self.model_form.base()
        self.model_form.set_bases(
            [(m.name, base_label(m)) for m in self.store.list() if not m.card.translate_only]
        )
        if chosen and not self.model_form.base():
            self.message.show_error(
                translate(
                    "FineTuning",
                    "{name} is no longer stored under that name: choose what to start from again.",
                ).format(name=repr(chosen))
            )
        elif chosen:
            self.show(refill=False)

    def choose(self, name: str, busy: bool) -> bool:
        """Start from the stored model ``name`` (the Models tab's "Fine-tune on a folder…");
        False, said, when a run is ``busy`` or the model cannot be fine-tuned."""
        if busy:
            self.message.show_error(
                translate("FineTuning", "Wait until this run ends to fine-tune a model.")
            )
            return False
        self.refresh_bases()
        if not self.model_form.set_base(name):
            self.message.show_error(
                translate("FineTuning", "{name} cannot be fine-tuned.").format(name=repr(name))
            )
            return False
        return True

    def show(self, refill: bool) -> None:
        """The base's architecture in the model form, and the training settings a fine-tuning
        run takes (as the planner chooses them) with the reasons: in the batch and learning
        rate fields when the base was just chosen (``refill``), else only where not edited."""
        try:
            base = fine_tune.open_base(self.store, self.model_form.base())
        except UserError as error:
            self.message.show_error(str(error))
            self.model_form.set_base("")
            return
        budget = self.training_form.budget_minutes()
        training, reasons = fine_tune.training_for(base, {}, budget)
        fill = self.training_form.fill_auto if refill else self.training_form.follow_auto
        fill(training.batch_tokens, training.learning_rate)
        self.model_form.show_base(base.architecture, reasons)

    def problem(self, report: ScanReport | None) -> str | None:
        """What keeps the chosen base from the scanned folder, in a few words for the Start bar
        (None: no base, no report, or it fits); the engine's whole sentence goes in
        ``message``, where it has room, until the problem goes."""
        sentence = self._pair_problem(report)
        if sentence is None:
            if self._said is not None and self.message.text() == self._said:
                self.message.clear_message()
            self._said = None
            return None
        if sentence != self._said:
            self.message.show_error(sentence)
            self._said = sentence
        return translate("FineTuning", "The model you start from translates other languages.")

    def _pair_problem(self, report: ScanReport | None) -> str | None:
        base = self.model_form.base()
        if not base or report is None:
            return None
        try:
            base_model = fine_tune.open_base(self.store, base)
            fine_tune.check_pair(base_model, report.src, report.tgt, report.folder.name)
        except UserError as error:
            return str(error)
        return None

    def names_the_base(self, name: str) -> bool:
        """Whether ``name`` (the run's, in the form) is the chosen base's: Resume would go on
        training the base itself, on its own data."""
        return bool(name) and name == self.model_form.base()

    def base_name_problem(self) -> str:
        return translate(
            "FineTuning",
            "{name} is the model you start from; give the fine-tuned model a new name (the "
            "base stays as it is).",
        ).format(name=repr(self.model_form.base()))

    def tuned_name(self) -> str:
        """The name a fine-tuning run of the chosen base gets, free in the store."""
        return fine_tune.tuned_name(self.store, self.model_form.base())
