#include "core/session/profileverifier.h"

#include "core/common/logging.h"
#include "core/gaap/gaapapi.h"

ProfileVerifier::ProfileVerifier(QNetworkAccessManager *network, RateLimiter *limiter, QObject *parent)
    : QObject(parent)
    , m_client(network)
    , m_api(new GaapApi(&m_client, limiter, this))
{
}

ProfileVerifier::~ProfileVerifier()
{
    cancel();
    delete m_api; // before m_client, which the calls still point to
}

void ProfileVerifier::verify(const Endpoint &endpoint, const Credentials &credentials)
{
    cancel();
    m_client.setEndpoint(endpoint);
    m_client.setCredentials(credentials);
    OriginRegionsCall *call = m_api->originRegions();
    m_call = call;
    qCDebug(lcGaapUi) << "verifying a key against" << endpoint.toString();
    connect(call, &GaapCall::finished, this, [this, call] {
        if (call != m_call)
            return;
        m_call = nullptr;
        m_client.setCredentials({}); // keep the secret no longer than needed
        m_lastError = call->error();
        if (!call->isOk()) {
            Q_EMIT finished(false, call->error().describe());
            return;
        }
        const int count = static_cast<int>(call->regions().size());
        Q_EMIT finished(true,
                        tr("The key works: %n origin region(s), RequestId %1.", nullptr, count).arg(call->requestId()));
    });
}

void ProfileVerifier::cancel()
{
    OriginRegionsCall *call = m_call;
    if (!call)
        return;
    m_call = nullptr;
    disconnect(call, nullptr, this, nullptr);
    call->cancel(); // finishes (unheard) and deletes itself
    m_client.setCredentials({});
}
