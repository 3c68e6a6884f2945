#include "core/gaap/requestexport.h"

#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <functional>

namespace {

bool isPlainShellWord(const QString &value)
{
    if (value.isEmpty())
        return false;
    for (const QChar c : value) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
                           || c == u'_' || c == u'-';
        if (!plain)
            return false;
    }
    return true;
}

// POSIX shell: single quotes keep everything literal; a single quote itself becomes '\''.
QString shellQuoted(const QString &value)
{
    if (isPlainShellWord(value))
        return value;
    QString escaped = value;
    escaped.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + escaped + u'\'';
}

void addOption(QStringList &words, const char *option, const QString &value)
{
    words.append(QLatin1String("--") + QLatin1String(option));
    words.append(shellQuoted(value));
}

void addOptionIfSet(QStringList &words, const char *option, const QString &value)
{
    if (!value.isEmpty())
        addOption(words, option, value);
}

// '--Option "${VARIABLE:?set VARIABLE<hint>}"': the shell puts the variable's value there, or stops with the
// message (and runs nothing) while it is unset or empty. The hint holds no character that is special in double
// quotes.
void addRequiredVariable(QStringList &words, const char *option, const char *variable, const char *hint)
{
    words.append(QLatin1String("--") + QLatin1String(option));
    words.append(QStringLiteral("\"${%1:?set %1%2}\"").arg(QLatin1String(variable), QLatin1String(hint)));
}

// The words of one tccli command: "tccli gaap <action> --cli-unfold-argument", then `options`, then the
// checked connection, `trailing` and the endpoint.
QString tccli(const char *action, const CheckRequest &request, const Endpoint &endpoint,
              const std::function<void(QStringList &)> &options = {},
              const std::function<void(QStringList &)> &trailing = {})
{
    QStringList words{QStringLiteral("tccli"), QStringLiteral("gaap"), QLatin1String(action),
                      QStringLiteral("--cli-unfold-argument")};
    if (options)
        options(words);
    addOption(words, "AccessRegion", request.accessRegion);
    addOption(words, "RealServerRegion", request.originRegion);
    addOption(words, "Bandwidth", QString::number(request.bandwidth));
    addOption(words, "Concurrent", QString::number(request.concurrent));
    addOptionIfSet(words, "GroupId", request.groupId);
    addOptionIfSet(words, "IPAddressVersion", request.ipVersion);
    addOptionIfSet(words, "NetworkType", request.networkType);
    addOptionIfSet(words, "PackageType", request.packageType);
    if (trailing)
        trailing(words);
    // tccli's --endpoint takes a host name (HTTPS); the China site is its default. A plain-http endpoint (loopback
    // only, such as the fake server) keeps its scheme, which a bare host would lose.
    const QByteArray host = endpoint.hostHeader();
    if (endpoint.url().scheme() == QLatin1String("http"))
        addOption(words, "endpoint", QStringLiteral("http://") + QString::fromUtf8(host));
    else if (host != Endpoint::china().hostHeader())
        addOption(words, "endpoint", QString::fromUtf8(host));
    return words.join(u' ');
}

int billingType(PriceRequest::Billing billing)
{
    return billing == PriceRequest::Billing::Traffic ? 1 : 0;
}

// The values of tencentcloud_gaap_proxy's network_type (the provider refuses any other).
QStringList terraformNetworkTypes()
{
    return {QStringLiteral("normal"), QStringLiteral("cn2"), QStringLiteral("triple")};
}

// The inside of an HCL quoted string: quotes, backslashes and control characters escaped, and "${" and "%{"
// doubled so that they stay literal instead of starting a template.
QString hclEscaped(const QString &value)
{
    QString out;
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c.category() == QChar::Other_Control)
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    out.replace(QStringLiteral("${"), QStringLiteral("$${"));
    out.replace(QStringLiteral("%{"), QStringLiteral("%%{"));
    return out;
}

QString hclString(const QString &value)
{
    return u'"' + hclEscaped(value) + u'"';
}

// "gaap_hongkong_to_southchina": letters, digits and underscores only, as a Terraform resource name allows.
QString resourceName(const CheckRequest &request)
{
    QString name = QStringLiteral("gaap_%1_to_%2").arg(request.accessRegion, request.originRegion).toLower();
    for (QChar &c : name) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return name;
}

// One argument of a Terraform block (or a line of a comment in the same form).
struct Argument
{
    QString key;
    QString value;
    QString comment; // after the value, on the same line
};

// One "key = value" line per argument, the equals signs and the trailing comments lined up as `terraform fmt`
// lines them up.
QString argumentLines(const QList<Argument> &arguments, const QString &indent)
{
    qsizetype keyWidth = 0;
    qsizetype valueWidth = 0;
    for (const Argument &argument : arguments) {
        keyWidth = std::max(keyWidth, argument.key.size());
        if (!argument.comment.isEmpty())
            valueWidth = std::max(valueWidth, argument.value.size());
    }
    QString out;
    for (const Argument &argument : arguments) {
        out += indent + argument.key.leftJustified(keyWidth) + QStringLiteral(" = ");
        out += argument.comment.isEmpty()
                   ? argument.value
                   : argument.value.leftJustified(valueWidth) + QStringLiteral(" # ") + argument.comment;
        out += u'\n';
    }
    return out;
}

