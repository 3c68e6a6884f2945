#pragma once

#include "core/gaap/gaaptypes.h"

#include <QGroupBox>

#include <memory>
#include <optional>

namespace Ui {
class RequestParameters;
}

// "Parameters sent" on the result card: the values of the request checked exactly as they were sent, beside the
// API's parameter names (RealServerRegion, AccessRegion, …), each selectable for quoting to support. A value the
// request left out says so; what a network or package type means is in its tooltip.
class RequestParameters final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestParameters)

public:
    explicit RequestParameters(QWidget *parent = nullptr);
    ~RequestParameters() override;

    void setRequest(const CheckRequest &request);
    // Puts the values in the tab order right after `previous`, one after another (as the form's tab stops order
    // them), for the card's tab order.
    void setTabOrderAfter(QWidget *previous);

protected:
    void changeEvent(QEvent *event) override; // a language change words the values again

private:
    void showRequest();

    std::unique_ptr<Ui::RequestParameters> m_ui;
    std::optional<CheckRequest> m_request; // the request shown; none before the first
};
