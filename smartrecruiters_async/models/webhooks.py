"""Webhook payload models: the ids a delivery's JSON body carries (webhooks.md section 6).

Bodies are "thin": identifiers only, in snake_case (unlike the REST API), as the schema's
``*WebhookPayload`` models name them; the interview and self-scheduling ones come from the
Interview API pages. Every field is optional (older event versions send fewer ids) and keys the
schema does not name are kept in ``extra_fields``. The current state is behind the delivery's
``link`` (``await event.fetch(client)``).
"""

from __future__ import annotations

from ._base import ExtraFields, extra_fields, model, wire

__all__ = [
    "ApplicationAttachmentPayload",
    "ApplicationPayload",
    "CandidatePayload",
    "InterviewPayload",
    "JobAdPayload",
    "JobApprovalPayload",
    "JobPayload",
    "OfferApprovalPayload",
    "OfferPayload",
    "OnboardingPayload",
    "PositionPayload",
    "ReviewPayload",
    "SelfSchedulePayload",
]


@model
class JobPayload:
    """``job.*`` events (``JobWebhookPayload``): the job's id."""

    id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class JobAdPayload:
    """``job.ad.*`` events (``JobAdWebhookPayload``, ``JobAdPostingsWebhookPayload``)."""

    job_id: str | None = wire("job_id")
    job_ad_id: str | None = wire("job_ad_id")
    extra_fields: ExtraFields = extra_fields()


@model
class PositionPayload:
    """``position.*`` events (``PositionWebhookPayload``)."""

    job_id: str | None = wire("job_id")
    position_id: str | None = wire("position_id")
    extra_fields: ExtraFields = extra_fields()


@model
class ApplicationPayload:
    """``application.*`` and screening-answers events (``ApplicationWebhookPayload``,
    ``ScreeningQuestionsAnswersWebhookPayload``); version ``v201910`` sends no
    ``application_id``."""

    job_id: str | None = wire("job_id")
    candidate_id: str | None = wire("candidate_id")
    application_id: str | None = wire("application_id")
    extra_fields: ExtraFields = extra_fields()


@model
class ApplicationAttachmentPayload:
    """``application.attachment.created`` (``ApplicationAttachmentWebhookPayload``)."""

    job_id: str | None = wire("job_id")
    candidate_id: str | None = wire("candidate_id")
    application_id: str | None = wire("application_id")
    attachment_id: str | None = wire("attachment_id")
    extra_fields: ExtraFields = extra_fields()


@model
class CandidatePayload:
    """``candidate.*`` events (``CandidateWebhookPayload``): the candidate's id."""

    id: str | None = None
    extra_fields: ExtraFields = extra_fields()


@model
class OfferPayload:
    """``offer.created`` and ``offer.updated`` (``OfferWebhookPayload``)."""

    job_id: str | None = wire("job_id")
    candidate_id: str | None = wire("candidate_id")
    offer_id: str | None = wire("offer_id")
    extra_fields: ExtraFields = extra_fields()


@model
class OfferApprovalPayload:
    """``offer.approval.*`` and ``offer.approver.*`` (``OfferApprovalWebhookPayload``)."""

    approval_id: str | None = wire("approval_id")
    job_id: str | None = wire("job_id")
    candidate_id: str | None = wire("candidate_id")
    offer_id: str | None = wire("offer_id")
    extra_fields: ExtraFields = extra_fields()


@model
class JobApprovalPayload:
    """``job.approval.*`` and ``job.approver.*`` (``JobApprovalWebhookPayload``)."""

    approval_id: str | None = wire("approval_id")
    job_id: str | None = wire("job_id")
    extra_fields: ExtraFields = extra_fields()


@model
class ReviewPayload:
    """``review.*`` events (``ReviewWebhookPayload``)."""

    application_id: str | None = wire("application_id")
    review_id: str | None = wire("review_id")
    extra_fields: ExtraFields = extra_fields()


@model
class OnboardingPayload:
    """``onboarding.*`` events (``OnboardingProcessWebhookPayload`` and the two
    ``Onboarding...AssignmentsCompletedWebhookPayload``)."""

    onboarding_process_id: str | None = wire("onboarding_process_id")
    new_hire_id: str | None = wire("new_hire_id")
    extra_fields: ExtraFields = extra_fields()


@model
class InterviewPayload:
    """``interview.*`` events (Interview API documentation)."""

    interview_id: str | None = wire("interview_id")
    application_id: str | None = wire("application_id")
    candidate_id: str | None = wire("candidate_id")
    company_id: str | None = wire("company_id")
    extra_fields: ExtraFields = extra_fields()


@model
class SelfSchedulePayload:
    """``self-schedule.created`` (Self-scheduling API documentation)."""

    self_schedule_id: str | None = wire("self_schedule_id")
    candidate_id: str | None = wire("candidate_id")
    application_id: str | None = wire("application_id")
    job_id: str | None = wire("job_id")
    company_id: str | None = wire("company_id")
    extra_fields: ExtraFields = extra_fields()
