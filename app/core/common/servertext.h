#pragma once

#include <QString>
#include <QStringView>

// Text that came from outside (the server's answers and errors, environment variables, files) before it
// reaches a terminal, a table cell, a label or an HTTP header.
namespace ServerText {

// `text` without control characters (C0, DEL, C1: escape sequences, bells, backspaces…); tab, line feed
// and carriage return become spaces, so words stay apart. Everything printable is kept as it is.
[[nodiscard]] QString printable(const QString &text);
// Whether `text` holds a control character (C0, DEL or C1), tab and line breaks included.
[[nodiscard]] bool hasControlCharacters(QStringView text);

} // namespace ServerText
