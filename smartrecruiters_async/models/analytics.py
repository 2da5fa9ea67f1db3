"""Analytics API models (deprecated API): the records of the six ``/analytics`` streams.

Named and typed as the 2017 spec has them (roksela.json ``ApplicationsReportContent`` and its
siblings; the Analytics API is not in the 2024 specs). Dates are strings: their form is the
``date_format`` the caller asks for. Stages and statuses (the spec's ``ApplicationStage``,
``InterviewStatus`` and ``ValidJobStatus``) are strings too: the spec lists no values for them.
"""

from __future__ import annotations

from ._base import ExtraFields, extra_fields, model

__all__ = [
    "AnalyticsApplication",
    "AnalyticsHiringTeamMember",
    "AnalyticsInterview",
    "AnalyticsJob",
    "AnalyticsJobField",
    "AnalyticsPosition",
]


@model
class AnalyticsApplication:
    """One application (``ApplicationsReportContent``): a record of
    ``analytics.records("applications")``."""

    application_create_date: str | None = None
    application_id: str | None = None
    application_last_update: str | None = None
    application_reason_of_rejection: str | None = None
    application_reason_of_withdrawal: str | None = None
    application_rejected_after: str | None = None
    application_stage: str | None = None
    application_step: str | None = None
    application_withdrawn_after: str | None = None
    applied_via: str | None = None
    candidate_email: str | None = None
    candidate_ethnicity: str | None = None
    candidate_first_name: str | None = None
    candidate_gender: str | None = None
    candidate_internal: bool | None = None
    candidate_last_name: str | None = None
    candidate_location: str | None = None
    candidate_location_latitude: float | None = None
    candidate_location_longitude: float | None = None
    candidate_phone: str | None = None
    candidate_profile_id: str | None = None
    job_id: str | None = None
    job_title: str | None = None
    position_id: str | None = None
    source: str | None = None
    source_type: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnalyticsHiringTeamMember:
    """One member of a job's hiring team (``HiringTeamReportContent``): a record of
    ``analytics.records("hiring-team")``."""

    employee_first_name: str | None = None
    employee_id: str | None = None
    employee_last_name: str | None = None
    job_id: str | None = None
    job_title: str | None = None
    role: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnalyticsInterview:
    """One interviewer of one interview (``InterviewsReportContent``): a record of
    ``analytics.records("interviews")``."""

    application_id: str | None = None
    application_stage: str | None = None
    application_step: str | None = None
    candidate_profile_id: str | None = None
    candidate_status: str | None = None
    creator_employee_id: str | None = None
    creator_first_name: str | None = None
    creator_last_name: str | None = None
    duration: float | None = None
    end_time: str | None = None
    interview_canceled: bool | None = None
    interview_create_date: str | None = None
    interview_duration: float | None = None
    interview_id: str | None = None
    interview_location: str | None = None
    interview_start_date: str | None = None
    interview_time_zone: str | None = None
    interview_type: str | None = None
    interview_update_date: str | None = None
    interviewer_employee_id: str | None = None
    interviewer_first_name: str | None = None
    interviewer_last_name: str | None = None
    interviewer_rating: float | None = None
    interviewer_review: str | None = None
    interviewer_status: str | None = None
    interviewers: float | None = None
    job_id: str | None = None
    room: str | None = None
    start_time: str | None = None
    time_to_provide_feedback: float | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnalyticsJobField:
    """One job field value of a job (``JobFieldsReportContent``): a record of
    ``analytics.records("job-fields")``."""

    job_field_name: str | None = None
    job_field_value: str | None = None
    job_id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnalyticsJob:
    """One job and its candidate counts (``JobsReportContent``): a record of
    ``analytics.records("jobs")``."""

    candidates_hired: int | None = None
    candidates_in_review: int | None = None
    candidates_interview: int | None = None
    candidates_offer: int | None = None
    candidates_rejected: int | None = None
    candidates_total: int | None = None
    candidates_withdrawn: int | None = None
    job_create_date: str | None = None
    job_department: str | None = None
    job_id: str | None = None
    job_open_positions: int | None = None
    job_ref_id: str | None = None
    job_status: str | None = None
    job_title: str | None = None
    location_city: str | None = None
    location_country: str | None = None
    location_latitude: float | None = None
    location_longitude: float | None = None
    location_state: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class AnalyticsPosition:
    """One position of a job (``PositionsReportContent``): a record of
    ``analytics.records("positions")``."""

    job_create_date: str | None = None
    job_id: str | None = None
    job_ref_id: str | None = None
    job_title: str | None = None
    position_actual_start_date: str | None = None
    position_create_date: str | None = None
    position_hire_date: str | None = None
    position_id: str | None = None
    position_incumbent_name: str | None = None
    position_open_date: str | None = None
    position_target_start_date: str | None = None
    position_type: str | None = None
    extra_fields: ExtraFields = extra_fields()
