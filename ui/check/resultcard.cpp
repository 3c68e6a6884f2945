#include "ui/check/resultcard.h"

#include "core/gaap/requestexport.h"
#include "ui/check/cannotcreatepanel.h"
#include "ui/check/featurebadges.h"
#include "ui/check/handoverbar.h"
#include "ui/check/requestparameters.h"
#include "ui/common/checktext.h"
#include "ui_resultcard.h"

#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QPainter>
#include <QPainterPath>
#include <QPen>
#include <QPixmap>
#include <QPushButton>
#include <QShortcut>
#include <QStyle>
#include <QTimer>
#include <QWindow>

namespace {

// Green and red that keep a contrast of at least 4.5:1 against the window colour, light or dark.
QColor verdictColour(bool canCreate, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightnessF() < 0.5F;
    if (canCreate)
        return dark ? QColor(0x81, 0xc9, 0x95) : QColor(0x1b, 0x7a, 0x39);
    return dark ? QColor(0xf2, 0x8b, 0x82) : QColor(0xb3, 0x26, 0x1e);
}

// A filled disc with a tick or a cross cut out in the window colour, drawn at the screen's
// device pixel ratio so it stays crisp at any DPI.
QPixmap verdictIcon(bool canCreate, const QColor &colour, const QColor &background, int size, qreal ratio)
{
    QPixmap pixmap(QSize(size, size) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(0.5, 0.5, s - 1.0, s - 1.0));
    QPen pen(background, s * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    if (canCreate) {
        QPainterPath tick;
        tick.moveTo(s * 0.27, s * 0.52);
        tick.lineTo(s * 0.43, s * 0.68);
        tick.lineTo(s * 0.74, s * 0.35);
        painter.drawPath(tick);
    } else {
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
    }
    return pixmap;
}

} // namespace

ResultCard::ResultCard(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::ResultCard>())
    , m_elapsedTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    // A check that hangs says how long it has waited, and can be cancelled (the button, or Esc).
    m_elapsedTimer->setInterval(1000);
    connect(m_elapsedTimer, &QTimer::timeout, this, &ResultCard::showVerdict);
    connect(m_ui->cancelCheckButton, &QPushButton::clicked, this, &ResultCard::cancelRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WindowShortcut);
    connect(escape, &QShortcut::activated, this, [this] {
        if (m_verdict == Verdict::Pending && isVisible())
            Q_EMIT cancelRequested();
    });
    QFont verdictFont = m_ui->verdictLabel->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.4);
    m_ui->verdictLabel->setFont(verdictFont);

    connect(m_ui->retryButton, &QPushButton::clicked, this, &ResultCard::retryRequested);
    connect(m_ui->copyRequestIdButton, &QPushButton::clicked, this,
            [this] { copy(m_requestId, tr("The RequestId is on the clipboard.")); });
    connect(m_ui->copyTccliButton, &QPushButton::clicked, this, [this] {
        if (m_request)
            copy(RequestExport::tccliCommand(*m_request, m_endpoint), tr("The tccli command is on the clipboard."));
    });
    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, [this] {
        if (m_request)
            copy(RequestExport::requestJson(*m_request), tr("The request JSON is on the clipboard."));
    });
    connect(m_ui->handoverBar, &HandoverBar::copyRequested, this, &ResultCard::copy);
    // Shown under the answer "Cannot be created", its button next in the tab order after the answer; then the
    // parameters sent, before the time.
    m_ui->cannotCreatePanel->hide();
    setTabOrder(m_ui->retryButton, m_ui->cannotCreatePanel->findButton());
    m_ui->parametersBox->setTabOrderAfter(m_ui->cannotCreatePanel->findButton());
    connect(m_ui->billingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->handoverBar->setBilling(billing());
        if (m_request) {
            m_price.reset(); // "Asking for the price…" until the other one comes
            showTimeAndPrice();
        }
        Q_EMIT billingChanged(billing());
    });
    connect(m_ui->cannotCreatePanel, &CannotCreatePanel::watchRequested, this, [this] {
        if (m_request)
            Q_EMIT watchRequested(*m_request);
    });
    connect(m_ui->cannotCreatePanel, &CannotCreatePanel::findRequested, this, [this] {
        if (m_request)
            Q_EMIT findCapacityRequested(*m_request);
    });
    clear();
}

