#include "ui/settings/endpointpicker.h"

#include "core/api/endpoint.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

EndpointPicker::EndpointPicker(QComboBox *site, QLineEdit *url, QLabel *error, QObject *parent)
    : QObject(parent)
    , m_site(site)
    , m_url(url)
    , m_error(error)
{
    Q_ASSERT(site->count() == 3);
    m_error->hide();
    connect(m_site, &QComboBox::currentIndexChanged, this, &EndpointPicker::siteChanged);
    connect(m_url, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_customUrl = text;
        if (Endpoint::fromUserInput(text.trimmed()))
            m_error->hide();
    });
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (m_site->currentIndex() == Custom)
            (void)checkedEndpoint();
    });
    siteChanged(m_site->currentIndex());
}

void EndpointPicker::setEndpoint(const Endpoint &endpoint)
{
    int row = Custom;
    if (endpoint.site() == Endpoint::Site::China)
        row = China;
    else if (endpoint.site() == Endpoint::Site::International)
        row = International;
    m_customUrl = row == Custom ? endpoint.toString() : QString();
    const QSignalBlocker blocker(m_site);
    m_site->setCurrentIndex(row);
    siteChanged(row);
}

std::optional<Endpoint> EndpointPicker::checkedEndpoint()
{
    switch (m_site->currentIndex()) {
    case China: return Endpoint::china();
    case International: return Endpoint::international();
    default: break;
    }
    QString problem;
    const std::optional<Endpoint> endpoint = Endpoint::fromUserInput(m_url->text().trimmed(), &problem);
    m_error->setText(problem);
    m_error->setVisible(!endpoint);
    if (!endpoint)
        return std::nullopt;
    return endpoint;
}

void EndpointPicker::setLocked(bool locked)
{
    m_locked = locked;
    updateEnabled();
}

void EndpointPicker::siteChanged(int row)
{
    if (row == Custom)
        m_url->setText(m_customUrl);
    else
        m_url->setText(row == International ? Endpoint::international().toString() : Endpoint::china().toString());
    m_error->hide();
    updateEnabled();
}

void EndpointPicker::updateEnabled()
{
    m_site->setEnabled(!m_locked);
    m_url->setEnabled(!m_locked && m_site->currentIndex() == Custom);
}
