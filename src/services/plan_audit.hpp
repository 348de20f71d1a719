#pragma once
// The fields of action-plan records that the audit log shows (issue 6).

#include "domain/plan.hpp"

#include <boost/json/object.hpp>

namespace bb::services {

boost::json::object audit_fields(const domain::Plan& plan);
boost::json::object audit_fields(const domain::PlanField& field);
boost::json::object audit_fields(const domain::PlanGoal& goal);
boost::json::object audit_fields(const domain::PlanIndicator& indicator);
boost::json::object audit_fields(const domain::PlanMeasure& measure);

}  // namespace bb::services
