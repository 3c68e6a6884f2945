#include "ui/check/handoverbar.h"

#include "core/gaap/requestexport.h"
#include "ui_handoverbar.h"

#include <QDesktopServices>
#include <QEvent>
#include <QPushButton>

HandoverBar::HandoverBar(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HandoverBar>())
{
    m_ui->setupUi(this);
    connect(m_ui->copyCreateProxyButton, &QPushButton::clicked, this, [this] {
        if (const CheckOutcome *checked = order())
            Q_EMIT copyRequested(RequestExport::tccliCreateProxyCommand(checked->request, m_endpoint, m_billing),
                                 tr("The CreateProxy command is on the clipboard: set %1 and %2 before you run it.")
                                     .arg(QLatin1String(RequestExport::ProjectIdVariable),
                                          QLatin1String(RequestExport::ProxyNameVariable)));
    });
    connect(m_ui->copyTerraformButton, &QPushButton::clicked, this, [this] {
        if (const CheckOutcome *checked = order())
            Q_EMIT copyRequested(
                RequestExport::terraform(checked->request, m_billing, checked->sentAt, checked->result->requestId),
                tr("The Terraform resource is on the clipboard: replace each REPLACE_ME in it "
                   "before terraform apply."));
    });
    connect(m_ui->openConsoleButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<QUrl> url = RequestExport::consoleUrl(m_endpoint))
            QDesktopServices::openUrl(*url);
    });
    updateActions();
}

HandoverBar::~HandoverBar() = default;

void HandoverBar::setEndpoint(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
    updateActions();
}

void HandoverBar::setOutcome(const std::optional<CheckOutcome> &outcome)
{
    m_outcome = outcome;
    updateActions();
}

const CheckOutcome *HandoverBar::order() const
{
    return m_outcome && m_outcome->result && m_outcome->result->canCreate ? &*m_outcome : nullptr;
}

void HandoverBar::updateActions()
{
    const bool creatable = order() != nullptr;
    QString why;
    if (!creatable)
        why = m_outcome && m_outcome->result
                  ? tr("CheckProxyCreate answered \"Cannot be created\": there is no order to hand over.")
                  : tr("There is nothing to hand over until a check answers \"Can be created\".");
    m_ui->copyCreateProxyButton->setEnabled(creatable);
    m_ui->copyCreateProxyButton->setToolTip(
        creatable
            ? tr("A tccli command that creates this connection. It runs only once you set %1 (your project "
                 "ID, 0 for the default project) and %2 (a name of at most 30 characters).")
                  .arg(QLatin1String(RequestExport::ProjectIdVariable), QLatin1String(RequestExport::ProxyNameVariable))
            : why);
    m_ui->copyTerraformButton->setEnabled(creatable);
    m_ui->copyTerraformButton->setToolTip(
        creatable ? tr("A tencentcloud_gaap_proxy resource with the checked values; replace each REPLACE_ME in it "
                       "first.")
                  : why);

    const std::optional<QUrl> console = RequestExport::consoleUrl(m_endpoint);
    m_ui->openConsoleButton->setEnabled(console.has_value());
    m_ui->openConsoleButton->setToolTip(
        console ? tr("Opens %1 in your web browser.").arg(console->toString())
                : tr("Tencent Cloud's web console is known for the China and International sites only; this "
                     "profile uses the custom endpoint %1.")
                      .arg(m_endpoint.toString()));
}

void HandoverBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateActions();
    }
}
