#pragma once

#include "core/api/endpoint.h"
#include "core/session/checksession.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <optional>

namespace Ui {
class HandoverBar;
}

// The order of a connection that can be created, handed over to the tools that create it: a tccli CreateProxy
// command and a Terraform resource (copied; the project and the name stay the user's to fill in), and Tencent
// Cloud's web console. The app itself never creates anything. An answer other than "Can be created" has no
// order to hand over: the copy buttons are disabled and say why, and so is the console button for a custom
// endpoint, whose console is unknown.
class HandoverBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoverBar)

public:
    explicit HandoverBar(QWidget *parent = nullptr);
    ~HandoverBar() override;

    // Where requests go: the tccli command's --endpoint, and which console opens.
    void setEndpoint(const Endpoint &endpoint);
    // The answer shown; nullopt while there is none (sent, cancelled, cleared).
    void setOutcome(const std::optional<CheckOutcome> &outcome);
    // The billing type of the order (the card's price): BillingType in the command, a note in the resource.
    void setBilling(std::optional<PriceRequest::Billing> billing) { m_billing = billing; }

Q_SIGNALS:
    // A copy button was pressed: `text` is for the clipboard, `confirmation` tells the user it is there.
    void copyRequested(const QString &text, const QString &confirmation);

protected:
    void changeEvent(QEvent *event) override;

private:
    // Which buttons work now; the tooltips say what each does, or why it is disabled.
    void updateActions();
    // The answer "Can be created" when that is the one shown, else nullptr.
    [[nodiscard]] const CheckOutcome *order() const;

    std::unique_ptr<Ui::HandoverBar> m_ui;
    Endpoint m_endpoint = Endpoint::china();
    std::optional<CheckOutcome> m_outcome;
    std::optional<PriceRequest::Billing> m_billing;
};
