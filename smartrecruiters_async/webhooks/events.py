"""One typed class per event name of webhooks.md section 6, each with its payload model.

``isinstance(event, JobCreated)`` narrows ``event.payload`` to ``JobPayload``. ``EVENT_TYPES``
maps each event name to its class; a name not in it parses as ``UnknownEvent``.
"""

from __future__ import annotations

from ..models.webhooks import (
    ApplicationAttachmentPayload,
    ApplicationPayload,
    CandidatePayload,
    InterviewPayload,
    JobAdPayload,
    JobApprovalPayload,
    JobPayload,
    OfferApprovalPayload,
    OfferPayload,
    OnboardingPayload,
    PositionPayload,
    ReviewPayload,
    SelfSchedulePayload,
)
from ._event import EVENT_TYPES, UnknownEvent, WebhookEvent

__all__ = [
    "EVENT_TYPES",
    "UnknownEvent",
    "WebhookEvent",
    "ApplicationAttachmentCreated",
    "ApplicationCreated",
    "ApplicationFieldsUpdated",
    "ApplicationOnboardingStatusUpdated",
    "ApplicationScreeningAnswersCreated",
    "ApplicationScreeningAnswersUpdated",
    "ApplicationSourceUpdated",
    "ApplicationStatusUpdated",
    "CandidateCreated",
    "CandidateDeleted",
    "CandidateUpdated",
    "InterviewCanceled",
    "InterviewCreated",
    "InterviewUpdated",
    "JobAdCreated",
    "JobAdPostingsUpdated",
    "JobAdUpdated",
    "JobApprovalAbandoned",
    "JobApprovalApproved",
    "JobApprovalCommentCreated",
    "JobApprovalCreated",
    "JobApprovalRejected",
    "JobApprovalStepApproved",
    "JobApprovalStepRejected",
    "JobApproverDelegated",
    "JobApproverSkipped",
    "JobCreated",
    "JobHiringTeamUpdated",
    "JobStatusUpdated",
    "JobUpdated",
    "OfferApprovalAbandoned",
    "OfferApprovalApproved",
    "OfferApprovalCommentCreated",
    "OfferApprovalCreated",
    "OfferApprovalRejected",
    "OfferApprovalStepApproved",
    "OfferApprovalStepRejected",
    "OfferApproverDelegated",
    "OfferApproverSkipped",
    "OfferCreated",
    "OfferUpdated",
    "OnboardingAssignmentsCompleted",
    "OnboardingAssignmentsHighPriorityCompleted",
    "OnboardingProcessStarted",
    "PositionCreated",
    "PositionDeleted",
    "PositionUpdated",
    "ReviewCreated",
    "ReviewDeleted",
    "ReviewUpdated",
    "SelfScheduleCreated",
]


class JobCreated(WebhookEvent[JobPayload], event="job.created"):
    """Delivered on ``job.created``."""


class JobUpdated(WebhookEvent[JobPayload], event="job.updated"):
    """Delivered on ``job.updated``."""


class JobStatusUpdated(WebhookEvent[JobPayload], event="job.status.updated"):
    """Delivered on ``job.status.updated``."""


class JobHiringTeamUpdated(WebhookEvent[JobPayload], event="job.hiring-team.updated"):
    """Delivered on ``job.hiring-team.updated``."""


class JobAdCreated(WebhookEvent[JobAdPayload], event="job.ad.created"):
    """Delivered on ``job.ad.created``."""


class JobAdUpdated(WebhookEvent[JobAdPayload], event="job.ad.updated"):
    """Delivered on ``job.ad.updated``."""


class JobAdPostingsUpdated(WebhookEvent[JobAdPayload], event="job.ad.postings.updated"):
    """Delivered on ``job.ad.postings.updated``."""


class PositionCreated(WebhookEvent[PositionPayload], event="position.created"):
    """Delivered on ``position.created``."""


class PositionUpdated(WebhookEvent[PositionPayload], event="position.updated"):
    """Delivered on ``position.updated``."""


class PositionDeleted(WebhookEvent[PositionPayload], event="position.deleted"):
    """Delivered on ``position.deleted``."""


class ApplicationCreated(WebhookEvent[ApplicationPayload], event="application.created"):
    """Delivered on ``application.created``."""


class ApplicationStatusUpdated(
    WebhookEvent[ApplicationPayload], event="application.status.updated"
):
    """Delivered on ``application.status.updated``."""


class ApplicationFieldsUpdated(
    WebhookEvent[ApplicationPayload], event="application.fields.updated"
):
    """Delivered on ``application.fields.updated``."""


class ApplicationOnboardingStatusUpdated(
    WebhookEvent[ApplicationPayload], event="application.onboarding-status.updated"
):
    """Delivered on ``application.onboarding-status.updated``."""


class ApplicationSourceUpdated(
    WebhookEvent[ApplicationPayload], event="application.source.updated"
):
    """Delivered on ``application.source.updated``."""


class ApplicationScreeningAnswersCreated(
    WebhookEvent[ApplicationPayload], event="application.screening-answers.created"
):
    """Delivered on ``application.screening-answers.created``."""


class ApplicationScreeningAnswersUpdated(
    WebhookEvent[ApplicationPayload], event="application.screening-answers.updated"
):
    """Delivered on ``application.screening-answers.updated``."""


