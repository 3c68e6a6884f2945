#pragma once

#include "core/api/apierror.h"
#include "core/gaap/proxygroup.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class GaapApi;
class ProxyGroupsCall;

// The account's connection groups of one origin region, as the check form offers them for GroupId: asked in
// the background (DescribeProxyGroupList, every page, all projects), kept for this session only (groups come
// and go; a stale one only makes the check fail at the server), every failure kept as an ApiError. Widgets
// bind to changed(); they never see a network reply.
class GroupList final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupList)

public:
    enum class State {
        Empty,   // nothing asked: no origin region, or no credentials yet
        Loading, // a request is running (behind the list, when it refreshes a loaded one)
        Loaded,  // the server's answer for originRegion()
        Failed,  // the last request failed (see error())
    };

    // `api` must outlive the list.
    explicit GroupList(GaapApi *api, QObject *parent = nullptr);
    ~GroupList() override;

    // Asks for the groups of `originRegion`. The same origin again does nothing while it loads or once loaded,
    // unless `forceRefresh` (the loaded list stays until the answer replaces it; a failure empties it); another
    // origin clears the list at once and stops the older request, so its answer is never seen. An empty origin,
    // or an API without credentials, only clears the list (Empty).
    // Emits changed() on every change of list or state.
    void load(const QString &originRegion, bool forceRefresh = false);
    // Forgets the list and stops its request (profile, endpoint or language changed).
    void reset();

    [[nodiscard]] QString originRegion() const { return m_origin; }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ApiError &error() const { return m_error; }
    // The groups of originRegion() in the server's order (a broken entry too, with its problem).
    [[nodiscard]] const QList<ProxyGroup> &groups() const { return m_groups; }
    [[nodiscard]] const ProxyGroup *group(const QString &groupId) const;

Q_SIGNALS:
    void changed();

private:
    void stop();
    void take(const ProxyGroupsCall &call);

    GaapApi *m_api;
    QPointer<ProxyGroupsCall> m_call;
    QString m_origin;
    State m_state = State::Empty;
    ApiError m_error;
    QList<ProxyGroup> m_groups;
};
