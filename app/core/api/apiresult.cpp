#include "core/api/apiresult.h"

#include <utility>

ApiResult ApiResult::success(QString action, QJsonObject response, QString requestId)
{
    ApiResult result;
    result.m_action = std::move(action);
    result.m_response = std::move(response);
    result.m_requestId = std::move(requestId);
    return result;
}

ApiResult ApiResult::failure(QString action, ApiError error)
{
    ApiResult result;
    result.m_action = std::move(action);
    result.m_error = std::move(error);
    return result;
}

QString ApiResult::requestId() const
{
    return isOk() ? m_requestId : m_error.requestId();
}
