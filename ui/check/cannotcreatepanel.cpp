#include "ui/check/cannotcreatepanel.h"

#include "ui_cannotcreatepanel.h"

#include <QEvent>
#include <QPushButton>

CannotCreatePanel::CannotCreatePanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::CannotCreatePanel>())
{
    m_ui->setupUi(this);
    connect(m_ui->findElsewhereButton, &QPushButton::clicked, this, &CannotCreatePanel::findRequested);
    connect(m_ui->watchButton, &QPushButton::clicked, this, &CannotCreatePanel::watchRequested);
}

CannotCreatePanel::~CannotCreatePanel() = default;

QPushButton *CannotCreatePanel::findButton() const
{
    return m_ui->findElsewhereButton;
}

void CannotCreatePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        m_ui->retranslateUi(this);
}
