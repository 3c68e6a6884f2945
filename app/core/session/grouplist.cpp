#include "core/session/grouplist.h"

#include "core/api/apiclient.h"
#include "core/gaap/gaapapi.h"
#include "core/gaap/proxygroupscall.h"

GroupList::GroupList(GaapApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    Q_ASSERT(api);
}

GroupList::~GroupList()
{
    stop();
}

void GroupList::stop()
{
    ProxyGroupsCall *call = m_call;
    m_call = nullptr;
    if (!call)
        return;
    disconnect(call, nullptr, this, nullptr);
    call->cancel(); // finishes unheard and deletes itself later
}

void GroupList::reset()
{
    stop();
    m_origin.clear();
    m_state = State::Empty;
    m_error = ApiError();
    m_groups.clear();
    Q_EMIT changed();
}

void GroupList::load(const QString &originRegion, bool forceRefresh)
{
    const bool same = originRegion == m_origin;
    if (same && !forceRefresh && (m_state == State::Loading || m_state == State::Loaded))
        return;
    stop();
    m_origin = originRegion;
    m_error = ApiError();
    if (!same || m_state != State::Loaded)
        m_groups.clear(); // a refreshed list stays shown until the answer replaces it
    if (originRegion.isEmpty() || !m_api->client()->hasCredentials()) {
        m_groups.clear();
        m_state = State::Empty;
        Q_EMIT changed();
        return;
    }
    m_state = State::Loading;
    ProxyGroupQuery query;
    query.originRegion = originRegion;
    ProxyGroupsCall *call = m_api->proxyGroups(query);
    m_call = call;
    connect(call, &ProxyGroupsCall::finished, this, [this, call] {
        if (m_call.data() != call)
            return; // superseded
        m_call = nullptr;
        take(*call);
        Q_EMIT changed();
    });
    Q_EMIT changed();
}

void GroupList::take(const ProxyGroupsCall &call)
{
    m_groups.clear();
    if (!call.isOk()) {
        m_state = State::Failed;
        m_error = call.error();
        return;
    }
    m_state = State::Loaded;
    for (const ProxyGroup &group : call.groups()) {
        // The server filters by origin; an entry of another origin is left out all the same.
        if (group.originRegionId == m_origin || !group.isUsable())
            m_groups.append(group);
    }
}

const ProxyGroup *GroupList::group(const QString &groupId) const
{
    for (const ProxyGroup &group : m_groups) {
        if (group.groupId == groupId)
            return &group;
    }
    return nullptr;
}
