#pragma once
// The fields of offers & needs records that the audit log shows (issue 5).

#include "domain/offers.hpp"

#include <boost/json/object.hpp>

namespace bb::services {

boost::json::object audit_fields(const domain::Offer& offer);
boost::json::object audit_fields(const domain::OfferTranslation& translation);
boost::json::object audit_fields(const domain::Criterion& criterion);
boost::json::object audit_fields(const domain::Assessment& assessment);
boost::json::object audit_fields(const domain::Need& need);

}  // namespace bb::services
