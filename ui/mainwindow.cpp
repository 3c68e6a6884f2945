#include "mainwindow.h"

#include "gaapversion.h"
#include "ui_mainwindow.h"

#include <QLabel>
#include <QMessageBox>

#include <utility>

MainWindow::MainWindow(Endpoint endpoint, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_endpoint(std::move(endpoint))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/gaap-capacity.svg")));

    auto *endpointLabel = new QLabel(tr("Endpoint: %1").arg(m_endpoint.toString()), this);
    endpointLabel->setObjectName(QStringLiteral("endpointLabel"));
    endpointLabel->setAccessibleName(tr("Endpoint"));
    statusBar()->addPermanentWidget(endpointLabel);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
}

MainWindow::~MainWindow() = default;

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About GAAP Capacity Check"),
                       tr("<h3>GAAP Capacity Check %1</h3>"
                          "<p>Asks Tencent Cloud's Global Application Acceleration Platform whether an "
                          "acceleration connection can be created, and what it would cost.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                          "<p><a href=\"%2\">%2</a></p>")
                           .arg(QStringLiteral(GAAP_VERSION_STRING), QStringLiteral(GAAP_HOMEPAGE_URL)));
}
