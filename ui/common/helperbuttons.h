#pragma once

class QWidget;

// Qt's own small buttons inside other controls have no name for a screen reader: a line edit's clear button,
// a table's corner button (select all). nameHelperButtons() names every one under `root`, and names them again
// in the new language when the language changes.
void nameHelperButtons(QWidget *root);
