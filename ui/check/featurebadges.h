#pragma once

#include "core/gaap/gaaptypes.h"

#include <QString>
#include <QWidget>

#include <optional>

class QLabel;

// What the checked access region offers (its FeatureBitmap), as small badges in a flow of their own: one chip
// per feature with its translated name and a tooltip that says in one sentence what it means; a bit Tencent
// Cloud does not document is a dashed chip "unknown feature (bit N)". The chips use the palette's text-field
// colours (Base behind Text), so they stay readable in light and dark palettes. Hidden while nothing is known.
class FeatureBadges final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FeatureBadges)

public:
    explicit FeatureBadges(QWidget *parent = nullptr);
    ~FeatureBadges() override;

    // The features of access region `regionId`; nullopt hides the badges.
    void setFeatures(const QString &regionId, const std::optional<RegionFeatures> &features);
    [[nodiscard]] const std::optional<RegionFeatures> &features() const { return m_features; }

protected:
    void changeEvent(QEvent *event) override; // a language change words the badges again

private:
    void showFeatures();

    QLabel *m_heading;
    QWidget *m_chips;
    QString m_regionId;
    std::optional<RegionFeatures> m_features;
};
