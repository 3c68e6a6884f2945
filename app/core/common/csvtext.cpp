#include "core/common/csvtext.h"

#include <QRegularExpression>

namespace {

bool looksLikeFormula(const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.][0-9]+)?$"));
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    return !value.isEmpty() && formulaStarts.contains(value.front()) && !number.match(value).hasMatch();
}

} // namespace

namespace CsvText {

QString field(const QString &value)
{
    const bool formula = looksLikeFormula(value);
    if (!formula && !value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = formula ? u'\'' + value : value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString line(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &value : fields)
        out.append(field(value));
    return out.join(u',') + QStringLiteral("\r\n");
}

QString document(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

} // namespace CsvText
