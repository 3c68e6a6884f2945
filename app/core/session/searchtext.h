#pragma once

#include "core/session/requirementsearch.h"

#include <QCoreApplication>
#include <QString>

// How a requirement search's candidates are worded for people, the same in the Find window and the CLI's
// table: the answer, the daily cost, and why a region is where it is in the ranking.
class SearchText final
{
    Q_DECLARE_TR_FUNCTIONS(SearchText)

public:
    // "can be created", "cannot be created", "not offered", "check failed", "unusable", "pending".
    static QString answer(const SearchCandidate &candidate);
    // "551.28 USD"; "-" without a price.
    static QString dailyCost(const Requirement &requirement, const SearchCandidate &candidate);
    // "offers at most 500 Mbps", the check's error, "price unavailable: Code", "plus 0.80 CNY per GB of traffic".
    static QString note(const Requirement &requirement, const SearchCandidate &candidate);
    static QString money(double amount, const QString &currency);
};
