#pragma once

#include "core/api/endpoint.h"
#include "core/gaap/gaaptypes.h"
#include "core/session/checksession.h"

#include <QElapsedTimer>
#include <QFrame>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class ResultCard;
}

// The answer to one capacity check, in a form that can be trusted and quoted to support: "Can be
// created" / "Cannot be created" in words, an icon and a colour (never colour alone; readable in
// light and dark palettes), the exact parameters sent (RequestParameters), the time, the RequestId with a copy
// button and the daily price. A failed check shows the explanation, raw code and RequestId with a Retry button;
// a failed price never hides the capacity answer. "Cannot be created" says what the API cannot tell and offers
// to find where it can be created (CannotCreatePanel); the checked access region's features are badges
// (FeatureBadges). Under it, the request can be copied (tccli, JSON) and an answer "Can be created" handed over
// (HandoverBar). It only shows values: the controller feeds it.
class ResultCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultCard)

public:
    explicit ResultCard(QWidget *parent = nullptr);
    ~ResultCard() override;

    // Where requests go, for "Copy as tccli command" and the hand-over (a non-default site adds --endpoint; the
    // web console is the site's).
    void setEndpoint(const Endpoint &endpoint);

    void showPending(const CheckRequest &request);
    void showOutcome(const CheckOutcome &outcome);
    // Ignored unless it belongs to the request shown.
    void showPrice(const PriceOutcome &outcome);
    // The FeatureBitmap of the shown request's access region (from its access region list); nullopt: unknown,
    // no badges. A new request on the card forgets them.
    void setAccessRegionFeatures(const std::optional<RegionFeatures> &features);
    // The check shown was cancelled before its answer came.
    void showCancelled();
    void clear();
    // The form no longer asks what the card shows (another access region, bandwidth…): the verdict is greyed
    // and a note says so, until the form asks the same again or a new check is shown.
    void setStale(bool stale);
    [[nodiscard]] bool isStale() const { return m_stale; }
    // The card's size with an answer on it (before the first check it shows one line).
    [[nodiscard]] QSize answerSizeHint() const;

    [[nodiscard]] std::optional<CheckRequest> request() const { return m_request; }
    [[nodiscard]] QString requestId() const { return m_requestId; }
    // The billing type chosen for the price (and the hand-over).
    [[nodiscard]] PriceRequest::Billing billing() const;

Q_SIGNALS:
    // The Retry button of a failed check: send request() again.
    void retryRequested();
    // The Cancel button of a check still waiting for its answer.
    void cancelRequested();
    // "Find where it can be created…" under the answer "Cannot be created": `request` is the one checked.
    void findCapacityRequested(const CheckRequest &request);
    // The billing type of the price was changed: ask the price of the request shown again.
    void billingChanged(std::optional<PriceRequest::Billing> billing);
    // "Watch" under "Cannot be created": keep checking this request.
    void watchRequested(const CheckRequest &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class Verdict { Pending, CanCreate, CannotCreate, Failed, Cancelled };

    void showRequest(const CheckRequest &request);
    // The answer shown (nullopt: none yet, or cancelled), here and on the hand-over bar.
    void setOutcome(const std::optional<CheckOutcome> &outcome);
    // The time and price lines, from the state below.
    void showTimeAndPrice();
    // Every text again, in the language now installed.
    void retranslate();
    void showVerdict();
    void setRequestId(const QString &requestId);
    void copy(const QString &text, const QString &confirmation);

    std::unique_ptr<Ui::ResultCard> m_ui;
    Endpoint m_endpoint = Endpoint::china();
    std::optional<CheckRequest> m_request;
    std::optional<CheckOutcome> m_outcome; // the answer shown; none while pending or cancelled
    std::optional<PriceOutcome> m_price;   // the price shown; none while it is asked for
    Verdict m_verdict = Verdict::Pending;
    int m_cancelledAfter = 0; // seconds
    bool m_stale = false;
    QElapsedTimer m_waiting; // since the check was sent
    QTimer *m_elapsedTimer;  // shows the seconds waited while pending
    QString m_requestId;
};
