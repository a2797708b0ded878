"""Adding or changing a practice of the person's own: name, kind, target, unit and the
days it is meant for. The dialog only gathers; the view saves through the worker."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from afterglow.core.practices import DAILY, Practice, PracticeKind, schedule_text
from afterglow.ui.widgets.choice_box import ChoiceBox
from afterglow.ui.widgets.dialog import FormDialog
from afterglow.ui.widgets.page import button, error_label, show_error


@dataclass(frozen=True)
class PracticeDraft:
    """What the person typed: the view turns it into `Practices.add` or `update`."""

    name: str
    kind: PracticeKind
    target: float | None
    unit: str
    schedule: str


def kind_name(kind: PracticeKind) -> str:
    words = {
        PracticeKind.TIMER: QCoreApplication.translate("Practices", "Timed (minutes)"),
        PracticeKind.COUNT: QCoreApplication.translate("Practices", "A count"),
        PracticeKind.LIST: QCoreApplication.translate("Practices", "A list"),
        PracticeKind.CHECK: QCoreApplication.translate("Practices", "Done or not"),
    }
    return words[kind]


class PracticeDialog(FormDialog):
    """`practice` None adds a new one. Emits `accepted`; read `draft()` then."""

    def __init__(self, practice: Practice | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Add a practice") if practice is None else self.tr("Change the practice"),
            self.tr("Something small you want to keep doing between sessions."),
            parent,
        )
        self.practice = practice
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.kind = ChoiceBox(self.tr("Kind"))
        for kind in PracticeKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.target = QDoubleSpinBox()
        self.target.setAccessibleName(self.tr("Daily target"))
        self.target.setRange(0, 100000)
        self.target.setDecimals(1)
        self.target.setSpecialValueText(self.tr("None"))
        self.unit = QLineEdit()
        self.unit.setAccessibleName(self.tr("Unit"))
        self.unit.setPlaceholderText(self.tr("e.g. minutes, glasses, pages"))
        self.daily = QRadioButton(self.tr("Every day"))
        self.some_days = QRadioButton(self.tr("On these days:"))
        self.daily.setChecked(True)
        # The days under their choice, four to a row: one row of seven does not fit the
        # dialog's column, least of all in languages with longer day names.
        days = QGridLayout()
        days.setHorizontalSpacing(16)
        days.setContentsMargins(24, 0, 0, 0)
        self.weekdays: list[QCheckBox] = []
        locale = QLocale()
        for weekday in range(7):
            box = QCheckBox(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(weekday + 1))
            box.toggled.connect(self._day_toggled)
            self.weekdays.append(box)
            days.addWidget(box, weekday // 4, weekday % 4)
        days.setColumnStretch(4, 1)

        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Daily target"), self.target)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Schedule"), self.daily)
        form.addRow("", self.some_days)
        form.addRow("", days)
        holder = QWidget()
        holder.setLayout(form)
        self.add(holder)
        self.error = error_label()
        self.add(self.error)

        self.cancel_button = button(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        self.save_button = button(self.tr("Save"), "primary")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.set_buttons([], [self.cancel_button, self.save_button])
        if practice is not None:
            self._fill(practice)

    def _day_toggled(self, on: bool) -> None:
        if on:
            self.some_days.setChecked(True)

    def _fill(self, practice: Practice) -> None:
        self.name.setText(practice.name)
        self.kind.setCurrentIndex(self.kind.findData(practice.kind.value))
        self.kind.setEnabled(practice.builtin is None)
        self.target.setValue(practice.target or 0)
        self.unit.setText(practice.unit)
        if practice.schedule != DAILY:
            self.some_days.setChecked(True)
            for weekday, box in enumerate(self.weekdays):
                box.setChecked(weekday in practice.weekdays)

    def draft(self) -> PracticeDraft:
        days = [n for n, box in enumerate(self.weekdays) if box.isChecked()]
        schedule = DAILY if self.daily.isChecked() or not days else schedule_text(days)
        return PracticeDraft(
            name=self.name.text().strip(),
            kind=PracticeKind(self.kind.currentData()),
            target=self.target.value() or None,
            unit=self.unit.text().strip(),
            schedule=schedule,
        )

    def _save(self) -> None:
        if not self.name.text().strip():
            show_error(self.error, self.tr("Give the practice a name."))
            return
        if self.some_days.isChecked() and not any(b.isChecked() for b in self.weekdays):
            show_error(self.error, self.tr("Choose at least one day, or every day."))
            return
        self.accept()
