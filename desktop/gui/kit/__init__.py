"""The parts every page and dialog is made of (house rule 11, STYLE.md 25).

- ``operation``: ``run(owner, service_fn, *args, changes=…, done=…)`` — every service call, off the
  GUI thread, errors to the one funnel, the change announced so pages refresh themselves once;
  ``Query`` for reads where the latest request wins; ``install_error_hooks()`` for what escapes.
- ``record_list.RecordList``: search box, filters, role- and selection-aware actions, a sortable
  table (Vietnamese order, dates, amounts), the selected record, double-click to open, context menu.
- ``pickers``: officer, village, person, household and event pickers (diacritic-free search) and
  ``MultiPicker`` for several (``OfficerMultiPicker``, ``VillageMultiPicker`` in Designer forms).
- ``print_action``: render in the background, a preview that fits the screen, and "issued" only
  when printed or saved.
- ``idcard_input.IdCardInput.install(edit)``: an ID card read by a USB QR reader into a line edit is
  taken out of the text and emitted as ``card_read(CardData)``.
- ``flow.FlowLayout``: toolbars that wrap instead of widening the window.
- ``columns.ColumnChooser`` (every ``TableView`` has one): the header's menu to show or hide columns,
  remembered per list; ``RecordList.hide_when_narrow(…)`` names the columns that give way on a
  narrow table (125 % scaling) instead of the list scrolling sideways.

Dialogs: ``desktop.gui.dialogs.base.Dialog.save(fn, *args, changes=…)``. Pages:
``desktop.gui.pages.base.Page`` refreshes its record lists when its ``areas`` change.
"""
