#pragma once

#include "core/api/apierror.h"
#include "core/gaap/proxygroup.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class GaapApi;
class ProxyGroupPageCall;

// Every connection group a ProxyGroupQuery matches: DescribeProxyGroupList page by page (Offset, Limit
// ProxyGroupQuery::PageSize), each page a ProxyGroupPageCall paced, budgeted and retried like every call, until
// it holds TotalCount groups or a page comes back empty. A server whose pages do not end stops it after
// ProxyGroupQuery::MaxPages pages with a MalformedResponse error. A group a later page lists again (the list
// moved while it was read) is kept once. Emits finished() once and then deletes itself unless told not to
// (setAutoDelete); cancel() stops it; destroying it stops the page in flight silently.
class ProxyGroupsCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProxyGroupsCall)

public:
    ~ProxyGroupsCall() override;

    [[nodiscard]] const ProxyGroupQuery &query() const { return m_query; }
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] bool isOk() const { return m_finished && m_error.isNone(); }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    [[nodiscard]] const QList<ProxyGroup> &groups() const { return m_groups; }
    [[nodiscard]] int pagesAsked() const { return m_pagesAsked; }
    [[nodiscard]] const QStringList &requestIds() const { return m_requestIds; } // one per page answered
    // The answers as one "Response" of the action: TotalCount (the groups held), ProxyGroupList (each group as
    // the server sent it, once) and RequestId (of the last page).
    [[nodiscard]] const QJsonObject &response() const { return m_response; }

    void cancel();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished();

private:
    friend class GaapApi;
    ProxyGroupsCall(GaapApi *api, ProxyGroupQuery query);
    void askNextPage();
    void takePage(const ProxyGroupPageCall &page);
    void finish(const ApiError &error);

    GaapApi *m_api;
    ProxyGroupQuery m_query;
    QPointer<ProxyGroupPageCall> m_page;
    qint64 m_offset = 0;
    int m_pagesAsked = 0;
    QList<ProxyGroup> m_groups;
    QJsonArray m_entries; // the server's objects of m_groups
    QSet<QString> m_groupIds;
    QStringList m_requestIds;
    QJsonObject m_response;
    ApiError m_error;
    bool m_finished = false;
    bool m_autoDelete = true;
};
