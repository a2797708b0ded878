"""The prompt library: Afterglow's integration prompts by category, and the person's own,
which they can add, edit and delete. "Write about this" starts an entry from a prompt."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from afterglow.core.errors import AfterglowError
from afterglow.core.prompt import MAX_PROMPT_TEXT, Prompt, PromptCategory
from afterglow.core.prompts import Prompts
from afterglow.ui.prompts.prompt_model import OWN, PromptListModel
from afterglow.ui.prompts.wording import category_name, prompt_problem
from afterglow.ui.tasks import TaskRunner
from afterglow.ui.widgets.chips import ToggleChip
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.dialog import ConfirmDialog
from afterglow.ui.widgets.flow_layout import FlowLayout
from afterglow.ui.widgets.page import button, error_label, show_error, text_label


class PromptLibraryDialog(QDialog):
    """Non-blocking (open it with `open()`); `write_requested(Prompt)` closes it."""

    write_requested = Signal(object)

    def __init__(self, runner: TaskRunner, prompts: Prompts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prompts"))
        self.setModal(True)
        self.setMinimumSize(620, 560)
        self._runner = runner
        self._prompts = prompts
        self._editing: Prompt | None = None
        self._wanted: str | None = None  # select this prompt once the list is loaded
        self.delete_dialog: ConfirmDialog | None = None

        title = text_label(self.tr("Prompts to write from"), "title")
        lead = text_label(
            self.tr(
                "Afterglow's own questions for integration, and any you add. Choose one "
                "to start an entry with it."
            ),
            "lead",
        )
        self.chips_holder = QWidget()
        chips = FlowLayout(self.chips_holder, spacing=6)
        self.chip_group = QButtonGroup(self)
        self.chip_group.setExclusive(True)
        self.category_chips: dict[str, ToggleChip] = {}
        choices: list[tuple[str, str]] = [("all", self.tr("All")), (OWN, self.tr("Yours"))]
        choices += [(c.value, category_name(c)) for c in PromptCategory]
        for key, label in choices:
            chip = ToggleChip(label)
            self.chip_group.addButton(chip)
            chips.addWidget(chip)
            chip.toggled.connect(lambda on, key=key: self._category_chosen(key) if on else None)
            self.category_chips[key] = chip

        self.model = PromptListModel(self)
        self.list = QListView()
        self.list.setObjectName("TagList")
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setAccessibleName(self.tr("Prompts"))
        self.empty = text_label(
            self.tr(
                "You haven't written any prompts of your own yet. Questions you keep "
                "coming back to make good ones."
            ),
            "empty",
        )
        self.empty.hide()

        self.add_button = button(self.tr("Add your own…"), "quiet")
        self.edit_button = button(self.tr("Edit"), "quiet")
        self.delete_button = button(self.tr("Delete"), "quiet")
        own_row = QHBoxLayout()
        own_row.setSpacing(4)
        own_row.addWidget(self.add_button)
        own_row.addStretch(1)
        own_row.addWidget(self.edit_button)
        own_row.addWidget(self.delete_button)

        self.form = QFrame()
        form = QHBoxLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        form.setSpacing(8)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Your question"))
        self.text.setAccessibleName(self.tr("Your prompt"))
        self.text.setMaxLength(MAX_PROMPT_TEXT)
        self.category = ChoiceBox(self.tr("Category of your prompt"))
        self.category.addItem(self.tr("No category"), None)
        for category in PromptCategory:
            self.category.addItem(category_name(category), category.value)
        self.form_save = button(self.tr("Save"), "primary")
        self.form_cancel = button(self.tr("Cancel"), "quiet")
        form.addWidget(self.text, 1)
        form.addWidget(self.category)
        form.addWidget(self.form_cancel)
        form.addWidget(self.form_save)
        self.form.hide()
        self.error = error_label()

        self.close_button = button(self.tr("Close"))
        self.write_button = button(self.tr("Write about this"), "primary")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.write_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 24, 28, 24)
        outer.setSpacing(12)
        outer.addWidget(title)
        outer.addWidget(lead)
        outer.addWidget(self.chips_holder)
        outer.addWidget(self.list, 1)
        outer.addWidget(self.empty, 1)
        outer.addLayout(own_row)
        outer.addWidget(self.form)
        outer.addWidget(self.error)
        outer.addLayout(buttons)

        self.list.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.list.doubleClicked.connect(lambda _index: self.write())
        self.model.modelReset.connect(self._selection_changed)
        self.add_button.clicked.connect(self.add_own)
        self.edit_button.clicked.connect(self.edit_own)
        self.delete_button.clicked.connect(self.confirm_delete)
        self.form_save.clicked.connect(self.save_own)
        self.form_cancel.clicked.connect(self._close_form)
        self.text.returnPressed.connect(self.save_own)
        self.close_button.clicked.connect(self.reject)
        self.write_button.clicked.connect(self.write)
        self.category_chips["all"].setChecked(True)
        self._selection_changed()
        self.load()

    # -- loading and choosing ---------------------------------------------------------

    def load(self) -> None:
        self._runner.run(
            self._prompts.all,
            on_done=self._arrived,
            on_error=lambda error: show_error(self.error, error.message),
        )

    def _arrived(self, prompts: list[Prompt]) -> None:
        self.model.set_prompts(prompts)
        if self._wanted is not None:
            self.select(self._wanted)
            self._wanted = None

    def _category_chosen(self, key: str) -> None:
        self.model.show_category(None if key == "all" else key)
        own = key == OWN
        self.empty.setVisible(own and self.model.rowCount() == 0)
        self.list.setVisible(not self.empty.isVisible())

    def select(self, prompt_id: str) -> None:
        row = self.model.row_of(prompt_id)
        if row is None:
            return
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list.scrollTo(index)

    def chosen(self) -> Prompt | None:
        index = self.list.currentIndex()
        if not index.isValid() or not self.list.selectionModel().isSelected(index):
            return None
        return self.model.prompt_at(index.row())

    def _selection_changed(self) -> None:
        prompt = self.chosen()
        own = prompt is not None and not prompt.builtin
        self.write_button.setEnabled(prompt is not None)
        self.edit_button.setVisible(own)
        self.delete_button.setVisible(own)
        if self.category_chips[OWN].isChecked():
            self.empty.setVisible(self.model.rowCount() == 0)
            self.list.setVisible(self.model.rowCount() > 0)

    def write(self) -> None:
        prompt = self.chosen()
        if prompt is not None:
            self.write_requested.emit(prompt)
            self.accept()

    # -- one's own prompts ------------------------------------------------------------

    def add_own(self) -> None:
        self._editing = None
        self._open_form("", None)

    def edit_own(self) -> None:
        prompt = self.chosen()
        if prompt is None or prompt.builtin:
            return
        self._editing = prompt
        self._open_form(prompt.text, prompt.category)

    def _open_form(self, text: str, category: PromptCategory | None) -> None:
        self.text.setText(text)
        self.category.setCurrentIndex(max(self.category.findData(category and category.value), 0))
        show_error(self.error, "")
        self.form.show()
        self.text.setFocus()

    def _close_form(self) -> None:
        self._editing = None
        self.text.setText("")
        show_error(self.error, "")
        self.form.hide()

    def save_own(self) -> None:
        text = self.text.text().strip()
        if not text:
            show_error(self.error, self.tr("Write your question first."))
            return
        data = self.category.currentData()
        category = PromptCategory(str(data)) if data else None
        prompts, editing = self._prompts, self._editing

        def save() -> Prompt:
            if editing is None:
                return prompts.add(text, category)
            return prompts.edit(editing.id, text, category)

        self.form_save.setEnabled(False)
        self._runner.run(save, on_done=self._saved, on_error=self._not_saved)

    def _saved(self, prompt: Prompt) -> None:
        self.form_save.setEnabled(True)
        self._close_form()
        self._wanted = prompt.id
        if not self.category_chips["all"].isChecked() and not self.category_chips[OWN].isChecked():
            self.category_chips[OWN].setChecked(True)
        self.load()

    def _not_saved(self, error: AfterglowError) -> None:
        self.form_save.setEnabled(True)
        show_error(self.error, prompt_problem(error))

    def confirm_delete(self) -> ConfirmDialog | None:
        prompt = self.chosen()
        if prompt is None or prompt.builtin:
            return None
        dialog = ConfirmDialog(
            self.tr("Delete this prompt?"),
            self.tr("Entries you wrote from it keep its words."),
            self.tr("Delete"),
            self,
        )
        dialog.accepted.connect(lambda: self._delete(prompt))
        dialog.finished.connect(dialog.deleteLater)
        self.delete_dialog = dialog
        dialog.open()
        return dialog

    def _delete(self, prompt: Prompt) -> None:
        prompts = self._prompts
        self._runner.run(
            lambda: prompts.delete(prompt.id),
            on_done=lambda _none: self.load(),
            on_error=lambda error: show_error(self.error, prompt_problem(error)),
        )
