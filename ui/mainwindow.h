#pragma once

#include "endpoint.h"

#include <QMainWindow>

#include <memory>

namespace Ui {
class MainWindow;
}

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Endpoint endpoint, QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    void showAbout();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Endpoint m_endpoint;
};
