#include "ui/check/featurebadges.h"

#include "ui/common/flowlayout.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPen>

namespace {

// One feature as a chip: a rounded frame around its name, in the palette's text-field colours (they follow a
// switch between light and dark palettes by themselves, being roles, not fixed colours).
class FeatureChip final : public QLabel
{
public:
    FeatureChip(const RegionFeatures::Entry &entry, QWidget *parent)
        : QLabel(entry.name, parent)
        , m_known(entry.known)
    {
        setObjectName(QStringLiteral("featureBadge"));
        setProperty("featureKey", entry.key);
        setTextFormat(Qt::PlainText);
        setToolTip(entry.description);
        setAccessibleName(entry.name);
        setAccessibleDescription(entry.description);
        setForegroundRole(QPalette::Text);
        setBackgroundRole(QPalette::Base);
        setContentsMargins(8, 1, 8, 1);
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        setFont(small);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        {
            QPainter painter(this);
            painter.setRenderHint(QPainter::Antialiasing);
            QColor border = palette().color(foregroundRole());
            border.setAlphaF(0.45F);
            QPen pen(border, 1.0, m_known ? Qt::SolidLine : Qt::DashLine);
            painter.setPen(pen);
            painter.setBrush(palette().color(backgroundRole()));
            const qreal radius = height() / 2.0 - 1.0;
            painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
        }
        QLabel::paintEvent(event);
    }

private:
    bool m_known;
};

} // namespace

FeatureBadges::FeatureBadges(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_chips(new QWidget(this))
{
    m_heading->setObjectName(QStringLiteral("featuresHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_chips->setObjectName(QStringLiteral("featureChips"));
    new FlowLayout(m_chips);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading, 0, Qt::AlignTop);
    layout->addWidget(m_chips, 1);
    hide();
}

FeatureBadges::~FeatureBadges() = default;

void FeatureBadges::setFeatures(const QString &regionId, const std::optional<RegionFeatures> &features)
{
    m_regionId = regionId;
    m_features = features;
    showFeatures();
}

void FeatureBadges::showFeatures()
{
    qDeleteAll(m_chips->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly));
    setVisible(m_features.has_value());
    if (!m_features)
        return;
    m_heading->setText(tr("%1 offers:", "the features of an access region").arg(m_regionId));
    const QList<RegionFeatures::Entry> entries = m_features->entries();
    for (const RegionFeatures::Entry &entry : entries)
        m_chips->layout()->addWidget(new FeatureChip(entry, m_chips));
    if (entries.isEmpty()) {
        auto *none = new QLabel(tr("no features listed (FeatureBitmap 0)"), m_chips);
        none->setObjectName(QStringLiteral("noFeaturesLabel"));
        none->setTextFormat(Qt::PlainText);
        m_chips->layout()->addWidget(none);
    }
    m_chips->setAccessibleName(tr("Features of access region %1").arg(m_regionId));
}

void FeatureBadges::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        showFeatures();
}