ResultCard::~ResultCard() = default;

PriceRequest::Billing ResultCard::billing() const
{
    return m_ui->billingCombo->currentIndex() == 1 ? PriceRequest::Billing::Traffic : PriceRequest::Billing::Bandwidth;
}

void ResultCard::setEndpoint(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
    m_ui->handoverBar->setEndpoint(endpoint);
}

void ResultCard::setOutcome(const std::optional<CheckOutcome> &outcome)
{
    m_outcome = outcome;
    m_ui->handoverBar->setOutcome(outcome);
}

void ResultCard::setAccessRegionFeatures(const std::optional<RegionFeatures> &features)
{
    m_ui->featureBadges->setFeatures(m_request ? m_request->accessRegion : QString(),
                                     m_request ? features : std::nullopt);
}

void ResultCard::clear()
{
    m_request.reset();
    setAccessRegionFeatures(std::nullopt);
    setOutcome(std::nullopt);
    m_price.reset();
    m_requestId.clear();
    m_ui->detailsWidget->hide();
    m_ui->emptyLabel->show();
}

QSize ResultCard::answerSizeHint() const
{
    // The details are laid out even while hidden; the card adds its frame and margins.
    const QMargins margins = contentsMargins() + layout()->contentsMargins();
    return m_ui->detailsWidget->sizeHint().grownBy(margins);
}

void ResultCard::setStale(bool stale)
{
    if (stale == m_stale)
        return;
    m_stale = stale;
    m_ui->staleLabel->setVisible(stale);
    showVerdict();
}

void ResultCard::showCancelled()
{
    m_verdict = Verdict::Cancelled;
    m_cancelledAfter = int(m_waiting.isValid() ? m_waiting.elapsed() / 1000 : 0);
    setOutcome(std::nullopt);
    m_price.reset();
    showTimeAndPrice();
    showVerdict();
}

void ResultCard::showPending(const CheckRequest &request)
{
    m_stale = false;
    m_ui->staleLabel->hide();
    showRequest(request);
    setAccessRegionFeatures(std::nullopt);
    m_verdict = Verdict::Pending;
    setOutcome(std::nullopt);
    m_price.reset();
    m_waiting.start();
    m_elapsedTimer->start();
    showTimeAndPrice();
    setRequestId(QString());
    m_ui->errorWidget->hide();
    showVerdict();
}

void ResultCard::showOutcome(const CheckOutcome &outcome)
{
    if (!m_request || !(*m_request == outcome.request)) {
        m_stale = false;
        m_ui->staleLabel->hide();
        showRequest(outcome.request);
        setAccessRegionFeatures(std::nullopt);
        m_price.reset();
    }
    setOutcome(outcome);
    showTimeAndPrice();
    if (outcome.result) {
        m_verdict = outcome.result->canCreate ? Verdict::CanCreate : Verdict::CannotCreate;
        setRequestId(outcome.result->requestId);
        m_ui->errorWidget->hide();
    } else {
        m_verdict = Verdict::Failed;
        setRequestId(outcome.error.requestId());
        m_ui->errorLabel->setText(outcome.error.describe());
        m_ui->errorWidget->show();
    }
    showVerdict();
}

void ResultCard::showPrice(const PriceOutcome &outcome)
{
    if (!m_request || !(*m_request == outcome.request))
        return;
    m_price = outcome;
    showTimeAndPrice();
}

void ResultCard::showTimeAndPrice()
{
    QString time;
    QString timeToolTip;
    if (m_outcome) {
        time = tr("%1 (local time)").arg(CheckText::localTime(m_outcome->sentAt));
        timeToolTip = CheckText::utcTime(m_outcome->sentAt);
    } else if (m_verdict == Verdict::Cancelled) {
        time = tr("Cancelled after %n s", nullptr, m_cancelledAfter);
    } else {
        time = tr("Sending…");
    }
    m_ui->timeLabel->setText(time);
    m_ui->timeLabel->setToolTip(timeToolTip);

    QString price = m_verdict == Verdict::Cancelled ? tr("—") : tr("Asking for the price…");
    QString priceToolTip;
    if (m_price) {
        price = CheckText::price(*m_price);
        if (m_price->quote && !m_price->quote->requestId.isEmpty())
            priceToolTip = tr("InquiryPriceCreateProxy RequestId: %1").arg(m_price->quote->requestId);
        else if (!m_price->quote)
            priceToolTip = m_price->error.describe();
    }
    m_ui->priceLabel->setText(price);
    m_ui->priceLabel->setToolTip(priceToolTip);
}

