"""Auto's choices in the Train tab's forms: the model it sizes, its batch and learning rate."""

from __future__ import annotations

from s2s_desktop.engine.auto import SIZE_FIELDS, AutoChoice, CorpusFacts, choose
from s2s_desktop.engine.config import PRESETS, ModelConfig
from s2s_desktop.gui.model_form import AUTO, ModelForm
from s2s_desktop.gui.training_form import TrainingForm


class AutoFill:
    """Fills the forms with what auto (``engine.auto.choose``) chooses for the scanned corpus,
    the time budget and the device.

    The Model group shows auto's model and its reasons whatever the preset; while ``auto`` is
    the preset, the Training group gets auto's batch size and learning rate too. A model size
    edited by hand gets auto's dropout, batch and learning rate for that size (as ``--preset
    auto --hid-dim ...`` does on the command line), each unless it was edited too; choosing a
    preset brings auto's own size back, and a named preset the training defaults. The Train
    tab owns one and says when to choose again; the run itself is the planner's decision.

    Attributes:
        choice: what auto chose (for the size set by hand, if any); None without a corpus.
        own: what auto chose with no size set by hand.
    """

    def __init__(self, model_form: ModelForm, training_form: TrainingForm) -> None:
        self.model_form = model_form
        self.training_form = training_form
        self.choice: AutoChoice | None = None
        self.own: AutoChoice | None = None
        self._hand_size: dict[str, int] = {}  # the size fields set by hand under auto

    def update(self, facts: CorpusFacts | None) -> None:
        """Choose again for the corpus (None: none scanned), the time and the device."""
        form = self.training_form
        self.choice = self.own = None
        if facts is not None:
            budget, device = form.budget_minutes(), form.device_kind()
            self.choice = self.own = choose(facts, budget, device)
            if self._hand_size:
                self.choice = choose(facts, budget, device, self._hand_size)
        choice = self.choice
        self.model_form.set_auto(choice.model if choice else None, choice.reasons if choice else [])
        # A run that fine-tunes a stored model has its own batch size and rate (the tab's).
        if choice is not None and self.model_form.preset() == AUTO and not self.model_form.base():
            form.fill_auto(choice.batch_tokens, choice.learning_rate)

    def follow_size(self, facts: CorpusFacts | None) -> None:
        """The model form changed: if its size is no longer auto's, choose for that size."""
        previous, own, form = self.choice, self.own, self.training_form
        if previous is None or own is None or facts is None or not form.shows_auto():
            return
        if self.model_form.preset() != AUTO or self.model_form.base() or self.model_form.error():
            return
        values = self.model_form.values()
        size = {field: int(values[field]) for field in SIZE_FIELDS}
        if all(getattr(previous.model, field) == size[field] for field in SIZE_FIELDS):
            return  # auto's choice is already for this size
        self._hand_size = {k: v for k, v in size.items() if v != getattr(own.model, k)}
        # Set first: the form's dropout fields below call back here, for this same size.
        budget, device = form.budget_minutes(), form.device_kind()
        self.choice = choice = choose(facts, budget, device, self._hand_size)
        form.follow_auto(choice.batch_tokens, choice.learning_rate)
        self.model_form.follow_auto(choice.model, choice.reasons)

    def preset_chosen(self, preset: str, facts: CorpusFacts | None) -> None:
        """A preset was chosen: auto's own size again, or the training defaults."""
        self._hand_size = {}
        if preset == AUTO:
            self.update(facts)
        else:
            self.training_form.leave_auto()

    def preset_model(self, preset: str) -> ModelConfig | None:
        """The model ``preset`` stands for (auto's own choice under auto), which the planner
        is told the differences from."""
        if preset == AUTO:
            return self.own.model if self.own else None
        return PRESETS.get(preset)
