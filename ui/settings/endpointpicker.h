#pragma once

#include "core/api/endpoint.h"

#include <QObject>
#include <QString>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

// Drives a site combo (China / International / Custom endpoint), the endpoint URL field beside it
// and an inline error label: the URL can be typed only for a custom endpoint, and it is checked with
// Endpoint::fromUserInput when the field is left and before the value is used.
class EndpointPicker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EndpointPicker)

public:
    enum Row { China = 0, International = 1, Custom = 2 }; // the combo's rows, in this order

    EndpointPicker(QComboBox *site, QLineEdit *url, QLabel *error, QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint);
    // The same form back; nullopt (with the reason shown in the error label) when the URL is unusable.
    [[nodiscard]] std::optional<Endpoint> checkedEndpoint();
    void setLocked(bool locked);

private:
    void siteChanged(int row);
    void updateEnabled();

    QComboBox *m_site;
    QLineEdit *m_url;
    QLabel *m_error;
    QString m_customUrl; // kept while another site is chosen
    bool m_locked = false;
};
