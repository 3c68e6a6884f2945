#include "core/gaap/proxygroupscall.h"

#include "core/gaap/gaapapi.h"
#include "core/gaap/gaapcall.h"

#include <QTimer>

#include <utility>

ProxyGroupsCall::ProxyGroupsCall(GaapApi *api, ProxyGroupQuery query)
    : QObject(api)
    , m_api(api)
    , m_query(std::move(query))
{
}

ProxyGroupsCall::~ProxyGroupsCall()
{
    delete m_page; // aborts silently
}

void ProxyGroupsCall::askNextPage()
{
    ProxyGroupPageCall *page = m_api->proxyGroupPage(m_query, m_offset);
    m_page = page;
    ++m_pagesAsked;
    connect(page, &GaapCall::finished, this, [this, page] {
        m_page = nullptr;
        if (!page->isOk())
            return finish(page->error());
        takePage(*page);
    });
}

void ProxyGroupsCall::takePage(const ProxyGroupPageCall &page)
{
    m_requestIds.append(page.requestId());
    const QList<ProxyGroup> &groups = page.page().groups;
    const QJsonArray entries = page.response().value(QLatin1String("ProxyGroupList")).toArray();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const ProxyGroup &group = groups.at(i);
        if (!group.groupId.isEmpty() && m_groupIds.contains(group.groupId))
            continue;
        m_groupIds.insert(group.groupId);
        m_groups.append(group);
        m_entries.append(entries.at(i));
    }
    m_offset += groups.size();
    const qint64 total = page.page().totalCount;
    if (groups.isEmpty() || m_groups.size() >= total)
        return finish(ApiError());
    if (m_pagesAsked >= ProxyGroupQuery::MaxPages)
        return finish(
            ApiError::transport(ApiError::Kind::MalformedResponse,
                                QStringLiteral("DescribeProxyGroupList did not end: after %1 pages it had listed %2 "
                                               "groups and still said TotalCount %3; stopped asking.")
                                    .arg(m_pagesAsked)
                                    .arg(m_groups.size())
                                    .arg(total))
                .withRequestId(page.requestId()));
    askNextPage();
}

void ProxyGroupsCall::cancel()
{
    if (m_finished)
        return;
    if (ProxyGroupPageCall *page = std::exchange(m_page, nullptr)) {
        disconnect(page, nullptr, this, nullptr);
        page->cancel(); // finishes unheard and deletes itself later
    }
    finish(ApiError::transport(ApiError::Kind::Cancelled, QStringLiteral("cancelled by the user")));
}

void ProxyGroupsCall::finish(const ApiError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_response = QJsonObject{{QStringLiteral("TotalCount"), m_groups.size()},
                             {QStringLiteral("ProxyGroupList"), m_entries},
                             {QStringLiteral("RequestId"), m_requestIds.value(m_requestIds.size() - 1)}};
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}