class ApplicationAttachmentCreated(
    WebhookEvent[ApplicationAttachmentPayload], event="application.attachment.created"
):
    """Delivered on ``application.attachment.created``."""


class CandidateCreated(WebhookEvent[CandidatePayload], event="candidate.created"):
    """Delivered on ``candidate.created``."""


class CandidateUpdated(WebhookEvent[CandidatePayload], event="candidate.updated"):
    """Delivered on ``candidate.updated``."""


class CandidateDeleted(WebhookEvent[CandidatePayload], event="candidate.deleted"):
    """Delivered on ``candidate.deleted``."""


class OfferCreated(WebhookEvent[OfferPayload], event="offer.created"):
    """Delivered on ``offer.created``."""


class OfferUpdated(WebhookEvent[OfferPayload], event="offer.updated"):
    """Delivered on ``offer.updated``."""


class OfferApprovalCreated(WebhookEvent[OfferApprovalPayload], event="offer.approval.created"):
    """Delivered on ``offer.approval.created``."""


class OfferApprovalApproved(WebhookEvent[OfferApprovalPayload], event="offer.approval.approved"):
    """Delivered on ``offer.approval.approved``."""


class OfferApprovalRejected(WebhookEvent[OfferApprovalPayload], event="offer.approval.rejected"):
    """Delivered on ``offer.approval.rejected``."""


class OfferApprovalAbandoned(WebhookEvent[OfferApprovalPayload], event="offer.approval.abandoned"):
    """Delivered on ``offer.approval.abandoned``."""


class OfferApprovalStepApproved(
    WebhookEvent[OfferApprovalPayload], event="offer.approval.step.approved"
):
    """Delivered on ``offer.approval.step.approved``."""


class OfferApprovalStepRejected(
    WebhookEvent[OfferApprovalPayload], event="offer.approval.step.rejected"
):
    """Delivered on ``offer.approval.step.rejected``."""


class OfferApproverSkipped(WebhookEvent[OfferApprovalPayload], event="offer.approver.skipped"):
    """Delivered on ``offer.approver.skipped``."""


class OfferApproverDelegated(WebhookEvent[OfferApprovalPayload], event="offer.approver.delegated"):
    """Delivered on ``offer.approver.delegated``."""


class OfferApprovalCommentCreated(
    WebhookEvent[OfferApprovalPayload], event="offer.approval.comment.created"
):
    """Delivered on ``offer.approval.comment.created``."""


class JobApprovalCreated(WebhookEvent[JobApprovalPayload], event="job.approval.created"):
    """Delivered on ``job.approval.created``."""


class JobApprovalApproved(WebhookEvent[JobApprovalPayload], event="job.approval.approved"):
    """Delivered on ``job.approval.approved``."""


class JobApprovalRejected(WebhookEvent[JobApprovalPayload], event="job.approval.rejected"):
    """Delivered on ``job.approval.rejected``."""


class JobApprovalAbandoned(WebhookEvent[JobApprovalPayload], event="job.approval.abandoned"):
    """Delivered on ``job.approval.abandoned``."""


class JobApprovalStepApproved(WebhookEvent[JobApprovalPayload], event="job.approval.step.approved"):
    """Delivered on ``job.approval.step.approved``."""


class JobApprovalStepRejected(WebhookEvent[JobApprovalPayload], event="job.approval.step.rejected"):
    """Delivered on ``job.approval.step.rejected``."""


class JobApproverSkipped(WebhookEvent[JobApprovalPayload], event="job.approver.skipped"):
    """Delivered on ``job.approver.skipped``."""


class JobApproverDelegated(WebhookEvent[JobApprovalPayload], event="job.approver.delegated"):
    """Delivered on ``job.approver.delegated``."""


class JobApprovalCommentCreated(
    WebhookEvent[JobApprovalPayload], event="job.approval.comment.created"
):
    """Delivered on ``job.approval.comment.created``."""


class ReviewCreated(WebhookEvent[ReviewPayload], event="review.created"):
    """Delivered on ``review.created``."""


class ReviewUpdated(WebhookEvent[ReviewPayload], event="review.updated"):
    """Delivered on ``review.updated``."""


class ReviewDeleted(WebhookEvent[ReviewPayload], event="review.deleted"):
    """Delivered on ``review.deleted``."""


class OnboardingProcessStarted(WebhookEvent[OnboardingPayload], event="onboarding.process.started"):
    """Delivered on ``onboarding.process.started``."""


class OnboardingAssignmentsHighPriorityCompleted(
    WebhookEvent[OnboardingPayload], event="onboarding.assignments.high-priority.completed"
):
    """Delivered on ``onboarding.assignments.high-priority.completed``."""


class OnboardingAssignmentsCompleted(
    WebhookEvent[OnboardingPayload], event="onboarding.assignments.completed"
):
    """Delivered on ``onboarding.assignments.completed``."""


class InterviewCreated(WebhookEvent[InterviewPayload], event="interview.created"):
    """Delivered on ``interview.created``."""


class InterviewUpdated(WebhookEvent[InterviewPayload], event="interview.updated"):
    """Delivered on ``interview.updated``."""


class InterviewCanceled(WebhookEvent[InterviewPayload], event="interview.canceled"):
    """Delivered on ``interview.canceled``."""


class SelfScheduleCreated(WebhookEvent[SelfSchedulePayload], event="self-schedule.created"):
    """Delivered on ``self-schedule.created``."""
