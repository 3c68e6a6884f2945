#include "ui/check/requestparameters.h"

#include "ui/common/checktext.h"
#include "ui_requestparameters.h"

#include <QEvent>

#include <utility>

RequestParameters::RequestParameters(QWidget *parent)
    : QGroupBox(parent)
    , m_ui(std::make_unique<Ui::RequestParameters>())
{
    m_ui->setupUi(this);
}

RequestParameters::~RequestParameters() = default;

void RequestParameters::setRequest(const CheckRequest &request)
{
    m_request = request;
    showRequest();
}

void RequestParameters::setTabOrderAfter(QWidget *previous)
{
    for (QWidget *value :
         {m_ui->originRegionValue, m_ui->accessRegionValue, m_ui->bandwidthValue, m_ui->concurrentValue,
          m_ui->ipVersionValue, m_ui->networkTypeValue, m_ui->packageTypeValue, m_ui->groupIdValue})
        setTabOrder(std::exchange(previous, value), value);
}

void RequestParameters::showRequest()
{
    if (!m_request)
        return;
    const CheckRequest &request = *m_request;
    const auto orNotSent = [](const QString &value) { return value.isEmpty() ? tr("(not sent)") : value; };
    m_ui->originRegionValue->setText(request.originRegion);
    m_ui->accessRegionValue->setText(request.accessRegion);
    m_ui->bandwidthValue->setText(tr("%1 (Mbps)").arg(request.bandwidth));
    m_ui->concurrentValue->setText(tr("%1 (× 10,000 connections)").arg(request.concurrent));
    m_ui->ipVersionValue->setText(orNotSent(request.ipVersion));
    // The values exactly as sent; what they mean is in the tooltip.
    m_ui->networkTypeValue->setText(orNotSent(request.networkType));
    m_ui->networkTypeValue->setToolTip(CheckText::networkType(request.networkType));
    m_ui->packageTypeValue->setText(orNotSent(request.packageType));
    m_ui->packageTypeValue->setToolTip(CheckText::packageType(request.packageType));
    m_ui->groupIdValue->setText(orNotSent(request.groupId));
}

void RequestParameters::changeEvent(QEvent *event)
{
    QGroupBox::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showRequest();
    }
}
