#include "core/common/servertext.h"

namespace {

bool isControl(QChar c)
{
    const char16_t code = c.unicode();
    return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

} // namespace

namespace ServerText {

QString printable(const QString &text)
{
    if (!hasControlCharacters(text))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            out += u' ';
        else if (!isControl(c))
            out += c;
    }
    return out;
}

bool hasControlCharacters(QStringView text)
{
    for (const QChar c : text) {
        if (isControl(c))
            return true;
    }
    return false;
}

} // namespace ServerText
