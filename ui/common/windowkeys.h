#pragma once

class QWidget;

// Esc closes `window` (a tool window such as the matrix or the history), as it closes a dialog.
void closeOnEscape(QWidget *window);
// Shows `window` (or keeps it shown), raises it and gives it the keyboard: a tool window or dialog opened again.
void showInFront(QWidget *window);
