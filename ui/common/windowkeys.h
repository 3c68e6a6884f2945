#pragma once

class QWidget;

// Esc closes `window` (a tool window such as the matrix or the history), as it closes a dialog.
void closeOnEscape(QWidget *window);