void ResultCard::retranslate()
{
    m_ui->retranslateUi(this);
    if (!m_request)
        return;
    showRequest(*m_request);
    setRequestId(m_requestId);
    if (m_outcome && !m_outcome->result)
        m_ui->errorLabel->setText(m_outcome->error.describe());
    showTimeAndPrice();
    showVerdict();
}

void ResultCard::showRequest(const CheckRequest &request)
{
    m_request = request;
    m_ui->emptyLabel->hide();
    m_ui->detailsWidget->show();
    m_ui->copyStatusLabel->clear();
    m_ui->parametersBox->setRequest(request);
    m_ui->copyTccliButton->setEnabled(true);
    m_ui->copyJsonButton->setEnabled(true);
}

void ResultCard::setRequestId(const QString &requestId)
{
    m_requestId = requestId;
    m_ui->requestIdLabel->setText(requestId.isEmpty() ? tr("none given") : requestId);
    m_ui->copyRequestIdButton->setEnabled(!requestId.isEmpty());
}

void ResultCard::showVerdict()
{
    QString text;
    QPixmap icon;
    // Only the text colour is set on the label; every other role follows the card. The card's own
    // palette is already the new one when a palette change reaches it (its children's are not yet).
    QPalette labelPalette;
    const QPalette &palette = this->palette();
    const int size = QFontMetrics(m_ui->verdictLabel->font()).height();
    const qreal ratio = window()->windowHandle() ? window()->windowHandle()->devicePixelRatio() : devicePixelRatioF();
    switch (m_verdict) {
    case Verdict::Pending: {
        const qint64 seconds = m_waiting.isValid() ? m_waiting.elapsed() / 1000 : 0;
        text = seconds < 1 ? tr("Checking…") : tr("Checking… no answer yet after %n s", nullptr, int(seconds));
        break;
    }
    case Verdict::Cancelled: text = tr("No answer: you cancelled the check. Press Check to ask again."); break;
    case Verdict::CanCreate:
    case Verdict::CannotCreate: {
        const bool yes = m_verdict == Verdict::CanCreate;
        text = yes ? tr("Can be created") : tr("Cannot be created");
        // Out of date: grey, so Chongqing's answer is not read as Tokyo's.
        const QColor colour =
            m_stale ? palette.color(QPalette::Disabled, QPalette::WindowText) : verdictColour(yes, palette);
        labelPalette.setColor(QPalette::WindowText, colour);
        labelPalette.setColor(QPalette::Text, colour);
        icon = verdictIcon(yes, colour, palette.color(QPalette::Window), size, ratio);
        break;
    }
    case Verdict::Failed:
        text = tr("No answer: the check failed");
        icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(QSize(size, size), ratio);
        break;
    }
    m_ui->verdictLabel->setPalette(labelPalette);
    m_ui->verdictLabel->setText(text);
    // Announced as words ("Can be created"), not only as colour and icon, nor as the fixed name "Answer".
    m_ui->verdictLabel->setAccessibleName(text);
    m_ui->verdictIconLabel->setPixmap(icon);
    m_ui->verdictIconLabel->setVisible(!icon.isNull());
    m_ui->verdictIconLabel->setAccessibleName(text);
    m_ui->retryButton->setVisible(m_verdict == Verdict::Failed);
    m_ui->cannotCreatePanel->setVisible(m_verdict == Verdict::CannotCreate);
    m_ui->cancelCheckButton->setVisible(m_verdict == Verdict::Pending);
    if (m_verdict != Verdict::Pending)
        m_elapsedTimer->stop();
}

void ResultCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // The colours and the icon follow a switch between light and dark palettes.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) && m_request)
        showVerdict();
}

void ResultCard::copy(const QString &text, const QString &confirmation)
{
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_ui->copyStatusLabel->setText(confirmation);
}