// What the check asked that tencentcloud_gaap_proxy has no argument for, as the API's names and values.
QList<Argument> inexpressible(const CheckRequest &request, std::optional<PriceRequest::Billing> billing)
{
    QList<Argument> out;
    if (!request.groupId.isEmpty())
        out.append({QStringLiteral("GroupId"), hclString(request.groupId), {}});
    if (!request.ipVersion.isEmpty())
        out.append({QStringLiteral("IPAddressVersion"), hclString(request.ipVersion), {}});
    if (!request.networkType.isEmpty() && !terraformNetworkTypes().contains(request.networkType))
        out.append(
            {QStringLiteral("NetworkType"),
             hclString(request.networkType)
                 + QStringLiteral(" (network_type takes %1)").arg(terraformNetworkTypes().join(QStringLiteral(", "))),
             {}});
    if (!request.packageType.isEmpty())
        out.append({QStringLiteral("PackageType"), hclString(request.packageType), {}});
    if (billing)
        out.append({QStringLiteral("BillingType"),
                    QString::number(billingType(*billing))
                        + (*billing == PriceRequest::Billing::Traffic ? QStringLiteral(" (by traffic)")
                                                                      : QStringLiteral(" (by bandwidth)")),
                    {}});
    return out;
}

} // namespace

namespace RequestExport {

QString tccliCommand(const CheckRequest &request, const Endpoint &endpoint)
{
    return tccli("CheckProxyCreate", request, endpoint);
}

QString requestJson(const CheckRequest &request)
{
    return QString::fromUtf8(QJsonDocument(request.toParameters()).toJson(QJsonDocument::Indented));
}

QString tccliCreateProxyCommand(const CheckRequest &request, const Endpoint &endpoint,
                                std::optional<PriceRequest::Billing> billing)
{
    const auto placeholders = [](QStringList &words) {
        addRequiredVariable(words, "ProjectId", ProjectIdVariable, " to your project ID, 0 for the default project");
        addRequiredVariable(words, "ProxyName", ProxyNameVariable, ", at most 30 characters");
    };
    const auto billingOption = [billing](QStringList &words) {
        if (billing)
            addOption(words, "BillingType", QString::number(billingType(*billing)));
    };
    return tccli("CreateProxy", request, endpoint, placeholders, billingOption);
}

QString terraform(const CheckRequest &request, std::optional<PriceRequest::Billing> billing, const QDateTime &checkedAt,
                  const QString &requestId)
{
    QString text = QStringLiteral("# Checked by GAAP Capacity Check");
    if (checkedAt.isValid())
        text += QStringLiteral(" at ") + checkedAt.toUTC().toString(Qt::ISODate);
    if (!requestId.isEmpty())
        text += QStringLiteral(" with RequestId ") + hclEscaped(requestId);
    text +=
        QStringLiteral(".\n"
                       "# For the provider tencentcloudstack/tencentcloud. Replace each REPLACE_ME first: terraform "
                       "apply\n"
                       "# creates the connection, and it is billed from then on.\n");
    text += QStringLiteral("resource \"tencentcloud_gaap_proxy\" \"%1\" {\n").arg(resourceName(request));
    QList<Argument> arguments{
        {QStringLiteral("name"), QStringLiteral("\"REPLACE_ME\""), QStringLiteral("at most 30 characters")},
        {QStringLiteral("project_id"), QStringLiteral("0"),
         QStringLiteral("REPLACE_ME: your project ID, 0 for the default project")},
        {QStringLiteral("access_region"), hclString(request.accessRegion), {}},
        {QStringLiteral("realserver_region"), hclString(request.originRegion), {}},
        {QStringLiteral("bandwidth"), QString::number(request.bandwidth), {}},
        {QStringLiteral("concurrent"), QString::number(request.concurrent), {}},
    };
    if (terraformNetworkTypes().contains(request.networkType))
        arguments.append({QStringLiteral("network_type"), hclString(request.networkType), {}});
    text += argumentLines(arguments, QStringLiteral("  "));
    if (const QList<Argument> others = inexpressible(request, billing); !others.isEmpty()) {
        text +=
            QStringLiteral("\n"
                           "  # Checked too, but tencentcloud_gaap_proxy has no argument for these (it creates the\n"
                           "  # connection with the API's defaults instead):\n");
        text += argumentLines(others, QStringLiteral("  #   "));
    }
    return text + QStringLiteral("}\n");
}

std::optional<QUrl> consoleUrl(const Endpoint &endpoint)
{
    switch (endpoint.site()) {
    case Endpoint::Site::China: return QUrl(QStringLiteral("https://console.cloud.tencent.com/gaap"));
    case Endpoint::Site::International: return QUrl(QStringLiteral("https://console.tencentcloud.com/gaap"));
    case Endpoint::Site::Custom: break;
    }
    return std::nullopt;
}

} // namespace RequestExport
